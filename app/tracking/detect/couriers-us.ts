// UPS, FedEx and USPS formats of tracking_number_data (ups.json, fedex.json, usps.json).
import { anchored, type Groups, type TrackingFormat } from "./format";
import { UPS_SERVICES, UPS_WAYBILL_SERVICES, USPS_APPLICATION_IDS, USPS_IMPB_SERVICE_TYPES, USPS_SERVICE_TYPES } from "./services";

const FEDEX_EXPRESS_12 = { name: "sum_product_with_weightings_and_modulo", weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1], modulo1: 11, modulo2: 10 } as const;
const FEDEX_EXPRESS_13 = { name: "sum_product_with_weightings_and_modulo", weightings: [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1], modulo1: 11, modulo2: 10 } as const;
const MOD10_3_1 = { name: "mod10", evensMultiplier: 3, oddsMultiplier: 1, reverse: false } as const;
const MOD10_1_3 = { name: "mod10", evensMultiplier: 1, oddsMultiplier: 3, reverse: false } as const;
const MOD10_1_2 = { name: "mod10", evensMultiplier: 1, oddsMultiplier: 2, reverse: false } as const;

const lookup = (table: ReadonlyMap<string, string>, key: string | undefined) => (key === undefined ? null : table.get(key) ?? null);
const uspsImpbService = (g: Groups) => lookup(USPS_IMPB_SERVICE_TYPES, g.ServiceType) ?? lookup(USPS_APPLICATION_IDS, g.ApplicationIdentifier);

// IMpb: an optional routing code (420 + ZIP or ZIP+4) before the serial number.
const ROUTING_420 = "(?<RoutingApplicationId>420)";

export const US_FORMATS: readonly TrackingFormat[] = [
  {
    id: "ups",
    name: "UPS",
    carrier: "ups",
    lengths: [18],
    starts: "1",
    pattern: /^1Z(?<SerialNumber>(?<ShipperId>[A-Z0-9]{6})(?<ServiceType>[A-Z0-9]{2})(?<PackageId>[A-Z0-9]{7}))(?<CheckDigit>[0-9])$/,
    checksum: MOD10_1_2,
    specificity: 10,
    service: (g) => lookup(UPS_SERVICES, g.ServiceType),
  },
  {
    id: "ups_waybill",
    name: "UPS Waybill",
    carrier: "ups",
    lengths: [11],
    starts: "AHJKTV",
    pattern: /^(?<ServiceType>[AHJKTV])(?<SerialNumber>[0-9]{9})(?<CheckDigit>[0-9])$/,
    checksum: MOD10_1_2,
    specificity: 2,
    service: (g) => lookup(UPS_WAYBILL_SERVICES, g.ServiceType),
  },
  {
    id: "fedex_12",
    name: "FedEx Express (12)",
    carrier: "fedex",
    lengths: [12],
    starts: "",
    pattern: /^(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])$/,
    checksum: FEDEX_EXPRESS_12,
    specificity: 0,
    service: () => "FedEx Express",
  },
  {
    id: "fedex_34",
    name: "FedEx Express (34)",
    carrier: "fedex",
    lengths: [34],
    starts: "012345678",
    pattern: /^[0-8][0-9]{14}(?<DestinationZip>[0-9]{5})(?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$/,
    checksum: FEDEX_EXPRESS_13,
    specificity: 0,
    service: () => "FedEx Express",
  },
  {
    id: "fedex_astra_32",
    name: "FedEx ASTRA (32)",
    carrier: "fedex",
    lengths: [32],
    starts: "3",
    // Positions 17-28 hold the Express tracking number; its check digit is the barcode's only one.
    pattern: /^3[0-9]{5}[0-9]{3}[0-9]{7}(?<SerialNumber>[0-9]{11})(?<CheckDigit>[0-9])[0-9]{4}$/,
    checksum: FEDEX_EXPRESS_12,
    specificity: 3,
    service: () => "FedEx Express",
  },
  {
    id: "fedex_ground",
    name: "FedEx Ground",
    carrier: "fedex",
    lengths: [15],
    starts: "",
    pattern: /^(?<SerialNumber>[0-9]{14})(?<CheckDigit>[0-9])$/,
    checksum: MOD10_1_3,
    specificity: 0,
    service: () => "FedEx Ground",
  },
  {
    id: "fedex_ground_sscc_18",
    name: "FedEx Ground (SSCC-18)",
    carrier: "fedex",
    lengths: [18],
    starts: "",
    pattern: /^(?<ShippingContainerType>[0-9]{2})(?<SerialNumber>[0-9]{15})(?<CheckDigit>[0-9])$/,
    checksum: MOD10_3_1,
    specificity: 0,
    service: () => "FedEx Ground",
  },
  {
    id: "fedex_ground_96",
    name: "FedEx Ground 96 (22)",
    carrier: "fedex",
    lengths: [22],
    starts: "9",
    pattern: /^96(?<SCNC>[0-9]{2})(?<ServiceType>[0-9]{3})(?<SerialNumber>(?<ShipperId>[0-9]{7})(?<PackageId>[0-9]{7}))(?<CheckDigit>[0-9])$/,
    checksum: MOD10_1_3,
    specificity: 6,
    service: () => "FedEx Ground",
  },
  {
    id: "fedex_ground_gsn",
    name: "FedEx Ground GSN",
    carrier: "fedex",
    lengths: [34],
    starts: "9",
    pattern: /^96(?<SCNC>[0-9]{2})[0-9]{5}(?<GSN>[0-9]{10})[0-9](?<SerialNumber>[0-9]{13})(?<CheckDigit>[0-9])$/,
    checksum: FEDEX_EXPRESS_13,
    specificity: 6,
    service: () => "FedEx Ground",
  },
  {
    id: "usps_20",
    name: "USPS 20",
    carrier: "usps",
    lengths: [20],
    starts: "",
    pattern: /^(?<SerialNumber>(?<ServiceType>[0-9]{2})(?<ShipperId>[0-9]{9})(?<PackageId>[0-9]{8}))(?<CheckDigit>[0-9])$/,
    checksum: MOD10_3_1,
    specificity: 0,
    service: (g) => lookup(USPS_SERVICE_TYPES, g.ServiceType),
  },
  {
    id: "usps_impb_n",
    name: "USPS IMpb N",
    carrier: "usps",
    lengths: [22, 26, 30, 34],
    starts: "49",
    // Mailer ID: nine digits when it starts with 9, six otherwise; the package id fills the rest.
    pattern: anchored(
      `(?:${ROUTING_420}(?<DestinationZip>[0-9]{5}(?=[0-9]{22}$|[0-9]{26}$))(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?`,
      "(?<SerialNumber>(?<ApplicationIdentifier>94)(?<ServiceType>[0-9]{3})",
      "(?=9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})[0-9]$|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9]$)",
      "(?<ShipperId>9[0-9]{8}|[0-8][0-9]{5})",
      "(?<PackageId>[0-9]{15}|[0-9]{14}|[0-9]{11}|[0-9]{10}|[0-9]{7}))",
      "(?<CheckDigit>[0-9])",
    ),
    checksum: { name: "mod10", evensMultiplier: 3, oddsMultiplier: 1, reverse: true },
    specificity: 7,
    service: uspsImpbService,
  },
  {
    id: "usps_legacy",
    name: "USPS Legacy",
    carrier: "usps",
    lengths: [20, 22, 28, 30, 32, 34],
    starts: "",
    pattern: anchored(
      `(?:${ROUTING_420}(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4})?)?`,
      "(?<SerialNumber>(?<ApplicationIdentifier>91)?(?<ServiceType>[0-9]{2})(?<ShipperId>[0-9]{9})(?<PackageId>[0-9]{8}))",
      "(?<CheckDigit>[0-9])",
    ),
    checksum: MOD10_3_1,
    serialPrefix: "91",
    specificity: 2,
    service: (g) => lookup(USPS_SERVICE_TYPES, g.ServiceType),
  },
  {
    id: "usps_impb_c",
    name: "USPS IMpb C",
    carrier: "usps",
    lengths: [22, 26, 30, 34],
    starts: "49",
    // 92 carries a nine-digit mailer ID, 93 a six-digit one; 95 is USPS retail.
    pattern: anchored(
      `(?:${ROUTING_420}(?<DestinationZip>[0-9]{5})(?<DestinationZipPlus4>[0-9]{4}(?=[0-9]{22}$))?)?`,
      "(?<SerialNumber>(?<ApplicationIdentifier>92(?=[0-9]{3}9)|93(?=[0-9]{3}[0-8])|95)(?<ServiceType>[0-9]{3})",
      "(?=9[0-9]{8}(?:[0-9]{11}|[0-9]{7})[0-9]$|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9]$)",
      "(?<ShipperId>9[0-9]{8}|[0-8][0-9]{5})",
      "(?<PackageId>[0-9]{14}|[0-9]{11}|[0-9]{10}|[0-9]{7}))",
      "(?<CheckDigit>[0-9])",
    ),
    checksum: MOD10_3_1,
    specificity: 5,
    service: uspsImpbService,
  },
];
