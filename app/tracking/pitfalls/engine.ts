// evaluatePitfalls: the alerts that hold for one shipment at `now`. Pure and deterministic: the
// same facts, events (in any order, duplicates allowed), settings and time give the same alerts.
import { buildContext, type Context } from "./context";
import { carrierChangedRule, labelNotPickedUpRule, noTrackingInfoRule, trackingNumberInvalidRule } from "./rules/tracking";
import { exceptionUnresolvedRule, longCustomsClearanceRule, silentCarrierRule, stuckAtFacilityRule, transitBeyondLaneRule } from "./rules/movement";
import { etaMovedLaterRule, etaPassedRule, outForDeliveryNotDeliveredRule, promiseAtRiskRule, promiseMissedRule } from "./rules/dates";
import { failedAttemptRule, repeatedFailedAttemptsRule, reportedProblemRules } from "./rules/reported";
import { deliveredThenExceptionRule, orderCancelledRule, partialDeliveryRule, pickupNotCollectedRule } from "./rules/delivery";
import type { ActiveAlert, PitfallEvent, PitfallSettings, ShipmentFacts } from "./types";

const EVALUATORS: ReadonlyArray<(ctx: Context) => void> = [
  noTrackingInfoRule,
  trackingNumberInvalidRule,
  labelNotPickedUpRule,
  silentCarrierRule,
  stuckAtFacilityRule,
  transitBeyondLaneRule,
  exceptionUnresolvedRule,
  longCustomsClearanceRule,
  etaMovedLaterRule,
  etaPassedRule,
  promiseAtRiskRule,
  promiseMissedRule,
  outForDeliveryNotDeliveredRule,
  failedAttemptRule,
  repeatedFailedAttemptsRule,
  reportedProblemRules,
  pickupNotCollectedRule,
  partialDeliveryRule,
  deliveredThenExceptionRule,
  carrierChangedRule,
  orderCancelledRule,
];

export function evaluatePitfalls(facts: ShipmentFacts, events: readonly PitfallEvent[], settings: PitfallSettings, now: Date): ActiveAlert[] {
  const at = now instanceof Date ? now.getTime() : NaN;
  if (!facts || !Number.isFinite(at)) return [];
  const ctx = buildContext(facts, events, settings, at);
  for (const evaluate of EVALUATORS) evaluate(ctx);
  return ctx.out;
}
