// Relay cursor pagination over an already filtered and sorted list. A cursor names the last item's
// sort value and id (Shopify's cursors are base64 JSON of the same two things), so a page is found
// by binary search, and an item that moved since the cursor was handed out does not shift the
// pages of the others.
import { GraphQLError } from "graphql";

export type SortValue = number | string;

export interface CursorKey {
  id: number;
  value: SortValue;
}

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const MAX_PAGE_SIZE = 250;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ last_id: key.id, last_value: key.value })).toString("base64");
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
    if (parsed && typeof parsed === "object") {
      const { last_id: id, last_value: value } = parsed as Record<string, unknown>;
      if (typeof id === "number" && (typeof value === "number" || typeof value === "string")) return { id, value };
    }
  } catch {
    // fall through
  }
  throw new GraphQLError(`Invalid cursor '${cursor}'.`);
}

/** Ascending by value, then id; `descending` flips both, as `reverse: true` does. */
export function compareKeys(a: CursorKey, b: CursorKey, descending: boolean): number {
  let c: number;
  if (typeof a.value === "number" && typeof b.value === "number") c = a.value - b.value;
  else c = String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0;
  if (c === 0) c = a.id - b.id;
  return descending ? -c : c;
}

/** First index whose key is after `key` (strictly, or also equal when `inclusive`). */
function boundary<T>(items: readonly T[], keyOf: (t: T) => CursorKey, key: CursorKey, descending: boolean, inclusive: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(keyOf(items[mid]), key, descending);
    if (c > 0 || (inclusive && c === 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function checkSize(name: string, n: number | null | undefined): void {
  if (n === null || n === undefined) return;
  if (n < 0) throw new GraphQLError(`Argument '${name}' on Field must be a non-negative integer.`);
  if (n > MAX_PAGE_SIZE) throw new GraphQLError(`Argument '${name}' must be at most ${MAX_PAGE_SIZE}.`);
}

export function paginate<T>(
  items: readonly T[],
  args: ConnectionArgs,
  keyOf: (t: T) => CursorKey,
  descending: boolean,
): Page<T> {
  const { first, last, after, before } = args;
  if ((first === null || first === undefined) && (last === null || last === undefined)) {
    throw new GraphQLError("you must provide one of first or last");
  }
  checkSize("first", first);
  checkSize("last", last);
  let start = after ? boundary(items, keyOf, decodeCursor(after), descending, false) : 0;
  let end = before ? boundary(items, keyOf, decodeCursor(before), descending, true) : items.length;
  if (end < start) end = start;
  if (first !== null && first !== undefined) end = Math.min(end, start + first);
  if (last !== null && last !== undefined) start = Math.max(start, end - last);
  return { items: items.slice(start, end), hasPreviousPage: start > 0, hasNextPage: end < items.length };
}
