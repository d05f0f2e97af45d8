import { isEventCode, milestoneLabel as label, MILESTONES, shopperMessage, type Milestone } from "../tracking/taxonomy";

/** The admin speaks the merchant's English labels from the taxonomy. */
export function milestoneLabel(m: string): string {
  return (MILESTONES as readonly string[]).includes(m) ? label(m as Milestone, "en") : m;
}

export function eventMessage(code: string): string {
  return isEventCode(code) ? shopperMessage(code, "en") : code;
}

/** "2026-11-24 08:02 (UTC-05:00)": the scan's wall-clock time where it happened. */
export function localScanTime(isoUtc: string, utcOffset: string | null): string {
  if (!utcOffset) return `${isoUtc.slice(0, 16).replace("T", " ")} UTC`;
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  const minutes = sign * (Number(utcOffset.slice(1, 3)) * 60 + Number(utcOffset.slice(4, 6)));
  const local = new Date(Date.parse(isoUtc) + minutes * 60_000).toISOString();
  return `${local.slice(0, 16).replace("T", " ")} (UTC${utcOffset})`;
}
