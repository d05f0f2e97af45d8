// Service lookups of tracking_number_data ("additional" blocks): the code inside a number that
// names the service it was shipped with.

/** UPS 1Z numbers: characters 9-10 (the ServiceType group). */
export const UPS_SERVICES: ReadonlyMap<string, string> = new Map([
  ["01", "UPS United States Next Day Air (Red)"],
  ["02", "UPS United States Second Day Air (Blue)"],
  ["03", "UPS United States Ground"],
  ["12", "UPS United States Third Day Select"],
  ["13", "UPS United States Next Day Air Saver (Red Saver)"],
  ["15", "UPS United States Next Day Air Early A.M."],
  ["22", "UPS United States Ground - Returns Plus - Three Pickup Attempts"],
  ["32", "UPS United States Next Day Air Early A.M. - COD"],
  ["33", "UPS United States Next Day Air Early A.M. - Saturday Delivery, COD"],
  ["41", "UPS United States Next Day Air Early A.M. - Saturday Delivery"],
  ["42", "UPS United States Ground - Signature Required"],
  ["44", "UPS United States Next Day Air - Saturday Delivery"],
  ["66", "UPS United States Worldwide Express"],
  ["72", "UPS United States Ground - Collect on Delivery"],
  ["78", "UPS United States Ground - Returns Plus - One Pickup Attempt"],
  ["90", "UPS United States Ground - Returns - UPS Prints and Mails Label"],
  ["A0", "UPS United States Next Day Air Early A.M. - Adult Signature Required"],
  ["A1", "UPS United States Next Day Air Early A.M. - Saturday Delivery, Adult Signature Required"],
  ["A2", "UPS United States Next Day Air - Adult Signature Required"],
  ["A8", "UPS United States Ground - Adult Signature Required"],
  ["A9", "UPS United States Next Day Air Early A.M. - Adult Signature Required, COD"],
  ["AA", "UPS United States Next Day Air Early A.M. - Saturday Delivery, Adult Signature Required, COD"],
  ["YW", "UPS SurePost - Delivered by the USPS"],
]);

/** UPS waybills: the leading letter. */
export const UPS_WAYBILL_SERVICES: ReadonlyMap<string, string> = new Map([
  ["J", "UPS Next Day Express"],
  ["K", "UPS Ground"],
  ["V", "UPS WorldWide Express Saver"],
]);

const DELIVERY = "Delivery Confirmation";
const SIGNATURE = "Signature Confirmation";
const RETURN = "Merchandise Return";

/** USPS 20-digit and 91-prefixed numbers: the two-digit service type. */
export const USPS_SERVICE_TYPES: ReadonlyMap<string, string> = new Map([
  ["01", `${DELIVERY}: Priority Mail or First-Class Mail Parcels`],
  ["02", `${DELIVERY}: Package Services, Parcel Select or Standard Mail Parcels`],
  ["03", `${DELIVERY}: Retail`],
  ["04", `${DELIVERY}: Retail`],
  ["05", `${DELIVERY}: Priority Mail or First-Class Mail Parcels, insured over $50`],
  ["06", `${DELIVERY}: Package Services, Parcel Select or Standard Mail Parcels, insured over $50`],
  ["07", `${DELIVERY}: Priority Mail, insured $50 or under`],
  ["08", `${DELIVERY}: Package Services, Parcel Select or Standard Mail Parcels, insured $50 or under`],
  ["14", `${DELIVERY}: Software vendors only, by approval`],
  ["21", `${SIGNATURE}: Priority Mail or First-Class Mail Parcels`],
  ["22", `${SIGNATURE}: Package Services, Parcel Select or Standard Mail Parcels`],
  ["23", `${SIGNATURE}: Retail`],
  ["24", `${SIGNATURE}: Retail`],
  ["25", `${SIGNATURE}: Priority Mail or First-Class Mail Parcels, insured, all values`],
  ["26", `${SIGNATURE}: Package Services, Parcel Select or Standard Mail Parcels, insured, all values`],
  ["34", `${SIGNATURE}: Software vendors only, by approval`],
  ["50", "Electronic File Header"],
  ["56", "Passive Enroute Scan"],
  ["73", "Insured Mail: value over $50"],
  ["82", `${RETURN}: with Delivery Confirmation`],
  ["83", `${RETURN}: with Delivery Confirmation, insured value $50 or under`],
  ["85", `${RETURN}: with Delivery Confirmation, insured value over $50`],
]);

/** USPS IMpb: three-digit service type codes the data names. */
export const USPS_IMPB_SERVICE_TYPES: ReadonlyMap<string, string> = new Map([["612", "Parcel Select"]]);

/** USPS IMpb: the application identifier that opens the serial number. */
export const USPS_APPLICATION_IDS: ReadonlyMap<string, string> = new Map([
  ["92", "Commercial mailer (nine-digit mailer ID)"],
  ["93", "Commercial mailer (six-digit mailer ID)"],
  ["94", "Online or vendor label"],
  ["95", "USPS Retail"],
]);

/** DPD 28-character parcel numbers: the three-digit service code. */
export const DPD_SERVICES: ReadonlyMap<string, string> = new Map([
  ["101", "D (normal parcel)"],
  ["102", "D-HAZ (normal parcel, hazardous goods)"],
  ["105", "D-EXW (normal parcel, ex works)"],
  ["106", "D-EXW-HAZ (normal parcel, ex works, hazardous goods)"],
  ["109", "D-COD (normal parcel, C.O.D.)"],
  ["110", "D-COD-HAZ (normal parcel, C.O.D., hazardous goods)"],
  ["113", "D-SWAP (normal parcel, exchange)"],
  ["136", "D (small parcel)"],
  ["154", "PARCELLetter"],
  ["155", "PM2 (Guarantee)"],
  ["161", "PM2-COD (Guarantee, C.O.D.)"],
  ["179", "AM1 (DPD 10:00)"],
  ["191", "AM1-COD (DPD 10:00, C.O.D.)"],
  ["225", "AM2 (DPD 12:00)"],
  ["237", "AM2-COD (DPD 12:00, C.O.D.)"],
  ["350", "AM0 (DPD 8:30)"],
]);

/** UPU S10: the two service letters, by pattern, in the data's order. */
const S10_SERVICE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^E[A-Z]$/, "EMS"],
  [/^L[A-Z]$/, "Letter Post Express"],
  [/^M[A-Z]$/, "Letter Post M-bag"],
  [/^Q[A-M]$/, "Letter Post IBRS"],
  [/^R[A-Z]$/, "Letter Post Registered"],
  [/^U[A-Z]$/, "Letter Post Misc"],
  [/^V[A-Z]$/, "Letter Post Insured"],
  [/^C[A-Z]$/, "Parcel Post"],
  [/^H[A-Z]$/, "Parcel Post (e-commerce)"],
  [/^(?:[BDNPZ][A-Z]|A[V-Z]|G[AD])$/, "Domestic"],
];

export function s10Service(letters: string): string | null {
  for (const [pattern, name] of S10_SERVICE_PATTERNS) if (pattern.test(letters)) return name;
  return null;
}
