// Shared by training and prediction: the moments of a journey in delivery-day indices of the
// destination calendar (so a Friday and a Monday are one delivery day apart for a Mon-Fri
// carrier), and the earliest day a parcel can still arrive.
import type { NormalizedEvent } from "../normalize/types";
import type { DeliveryCalendar } from "./business-days";
import { HOUR_MS, localDay, localMinutes } from "./days";
import { MAX_AGE, SILENCE_HOURS, situationChain, situationCode } from "./situation";
import { advance, phaseOf, startProgress, type Destination, type Progress } from "./stages";
import type { CarrierEtaUpdate } from "./types";

/** After this local time nothing more is delivered today. */
export const LAST_DELIVERY_MINUTE = 21 * 60;

/** Index of the first delivery day still possible at `now`. */
export function earliestIndex(calendar: DeliveryCalendar, now: number, offset: number): number {
  const today = localDay(now, offset);
  const index = calendar.index(today);
  return calendar.isDeliveryDay(today) && localMinutes(now, offset) < LAST_DELIVERY_MINUTE ? index : index + 1;
}

/** Delivery-day index of a carrier estimate (ISO date or instant); null when unreadable. */
export function etaIndex(calendar: DeliveryCalendar, eta: string, offset: number): number | null {
  let day: number;
  if (eta.length === 10) {
    // "2025-08-14": the estimate is a local date already.
    const ms = isoMs(`${eta}T00:00:00.000Z`);
    if (!Number.isFinite(ms)) return null;
    day = Math.floor(ms / 86_400_000);
  } else {
    const ms = isoMs(eta);
    if (!Number.isFinite(ms)) return null;
    day = localDay(ms, offset);
  }
  // An estimate on a non-delivery day means the next delivery day.
  return calendar.isDeliveryDay(day) ? calendar.index(day) : calendar.index(day) + 1;
}

/** Delivery days since collection (or the first scan, before collection), capped. */
export function journeyAge(p: Progress, anchorIndex: number, calendar: DeliveryCalendar, offset: number): number {
  const start = p.collected ?? p.first;
  if (start === null) return 0;
  return Math.min(MAX_AGE, Math.max(0, anchorIndex - calendar.index(localDay(eventTime(start), offset))));
}

export function eventTime(event: NormalizedEvent): number {
  return isoMs(event.occurredAt);
}

export function toMs(value: string | Date): number {
  return typeof value === "string" ? isoMs(value) : value.getTime();
}

/** Date.parse, with a fast path for the "2025-08-14T09:30:00.000Z" form events carry. */
export function isoMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 || s.charCodeAt(10) !== 84 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Date.parse(s);
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  const milli = twoDigits(s, 20) * 10 + digit(s, 22);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59 || milli < 0) return Date.parse(s);
  // Days from civil (Howard Hinnant's algorithm).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli;
}

/** A decimal digit at i, or -1000 (which fails every range check) for anything else. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

function twoDigits(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/** One moment of a delivered journey: the situation then and the delivery days it still took. */
export interface Sample {
  progress: Progress;
  situation: string[];
  anchor: number;
  anchorIndex: number;
  earliest: number;
  /** Delivery-day index of the delivery. */
  deliveryIndex: number;
  /** Delivery-day index of the carrier's estimate at that moment, if any. */
  etaIndex: number | null;
  phase: "early" | "late" | "pitfall";
}

/**
 * Every moment a prediction could be asked for in a delivered journey: right after each scan,
 * and again each time the silence since that scan crosses a SILENCE_HOURS mark.
 */
export function forEachMoment(
  events: readonly NormalizedEvent[],
  etas: readonly CarrierEtaUpdate[],
  deliveredAt: number,
  destination: Destination,
  calendar: DeliveryCalendar,
  offset: number,
  cutoff: number,
  visit: (sample: Sample) => void,
): void {
  const deliveryIndex = calendar.index(localDay(deliveredAt, offset));
  const progress = startProgress();
  const etaTimes = etas.map((e) => toMs(e.at));
  let etaAt = -1;
  for (let i = 0; i < events.length; i++) {
    const t = eventTime(events[i]);
    if (t >= deliveredAt) break;
    advance(progress, events[i], destination);
    if (progress.ended || progress.delivered !== null) break;
    const next = i + 1 < events.length ? Math.min(eventTime(events[i + 1]), deliveredAt) : deliveredAt;
    for (let b = 0; b < SILENCE_HOURS.length; b++) {
      const anchor = t + SILENCE_HOURS[b] * HOUR_MS;
      if (anchor >= next) break;
      while (etaAt + 1 < etas.length && etaTimes[etaAt + 1] <= anchor) etaAt++;
      const eta = etaAt >= 0 ? etas[etaAt].eta : null;
      const day = localDay(anchor, offset);
      const anchorIndex = calendar.index(day);
      visit({
        progress,
        situation: situationChain(situationCode(progress, b, journeyAge(progress, anchorIndex, calendar, offset), anchor, offset, cutoff)),
        anchor,
        anchorIndex,
        earliest: earliestIndex(calendar, anchor, offset),
        deliveryIndex,
        etaIndex: eta === null ? null : etaIndex(calendar, eta, offset),
        phase: phaseOf(progress),
      });
    }
  }
}
