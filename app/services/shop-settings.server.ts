// A shop's settings: pitfall rule thresholds (validated by the rules' own resolveSettings, so a
// stored value is always usable) and sync-back.
import { db } from "../db.server";
import { RULES, resolveSettings, type PitfallSettings } from "../tracking/pitfalls";

export interface ShopSettings {
  pitfalls: PitfallSettings;
  syncBack: boolean;
}

/** The pitfall settings stored in Shop.settings (JSON text); anything unusable falls back to defaults. */
export function pitfallSettingsOf(json: string): PitfallSettings {
  try {
    return resolveSettings(JSON.parse(json)?.pitfalls ?? {});
  } catch {
    return resolveSettings({});
  }
}

export async function loadShopSettings(shopId: string): Promise<ShopSettings> {
  const shop = await db().shop.findUniqueOrThrow({ where: { id: shopId }, select: { settings: true, syncBack: true } });
  return { pitfalls: pitfallSettingsOf(shop.settings), syncBack: shop.syncBack };
}

/** Reads the settings form ("<rule>.<key>" fields); unknown and out-of-range values are clamped or dropped. */
export function settingsFromForm(form: FormData): { pitfalls: PitfallSettings; syncBack: boolean } {
  const raw: Record<string, Record<string, unknown>> = {};
  for (const r of RULES) {
    raw[r.rule] = {};
    for (const s of r.settings) {
      const v = form.get(`${r.rule}.${s.key}`);
      if (s.unit === "flag") raw[r.rule][s.key] = v === "on" || v === "true";
      else if (v !== null && v !== "") raw[r.rule][s.key] = s.unit === "severity" ? String(v) : Number(v);
    }
  }
  return { pitfalls: resolveSettings(raw), syncBack: form.get("syncBack") === "on" || form.get("syncBack") === "true" };
}

export async function saveShopSettings(shopId: string, settings: { pitfalls: PitfallSettings; syncBack: boolean }): Promise<void> {
  await db().shop.update({
    where: { id: shopId },
    data: { settings: JSON.stringify({ pitfalls: settings.pitfalls }), syncBack: settings.syncBack },
  });
}
