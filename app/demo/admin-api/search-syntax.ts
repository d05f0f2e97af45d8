// Shopify's API search syntax (the `query:` argument of connections): terms `field:value` with
// comparators `:>`, `:>=`, `:<`, `:<=`, bare words, quotes, AND (also implicit), OR, NOT / `-`,
// parentheses. A term naming a field the connection does not know is ignored and reported as a
// warning, as Shopify does under `extensions.search`.

export type Op = "=" | ">" | ">=" | "<" | "<=";

export interface SearchTerm {
  /** null for a bare word (Shopify's default, full-text field). */
  field: string | null;
  op: Op;
  value: string;
}

export interface SearchWarning {
  field: string;
  message: string;
}

export type ItemTest<T> = (item: T) => boolean;
/** Builds the test for one term; throws SearchValueError for a value the field cannot take. */
export type FieldMatcher<T> = (term: SearchTerm) => ItemTest<T>;

export class SearchValueError extends Error {}

type Node<T> = ItemTest<T>;

interface Token {
  kind: "word" | "(" | ")";
  text: string;
  quoted: boolean;
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")") {
      out.push({ kind: ch, text: ch, quoted: false });
      i++;
      continue;
    }
    let text = "";
    let quoted = false;
    while (i < q.length && !/[\s()]/.test(q[i])) {
      const c = q[i];
      if (c === '"' || c === "'") {
        const end = q.indexOf(c, i + 1);
        const stop = end === -1 ? q.length : end;
        text += q.slice(i + 1, stop);
        quoted = true;
        i = stop + 1;
        continue;
      }
      if (c === "\\" && i + 1 < q.length) {
        text += q[i + 1];
        i += 2;
        continue;
      }
      text += c;
      i++;
    }
    out.push({ kind: "word", text, quoted });
  }
  return out;
}

function parseTerm(text: string): SearchTerm {
  const m = /^([A-Za-z_][A-Za-z0-9_.]*):(>=|<=|>|<)?(.*)$/s.exec(text);
  if (!m) return { field: null, op: "=", value: text };
  return { field: m[1].toLowerCase(), op: (m[2] as Op | undefined) ?? "=", value: m[3] };
}

export interface CompiledSearch<T> {
  test: ItemTest<T>;
  warnings: SearchWarning[];
}

export function compileSearch<T>(
  query: string | null | undefined,
  fields: Readonly<Record<string, FieldMatcher<T>>>,
  text?: FieldMatcher<T>,
): CompiledSearch<T> {
  const warnings: SearchWarning[] = [];
  const tokens = tokenize(query ?? "");
  let pos = 0;
  const isKeyword = (t: Token | undefined, word: string) => t?.kind === "word" && !t.quoted && t.text === word;
  const always: Node<T> = () => true;
  const never: Node<T> = () => false;

  const term = (t: SearchTerm): Node<T> => {
    if (t.field === null) return text ? text(t) : always;
    const matcher = fields[t.field];
    if (!matcher) {
      if (!warnings.some((w) => w.field === t.field)) warnings.push({ field: t.field, message: "Invalid search field for this query." });
      return always;
    }
    try {
      return matcher(t);
    } catch (e) {
      if (!(e instanceof SearchValueError)) throw e;
      warnings.push({ field: t.field, message: e.message });
      return never;
    }
  };

  const unary = (): Node<T> => {
    const t = tokens[pos];
    if (!t) return always;
    if (isKeyword(t, "NOT")) {
      pos++;
      const inner = unary();
      return (x) => !inner(x);
    }
    if (t.kind === "(") {
      pos++;
      const inner = or();
      if (tokens[pos]?.kind === ")") pos++;
      return inner;
    }
    pos++;
    if (t.kind === ")") return always;
    if (!t.quoted && t.text.length > 1 && t.text.startsWith("-")) {
      const inner = term(parseTerm(t.text.slice(1)));
      return (x) => !inner(x);
    }
    return term(parseTerm(t.text));
  };

  const and = (): Node<T> => {
    const items: Node<T>[] = [];
    while (pos < tokens.length && tokens[pos].kind !== ")" && !isKeyword(tokens[pos], "OR")) {
      if (isKeyword(tokens[pos], "AND")) {
        pos++;
        continue;
      }
      items.push(unary());
    }
    if (items.length === 1) return items[0];
    return (x) => items.every((f) => f(x));
  };

  const or = (): Node<T> => {
    const items = [and()];
    while (isKeyword(tokens[pos], "OR")) {
      pos++;
      items.push(and());
    }
    if (items.length === 1) return items[0];
    return (x) => items.some((f) => f(x));
  };

  const parts: Node<T>[] = [];
  while (pos < tokens.length) {
    parts.push(or());
    if (tokens[pos]?.kind === ")") pos++;
  }
  const test: ItemTest<T> = parts.length === 0 ? always : parts.length === 1 ? parts[0] : (x) => parts.every((f) => f(x));
  return { test, warnings };
}

// ---- value helpers shared by the connections' field tables ----

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(utcMs: number, timeZone: string): number {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** UTC instant of a wall-clock time in `timeZone`. */
function zonedToUtc(fields: [number, number, number, number, number, number], timeZone: string): number {
  const guess = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const first = guess - offsetMs(guess, timeZone);
  const second = guess - offsetMs(first, timeZone);
  return second;
}

/**
 * The time span a date value names: a whole day for `2024-05-01` (in the shop's time zone, as
 * Shopify reads it), one second for a date-time. Local date-times without an offset are read in
 * the shop's zone too.
 */
export function dateSpan(value: string, timeZone: string): { start: number; end: number } {
  const v = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) {
    const [y, m, d] = [+day[1], +day[2], +day[3]];
    const start = zonedToUtc([y, m, d, 0, 0, 0], timeZone);
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    const end = zonedToUtc([next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, 0], timeZone);
    return { start, end };
  }
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(v);
  if (local) {
    const start = zonedToUtc([+local[1], +local[2], +local[3], +local[4], +local[5], +(local[6] ?? 0)], timeZone);
    return { start, end: start + 1000 };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) {
    const ms = Date.parse(v.replace(" ", "T"));
    if (Number.isFinite(ms)) {
      const start = Math.floor(ms / 1000) * 1000;
      return { start, end: start + 1000 };
    }
  }
  throw new SearchValueError(`Invalid date value '${value}'.`);
}

export function dateMatcher<T>(get: (item: T) => number | null, timeZone: string): FieldMatcher<T> {
  return ({ op, value }) => {
    const { start, end } = dateSpan(value, timeZone);
    const cmp: Record<Op, (x: number) => boolean> = {
      "=": (x) => x >= start && x < end,
      ">": (x) => x >= end,
      ">=": (x) => x >= start,
      "<": (x) => x < start,
      "<=": (x) => x < end,
    };
    const f = cmp[op];
    return (item) => {
      const x = get(item);
      return x !== null && f(x);
    };
  };
}

export function numberMatcher<T>(get: (item: T) => number | null, parse: (v: string) => number | null): FieldMatcher<T> {
  return ({ op, value }) => {
    const n = parse(value);
    if (n === null) throw new SearchValueError(`Invalid value '${value}'.`);
    const cmp: Record<Op, (x: number) => boolean> = {
      "=": (x) => x === n,
      ">": (x) => x > n,
      ">=": (x) => x >= n,
      "<": (x) => x < n,
      "<=": (x) => x <= n,
    };
    const f = cmp[op];
    return (item) => {
      const x = get(item);
      return x !== null && f(x);
    };
  };
}

/** Case-insensitive equality; a trailing `*` makes it a prefix match. */
export function textMatcher<T>(get: (item: T) => readonly (string | null | undefined)[]): FieldMatcher<T> {
  return ({ value }) => {
    const v = value.toLowerCase();
    const prefix = v.endsWith("*");
    const want = prefix ? v.slice(0, -1) : v;
    return (item) => get(item).some((s) => {
      if (!s) return false;
      const t = s.toLowerCase();
      return prefix ? t.startsWith(want) : t === want;
    });
  };
}
