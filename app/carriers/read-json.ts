// Small readers for JSON carrier bodies. Parsers use them so a wrong type anywhere surfaces as a
// CarrierFormatError naming the field's path, never as a TypeError.
import { CarrierFormatError } from "../tracking/normalize";

export type JsonObject = Record<string, unknown>;

/** The body as a parsed value: text is JSON-parsed, anything else is taken as already parsed. */
export function jsonBody(source: string, raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new CarrierFormatError(source, "body", `not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(source: string, value: unknown, path: string): JsonObject {
  if (isObject(value)) return value;
  throw new CarrierFormatError(source, path, value == null ? "missing" : "not an object");
}

/** A required array. */
export function arrayAt(source: string, value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new CarrierFormatError(source, path, value == null ? "missing" : "not an array");
}

/** An optional array: absent or null reads as empty, any other non-array is malformed. */
export function optionalArrayAt(source: string, value: unknown, path: string): unknown[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value;
  throw new CarrierFormatError(source, path, "not an array");
}

/** An optional object: absent or null reads as undefined, any other non-object is malformed. */
export function optionalObjectAt(source: string, value: unknown, path: string): JsonObject | undefined {
  if (value == null) return undefined;
  if (isObject(value)) return value;
  throw new CarrierFormatError(source, path, "not an object");
}

/** Descriptive text: a trimmed non-empty string (numbers are read as their digits), else null. */
export function text(value: unknown): string | null {
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** A required string field (numbers accepted, e.g. numeric shipment ids). */
export function requiredText(source: string, value: unknown, path: string): string {
  const t = text(value);
  if (t !== null) return t;
  throw new CarrierFormatError(source, path, value == null || value === "" ? "missing" : "not a string");
}

/** A timestamp field as a string: missing or non-string values are malformed. */
export function timestampText(source: string, value: unknown, path: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new CarrierFormatError(source, path, value == null || value === "" ? "missing" : "not a string");
}
