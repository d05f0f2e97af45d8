// Pitfall rules: spot delivery problems before the shopper does.
export { evaluatePitfalls } from "./engine";
export { reconcileAlerts } from "./reconcile";
export { DEFAULT_SETTINGS, RULE_IDS, resolveSettings, SETTING_SPECS } from "./settings";
export { RULES, RULE_META } from "./catalogue";
export type * from "./types";
