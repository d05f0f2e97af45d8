import type { KnownCarrierId } from "./types";

/** How each carrier calls itself, for shoppers and merchants. */
export const CARRIER_NAMES: Record<KnownCarrierId, string> = {
  amazon: "Amazon Logistics",
  australiapost: "Australia Post",
  canadapost: "Canada Post",
  canpar: "Canpar Express",
  dhl: "DHL",
  dhl_ecommerce: "DHL eCommerce",
  dhl_express: "DHL Express",
  dpd: "DPD",
  fedex: "FedEx",
  gls: "GLS",
  gofo: "GOFO Express",
  landmark: "Landmark Global",
  lasership: "LaserShip",
  old_dominion: "Old Dominion",
  ontrac: "OnTrac",
  postnl: "PostNL",
  purolator: "Purolator",
  royalmail: "Royal Mail",
  speedee: "Spee-Dee Delivery",
  ups: "UPS",
  usps: "USPS",
  yodel: "Yodel",
  yunexpress: "YunExpress",
};

export function carrierDisplayName(id: string | null): string | null {
  if (!id) return null;
  if (id in CARRIER_NAMES) return CARRIER_NAMES[id as KnownCarrierId];
  if (id.startsWith("upu_")) return `${id.slice(4).toUpperCase()} Post`;
  return id;
}
