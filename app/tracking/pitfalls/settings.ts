// Defaults and bounds of every rule's thresholds, and the reader of a merchant's stored settings
// JSON. Bad values are clamped or ignored, never thrown: the JSON may be old, hand-edited or junk.
import { SEVERITIES, type Severity } from "../taxonomy/types";
import type { PitfallSettings, RuleId, SettingUnit } from "./types";

export interface NumberSpec {
  kind: "number";
  default: number;
  unit: Exclude<SettingUnit, "severity" | "flag">;
  min: number;
  max: number;
  integer?: boolean;
}
export interface FlagSpec {
  kind: "flag";
  default: boolean;
}
export interface SeveritySpec {
  kind: "severity";
  default: Severity;
}

type SpecFor<V> = V extends number ? NumberSpec : V extends boolean ? FlagSpec : SeveritySpec;
type Thresholds<R extends RuleId> = Omit<PitfallSettings[R], "enabled">;
export type RuleSpec<R extends RuleId> = {
  enabled: boolean;
  thresholds: { [K in keyof Thresholds<R>]-?: SpecFor<Thresholds<R>[K]> };
};

const WEEK = 24 * 7;
const hours = (value: number, max = 4 * WEEK): NumberSpec => ({ kind: "number", default: value, unit: "hours", min: 0, max });
const atLeastOneHour = (value: number): NumberSpec => ({ ...hours(value), min: 1 });
const severity = (value: Severity): SeveritySpec => ({ kind: "severity", default: value });
const onEvent = { enabled: true, thresholds: { afterHours: hours(0), minSeverity: severity("low") } };

export const SETTING_SPECS: { [R in RuleId]: RuleSpec<R> } = {
  silent_carrier: { enabled: true, thresholds: { hours: atLeastOneHour(48) } },
  label_not_picked_up: { enabled: true, thresholds: { hours: atLeastOneHour(72) } },
  no_tracking_info: { enabled: true, thresholds: { hours: atLeastOneHour(48) } },
  tracking_number_invalid: { enabled: true, thresholds: { afterHours: hours(0) } },
  stuck_at_facility: {
    enabled: true,
    thresholds: { hours: atLeastOneHour(48), minScans: { kind: "number", default: 2, unit: "count", min: 1, max: 50, integer: true } },
  },
  transit_beyond_lane: {
    enabled: true,
    thresholds: { factor: { kind: "number", default: 1, unit: "multiplier", min: 0.5, max: 5 }, extraHours: hours(0) },
  },
  exception_unresolved: { enabled: true, thresholds: { hours: atLeastOneHour(48) } },
  long_customs_clearance: { enabled: true, thresholds: { hours: atLeastOneHour(72) } },
  eta_moved_later: { enabled: true, thresholds: { hours: atLeastOneHour(24) } },
  eta_passed: { enabled: true, thresholds: { graceHours: hours(6) } },
  promise_at_risk: {
    enabled: true,
    thresholds: {
      missProbability: { kind: "number", default: 0.5, unit: "probability", min: 0.05, max: 1 },
      marginHours: hours(0),
      useCarrierEta: { kind: "flag", default: true },
    },
  },
  promise_missed: { enabled: true, thresholds: { graceHours: hours(0) } },
  out_for_delivery_not_delivered: { enabled: true, thresholds: { graceHours: hours(2, 48) } },
  failed_attempt: onEvent,
  repeated_failed_attempts: {
    enabled: true,
    thresholds: { attempts: { kind: "number", default: 2, unit: "count", min: 2, max: 10, integer: true } },
  },
  address_issue: onEvent,
  recipient_unavailable: onEvent,
  refused_by_recipient: onEvent,
  customs_hold: onEvent,
  duties_payment_due: onEvent,
  weather_disruption: onEvent,
  force_majeure: onEvent,
  carrier_reported_delay: onEvent,
  damaged: onEvent,
  lost: onEvent,
  held_by_carrier: onEvent,
  sender_action_required: onEvent,
  pickup_final_notice: onEvent,
  pickup_point_redirected: onEvent,
  delivered_elsewhere: onEvent,
  returned_to_sender: onEvent,
  pickup_not_collected: { enabled: true, thresholds: { days: { kind: "number", default: 5, unit: "days", min: 1, max: 30 } } },
  partial_delivery: { enabled: true, thresholds: { hours: hours(24) } },
  delivered_then_exception: { enabled: true, thresholds: { afterHours: hours(0) } },
  carrier_changed: { enabled: true, thresholds: { afterHours: hours(0) } },
  shipment_cancelled: { enabled: true, thresholds: { afterHours: hours(0) } },
};

export const RULE_IDS = Object.keys(SETTING_SPECS) as RuleId[];

export type AnySpec = NumberSpec | FlagSpec | SeveritySpec;
type Loose = Record<string, unknown>;

export function specsOf(rule: RuleId): Array<[string, AnySpec]> {
  return Object.entries(SETTING_SPECS[rule].thresholds as Record<string, AnySpec>);
}

function defaultsOf(rule: RuleId): Loose {
  const out: Loose = { enabled: SETTING_SPECS[rule].enabled };
  for (const [key, spec] of specsOf(rule)) out[key] = spec.default;
  return out;
}

export const DEFAULT_SETTINGS: PitfallSettings = Object.freeze(
  Object.fromEntries(RULE_IDS.map((rule) => [rule, Object.freeze(defaultsOf(rule))])),
) as unknown as PitfallSettings;

const isRecord = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Loose, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

function readFlag(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

function readNumber(v: unknown, spec: NumberSpec): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) return undefined;
  const clamped = Math.min(spec.max, Math.max(spec.min, n));
  return spec.integer ? Math.round(clamped) : clamped;
}

function readSeverity(v: unknown): Severity | undefined {
  return typeof v === "string" && (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

function readValue(v: unknown, spec: AnySpec): unknown {
  if (spec.kind === "number") return readNumber(v, spec);
  if (spec.kind === "flag") return readFlag(v);
  return readSeverity(v);
}

/**
 * A merchant's stored settings (any JSON, possibly partial) over the defaults. Per rule the value
 * may be an object of thresholds or a bare boolean for `enabled`. Unknown rules and keys are
 * ignored, numbers are clamped to their bounds, anything unreadable keeps its default.
 */
export function resolveSettings(input: unknown): PitfallSettings {
  const source = isRecord(input) ? input : {};
  const out: Loose = {};
  for (const rule of RULE_IDS) {
    const resolved = defaultsOf(rule);
    const raw = own(source, rule);
    if (typeof raw === "boolean") resolved.enabled = raw;
    else if (isRecord(raw)) {
      const enabled = readFlag(own(raw, "enabled"));
      if (enabled !== undefined) resolved.enabled = enabled;
      for (const [key, spec] of specsOf(rule)) {
        const value = readValue(own(raw, key), spec);
        if (value !== undefined) resolved[key] = value;
      }
    }
    out[rule] = resolved;
  }
  return out as unknown as PitfallSettings;
}
