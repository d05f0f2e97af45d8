// The pitfall engine's contract: what a shipment looks like to the rules, what a merchant can
// tune, and what the rules answer. Everything here is plain data; time is always a parameter.
import type { EventCode } from "../taxonomy/codes";
import type { Milestone, PitfallFamily, Severity } from "../taxonomy/types";

/** What the rules know about one shipment besides its events. */
export interface ShipmentFacts {
  id: string;
  carrier: string | null;
  service: string | null;
  trackingNumber: string;
  trackingNumberValid: boolean;
  milestone: Milestone;
  /** The shipment's current event code (an EventCode when it came from a scan). */
  statusCode: string;
  /** When Porchlight learned of the shipment (the fulfillment time). */
  createdAt: Date;
  shippedAt: Date | null;
  lastEventAt: Date | null;
  deliveredAt: Date | null;
  carrierEta: Date | null;
  /** Every carrier ETA seen, oldest first. */
  carrierEtaHistory: Array<{ at: Date; eta: Date }>;
  predicted: { from: Date; to: Date; missProbability: number | null } | null;
  /** The delivery date promised to the shopper. */
  promisedBy: Date | null;
  orderCancelled: boolean;
  parcelsInOrder: number;
  parcelsDelivered: number;
  originCountry: string | null;
  destinationCountry: string | null;
  destinationTimeZoneOffsetMinutes: number | null;
  /** 95th percentile of door-to-door hours on this lane (carrier, service, origin, destination). */
  laneTransitP95Hours: number | null;
  /** Carrier ids that scanned this parcel. */
  carriersSeen: string[];
}

/** One tracking event as the rules see it; any order, duplicates allowed. */
export interface PitfallEvent {
  id: string;
  occurredAt: Date;
  code: EventCode;
  milestone: Milestone;
  location: string | null;
  carrier?: string | null;
}

export type DetailValue = string | number | boolean | null;

/** A pitfall that holds right now. (rule, causeKey) is its identity. */
export interface ActiveAlert {
  rule: RuleId;
  family: PitfallFamily;
  severity: Severity;
  /**
   * Stable identity of the cause: the id of the event that raised it, or a prefixed instant for
   * time-based rules ("lastEventAt:2026-03-01T10:00:00.000Z"). The same cause always gives the
   * same key; a new cause (a second failed attempt, a new silence) gives a new one.
   */
  causeKey: string;
  details: Record<string, DetailValue>;
  triggeredBy: string | null;
  title: string;
}

/** Settings of rules that react to carrier events: wait `afterHours` before alerting; ignore events below `minSeverity`. */
export interface EventRuleSettings {
  enabled: boolean;
  afterHours: number;
  minSeverity: Severity;
}

/** Per-rule switches and thresholds. Defaults: DEFAULT_SETTINGS; merchant JSON: resolveSettings. */
export interface PitfallSettings {
  silent_carrier: { enabled: boolean; hours: number };
  label_not_picked_up: { enabled: boolean; hours: number };
  no_tracking_info: { enabled: boolean; hours: number };
  tracking_number_invalid: { enabled: boolean; afterHours: number };
  stuck_at_facility: { enabled: boolean; hours: number; minScans: number };
  transit_beyond_lane: { enabled: boolean; factor: number; extraHours: number };
  exception_unresolved: { enabled: boolean; hours: number };
  long_customs_clearance: { enabled: boolean; hours: number };
  eta_moved_later: { enabled: boolean; hours: number };
  eta_passed: { enabled: boolean; graceHours: number };
  promise_at_risk: { enabled: boolean; missProbability: number; marginHours: number; useCarrierEta: boolean };
  promise_missed: { enabled: boolean; graceHours: number };
  out_for_delivery_not_delivered: { enabled: boolean; graceHours: number };
  failed_attempt: EventRuleSettings;
  repeated_failed_attempts: { enabled: boolean; attempts: number };
  address_issue: EventRuleSettings;
  recipient_unavailable: EventRuleSettings;
  refused_by_recipient: EventRuleSettings;
  customs_hold: EventRuleSettings;
  duties_payment_due: EventRuleSettings;
  weather_disruption: EventRuleSettings;
  force_majeure: EventRuleSettings;
  carrier_reported_delay: EventRuleSettings;
  damaged: EventRuleSettings;
  lost: EventRuleSettings;
  held_by_carrier: EventRuleSettings;
  sender_action_required: EventRuleSettings;
  pickup_final_notice: EventRuleSettings;
  pickup_point_redirected: EventRuleSettings;
  delivered_elsewhere: EventRuleSettings;
  returned_to_sender: EventRuleSettings;
  pickup_not_collected: { enabled: boolean; days: number };
  partial_delivery: { enabled: boolean; hours: number };
  delivered_then_exception: { enabled: boolean; afterHours: number };
  carrier_changed: { enabled: boolean; afterHours: number };
  shipment_cancelled: { enabled: boolean; afterHours: number };
}

export type RuleId = keyof PitfallSettings;

/** A threshold's unit, for the admin settings page. */
export type SettingUnit = "hours" | "days" | "multiplier" | "probability" | "count" | "severity" | "flag";

/** One row of the RULES catalogue. */
export interface RuleDescription {
  rule: RuleId;
  family: PitfallFamily;
  title: string;
  /** One merchant-facing sentence. */
  description: string;
  settings: Array<{ key: string; default: number | boolean | string; unit: SettingUnit; min?: number; max?: number; options?: readonly string[] }>;
}

/** An open alert as stored, for reconcileAlerts. */
export interface AlertIdentity {
  rule: string;
  causeKey: string;
}

export interface Reconciliation {
  toOpen: ActiveAlert[];
  toResolve: Array<{ rule: string; causeKey: string; resolvedByEventId: string | null }>;
}
