import { CODE_ROWS, type EventCode } from "./codes";
import type { Milestone, PitfallFamily, Severity, ShopifyEventStatus } from "./types";

export type { EventCode } from "./codes";
export * from "./types";
export { CATALOGS, milestoneLabel, pitfallLabel, pitfallNext, resolveLocale, shopperMessage, type LocaleCatalog } from "./messages";

export interface CodeInfo {
  code: EventCode;
  milestone: Milestone;
  pitfall: PitfallFamily | null;
  severity: Severity;
  shopifyStatus: ShopifyEventStatus;
}

export const CODES: ReadonlyMap<EventCode, CodeInfo> = new Map(
  CODE_ROWS.map(([code, pitfall, severity, shopifyStatus]) => [
    code,
    { code, milestone: code.slice(0, code.indexOf(".")) as Milestone, pitfall, severity, shopifyStatus },
  ]),
);

export function isEventCode(value: string): value is EventCode {
  return CODES.has(value as EventCode);
}

export function codeInfo(code: EventCode): CodeInfo {
  const info = CODES.get(code);
  if (!info) throw new Error(`unknown event code ${code}`);
  return info;
}
