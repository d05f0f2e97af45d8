// Alerts for problems the carrier reported: one per open episode of each event rule (see
// event-specs.ts), one per unsettled delivery attempt, and one when attempts pile up.
import { SEVERITIES } from "../../taxonomy/types";
import { heldFor, raise, type Context } from "../context";
import { hoursBetween, iso } from "../time";
import { severityRank } from "../timeline";
import { EVENT_RULES } from "./event-specs";

export function reportedProblemRules(ctx: Context): void {
  for (const ep of ctx.scan.episodes) {
    const rule = EVENT_RULES[ep.rule].rule;
    if (!heldFor(ctx, ep.start.at, ctx.settings[rule].afterHours)) continue;
    raise(ctx, rule, ep.start.id, SEVERITIES[ep.severity], ep.start.id, {
      code: ep.start.code,
      latestCode: ep.last.code,
      location: ep.start.location,
      occurredAt: iso(ep.start.at),
      hoursOpen: hoursBetween(ep.start.at, ctx.now),
      scans: ep.count,
    });
  }
}

/** Every unsettled attempt is its own alert, raised by its first scan. */
export function failedAttemptRule(ctx: Context): void {
  const s = ctx.settings.failed_attempt;
  if (!s.enabled) return;
  const minRank = severityRank(s.minSeverity);
  for (const a of ctx.scan.attempts) {
    if (a.severity < minRank || !heldFor(ctx, a.start.at, s.afterHours)) continue;
    raise(ctx, "failed_attempt", a.start.id, SEVERITIES[a.severity], a.start.id, {
      attempt: a.number,
      reason: a.start.code,
      latestCode: a.last.code,
      location: a.start.location,
      occurredAt: iso(a.start.at),
    });
  }
}

/** Enough unsettled attempts: one alert for the run, keyed by its first attempt. */
export function repeatedFailedAttemptsRule(ctx: Context): void {
  const s = ctx.settings.repeated_failed_attempts;
  const attempts = ctx.scan.attempts;
  if (!s.enabled || attempts.length < s.attempts) return;
  const last = attempts[attempts.length - 1];
  raise(ctx, "repeated_failed_attempts", attempts[0].start.id, "high", attempts[s.attempts - 1].start.id, {
    attempts: attempts.length,
    firstAttemptAt: iso(attempts[0].start.at),
    latestReason: last.start.code,
  });
}
