// The situations the TrackingView fixtures (app/tracking/view/fixtures/<name>.<locale>.json)
// show, as inputs to the real view builder, so the fixtures are exactly what the server sends.
// fixtures.test.ts keeps the JSON in step; after a builder change, rewrite them with
// `npx vitest run --project unit extensions/shared/tracking-view/fixtures.test.ts -u`.
import { codeInfo, isEventCode, type Locale } from "../../../app/tracking/taxonomy";
import { buildTrackingView, type TrackingView, type ViewAlert, type ViewShipmentInput } from "../../../app/tracking/view";

/** [when (ISO with the scan's offset), event code, location] — oldest first. */
type Scan = [string, string, string | null];

interface Carrier {
  id: string;
  name: string;
  url: (trackingNumber: string) => string;
}

const UPS: Carrier = { id: "ups", name: "UPS", url: (n) => `https://www.ups.com/track?tracknum=${n}` };
const USPS: Carrier = { id: "usps", name: "USPS", url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` };
const DHL_EXPRESS: Carrier = { id: "dhl_express", name: "DHL Express", url: (n) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}` };
const DPD: Carrier = { id: "dpd", name: "DPD", url: (n) => `https://tracking.dpd.de/status/fr_FR/parcel/${n}` };
const LA_POSTE: Carrier = { id: "laposte", name: "La Poste", url: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}` };
const DHL_PAKET: Carrier = { id: "dhl_parcel_de", name: "DHL Paket", url: (n) => `https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=${n}` };
const YAMATO: Carrier = { id: "yamato", name: "ヤマト運輸", url: (n) => `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=${n}` };

interface ShipmentSpec {
  id: string;
  carrier: Carrier;
  trackingNumber: string;
  scans: Scan[];
  predicted?: [from: string, to: string, confidence: number];
  /** Codes whose pitfalls are still open; by default the latest scan's, if it has one. */
  alerts?: string[];
}

function alertFor(code: string): ViewAlert | null {
  if (!isEventCode(code)) return null;
  const info = codeInfo(code);
  return info.pitfall ? { family: info.pitfall, severity: info.severity, code } : null;
}

function shipmentInput(spec: ShipmentSpec): ViewShipmentInput {
  const [lastAt, lastCode] = spec.scans[spec.scans.length - 1];
  const milestone = lastCode.slice(0, lastCode.indexOf("."));
  const alertCodes = spec.alerts ?? [lastCode];
  return {
    id: spec.id,
    trackingNumber: spec.trackingNumber,
    carrier: spec.carrier.id,
    carrierName: spec.carrier.name,
    trackingUrl: spec.carrier.url(spec.trackingNumber),
    milestone,
    statusCode: lastCode,
    deliveredAt: milestone === "delivered" ? new Date(lastAt) : null,
    lastEventAt: new Date(lastAt),
    carrierEta: null,
    predicted: spec.predicted ? { from: new Date(spec.predicted[0]), to: new Date(spec.predicted[1]), confidence: spec.predicted[2] } : null,
    events: spec.scans.map(([at, code, location]) => ({ occurredAt: new Date(at), code, location })),
    openAlerts: alertCodes.map(alertFor).filter((alert): alert is ViewAlert => alert !== null),
  };
}

interface Scenario {
  locale: Locale;
  timeZone: string;
  order: { name: string; placedAt: string };
  shipments: ShipmentSpec[];
  /** The moment the shopper looks; defaults to 90 minutes after the newest scan. */
  now?: string;
}

export function viewOf(scenario: Scenario): TrackingView {
  const newest = Math.max(...scenario.shipments.flatMap((s) => s.scans.map(([at]) => Date.parse(at))), Date.parse(scenario.order.placedAt));
  const now = scenario.now ? new Date(scenario.now) : new Date(newest + 90 * 60_000);
  const input = { order: { name: scenario.order.name, placedAt: new Date(scenario.order.placedAt) }, shipments: scenario.shipments.map(shipmentInput) };
  return buildTrackingView(input, scenario.locale, scenario.timeZone, now);
}

// --- United States (English) -------------------------------------------------------------
const NY = "America/New_York";
const UPS_NO = "1Z5R89390357567127";
const usTransit: Scan[] = [
  ["2026-11-23T15:02:00-05:00", "info_received.label_created", "Brooklyn, NY, US"],
  ["2026-11-23T19:40:00-05:00", "in_transit.picked_up", "Brooklyn, NY, US"],
  ["2026-11-24T02:15:00-05:00", "in_transit.departed_facility", "Secaucus, NJ, US"],
  ["2026-11-24T21:48:00-06:00", "in_transit.arrived_at_facility", "Chicago, IL, US"],
];
const usOutForDelivery: Scan[] = [
  ...usTransit,
  ["2026-11-25T04:10:00-06:00", "in_transit.departed_facility", "Chicago, IL, US"],
  ["2026-11-26T05:30:00-06:00", "in_transit.arrived_at_delivery_facility", "Madison, WI, US"],
  ["2026-11-26T08:02:00-06:00", "out_for_delivery.out_for_delivery", "Madison, WI, US"],
];
const usOrder = (name: string, placedAt = "2026-11-23T11:05:09-05:00") => ({ name, placedAt });

// --- France (French) ---------------------------------------------------------------------
const PARIS = "Europe/Paris";
const DPD_NO = "09980000020033F";
const frTransit: Scan[] = [
  ["2026-11-23T10:12:00+01:00", "info_received.label_created", "Marseille, FR"],
  ["2026-11-23T17:45:00+01:00", "in_transit.picked_up", "Marseille, FR"],
  ["2026-11-23T23:30:00+01:00", "in_transit.departed_facility", "Vitrolles, FR"],
  ["2026-11-24T06:05:00+01:00", "in_transit.arrived_at_facility", "Lyon, FR"],
];
const frOutForDelivery: Scan[] = [
  ...frTransit,
  ["2026-11-24T11:20:00+01:00", "in_transit.departed_facility", "Lyon, FR"],
  ["2026-11-25T05:40:00+01:00", "in_transit.arrived_at_delivery_facility", "Chilly-Mazarin, FR"],
  ["2026-11-25T08:15:00+01:00", "out_for_delivery.out_for_delivery", "Chilly-Mazarin, FR"],
];
const frOrder = (name: string, placedAt = "2026-11-22T18:47:02+01:00") => ({ name, placedAt });

/** Ten days earlier, for the return stories. */
const earlier = (scans: Scan[]): Scan[] => scans.map(([at, code, location]) => [at.replace("2026-11-2", "2026-11-1"), code, location]);

export const VIEW_SCENARIOS: Record<string, Scenario> = {
  "info-received.en": {
    locale: "en", timeZone: NY, order: usOrder("#1041", "2026-11-23T14:20:11-05:00"),
    shipments: [{ id: "gid://shopify/Fulfillment/5101", carrier: UPS, trackingNumber: UPS_NO, scans: usTransit.slice(0, 1), predicted: ["2026-11-27T17:00:00Z", "2026-11-30T22:00:00Z", 0.8] }],
  },
  "info-received.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2041", "2026-11-23T09:31:40+01:00"),
    shipments: [{ id: "gid://shopify/Fulfillment/6101", carrier: DPD, trackingNumber: DPD_NO, scans: frTransit.slice(0, 1), predicted: ["2026-11-26T09:00:00Z", "2026-11-27T17:00:00Z", 0.8] }],
  },
  "in-transit.en": {
    locale: "en", timeZone: NY, order: usOrder("#1042"),
    shipments: [{ id: "gid://shopify/Fulfillment/5102", carrier: UPS, trackingNumber: UPS_NO, scans: usTransit, predicted: ["2026-11-26T17:00:00Z", "2026-11-27T22:00:00Z", 0.86] }],
  },
  "in-transit.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2042"),
    shipments: [{ id: "gid://shopify/Fulfillment/6102", carrier: DPD, trackingNumber: DPD_NO, scans: frTransit, predicted: ["2026-11-25T09:00:00Z", "2026-11-26T17:00:00Z", 0.86] }],
  },
  "in-transit.de": {
    locale: "de", timeZone: "Europe/Berlin", order: frOrder("#3042"),
    shipments: [{
      id: "gid://shopify/Fulfillment/7102", carrier: DHL_PAKET, trackingNumber: "JJD0099999999", predicted: ["2026-11-25T09:00:00Z", "2026-11-26T17:00:00Z", 0.86],
      scans: [
        ["2026-11-23T10:12:00+01:00", "info_received.label_created", "Hamburg, DE"],
        ["2026-11-23T17:45:00+01:00", "in_transit.picked_up", "Hamburg, DE"],
        ["2026-11-23T23:30:00+01:00", "in_transit.departed_facility", "Hamburg, DE"],
        ["2026-11-24T05:05:00+01:00", "in_transit.arrived_at_facility", "Aschheim, DE"],
      ],
    }],
  },
  "in-transit.ja": {
    locale: "ja", timeZone: "Asia/Tokyo", order: { name: "#4042", placedAt: "2026-11-22T18:47:02+09:00" },
    shipments: [{
      id: "gid://shopify/Fulfillment/8102", carrier: YAMATO, trackingNumber: "436512345670", predicted: ["2026-11-25T00:00:00Z", "2026-11-26T09:00:00Z", 0.86],
      scans: [
        ["2026-11-23T10:12:00+09:00", "info_received.label_created", "大阪府大阪市"],
        ["2026-11-23T17:45:00+09:00", "in_transit.picked_up", "大阪府大阪市"],
        ["2026-11-23T23:30:00+09:00", "in_transit.departed_facility", "関西ゲートウェイ"],
        ["2026-11-24T06:05:00+09:00", "in_transit.arrived_at_facility", "羽田クロノゲート"],
      ],
    }],
  },
  "out-for-delivery.en": {
    locale: "en", timeZone: NY, order: usOrder("#1043"),
    shipments: [{ id: "gid://shopify/Fulfillment/5103", carrier: UPS, trackingNumber: UPS_NO, scans: usOutForDelivery, predicted: ["2026-11-26T19:00:00Z", "2026-11-26T23:00:00Z", 0.95] }],
  },
  "out-for-delivery.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2043"),
    shipments: [{ id: "gid://shopify/Fulfillment/6103", carrier: DPD, trackingNumber: DPD_NO, scans: frOutForDelivery, predicted: ["2026-11-25T11:00:00Z", "2026-11-25T16:00:00Z", 0.95] }],
  },
  "delivered.en": {
    locale: "en", timeZone: NY, order: usOrder("#1044"),
    shipments: [{ id: "gid://shopify/Fulfillment/5104", carrier: UPS, trackingNumber: UPS_NO, scans: [...usOutForDelivery, ["2026-11-26T14:37:00-06:00", "delivered.safe_place", "Madison, WI, US"]] }],
  },
  "delivered.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2044"),
    shipments: [{ id: "gid://shopify/Fulfillment/6104", carrier: DPD, trackingNumber: DPD_NO, scans: [...frOutForDelivery, ["2026-11-25T12:52:00+01:00", "delivered.delivered", "Paris, FR"]] }],
  },
  "available-for-pickup.en": {
    locale: "en", timeZone: NY, order: usOrder("#1045", "2026-11-21T16:40:00-05:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/5105", carrier: UPS, trackingNumber: "1Z879E930346834440",
      scans: [...usTransit, ["2026-11-25T07:12:00-06:00", "in_transit.forwarded_to_pickup_point", "Madison, WI, US"], ["2026-11-25T13:05:00-06:00", "available_for_pickup.at_pickup_point", "UPS Access Point, 214 Green St, Madison, WI, US"]],
    }],
  },
  "available-for-pickup.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2045", "2026-11-21T10:02:00+01:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/6105", carrier: LA_POSTE, trackingNumber: "RB123456785FR",
      scans: [
        ["2026-11-21T15:30:00+01:00", "info_received.label_created", "Bordeaux, FR"],
        ["2026-11-21T18:10:00+01:00", "in_transit.picked_up", "Bordeaux, FR"],
        ["2026-11-22T04:45:00+01:00", "in_transit.arrived_at_facility", "Cestas, FR"],
        ["2026-11-24T09:02:00+01:00", "in_transit.forwarded_to_pickup_point", "Paris, FR"],
        ["2026-11-24T15:20:00+01:00", "available_for_pickup.at_pickup_point", "Bureau de poste Paris Louvre, FR"],
      ],
    }],
  },
  "weather-delay.en": {
    locale: "en", timeZone: NY, order: usOrder("#1046", "2026-11-22T20:14:55-05:00"),
    shipments: [{ id: "gid://shopify/Fulfillment/5106", carrier: UPS, trackingNumber: UPS_NO, scans: [...usTransit, ["2026-11-25T06:30:00-06:00", "in_transit.delay_weather", "Chicago, IL, US"]], predicted: ["2026-11-30T17:00:00Z", "2026-12-01T22:00:00Z", 0.6] }],
  },
  "weather-delay.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2046"),
    shipments: [{ id: "gid://shopify/Fulfillment/6106", carrier: DPD, trackingNumber: DPD_NO, scans: [...frTransit, ["2026-11-24T14:00:00+01:00", "in_transit.delay_weather", "Lyon, FR"]], predicted: ["2026-11-27T09:00:00Z", "2026-11-30T17:00:00Z", 0.6] }],
  },
  "customs-hold.en": {
    locale: "en", timeZone: NY, order: usOrder("#1047", "2026-11-19T09:12:00-05:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/5107", carrier: DHL_EXPRESS, trackingNumber: "3318810025",
      scans: [
        ["2026-11-19T10:00:00+00:00", "info_received.label_created", "London, GB"],
        ["2026-11-19T16:30:00+00:00", "in_transit.picked_up", "London, GB"],
        ["2026-11-19T22:10:00+00:00", "in_transit.export_cleared", "East Midlands, GB"],
        ["2026-11-20T01:45:00+00:00", "in_transit.departed_origin_country", "East Midlands, GB"],
        ["2026-11-20T07:20:00-05:00", "in_transit.arrived_in_destination_country", "New York, NY, US"],
        ["2026-11-20T11:05:00-05:00", "exception.customs_hold", "New York, NY, US"],
      ],
    }],
  },
  "customs-hold.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2047", "2026-11-19T08:40:00+01:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/6107", carrier: DHL_EXPRESS, trackingNumber: "73891051146", predicted: ["2026-11-24T09:00:00Z", "2026-11-25T17:00:00Z", 0.55],
      scans: [
        ["2026-11-19T09:30:00-05:00", "info_received.label_created", "Newark, NJ, US"],
        ["2026-11-19T17:05:00-05:00", "in_transit.picked_up", "Newark, NJ, US"],
        ["2026-11-19T22:40:00-05:00", "in_transit.export_cleared", "Cincinnati, OH, US"],
        ["2026-11-20T01:15:00-05:00", "in_transit.departed_origin_country", "Cincinnati, OH, US"],
        ["2026-11-20T14:10:00+01:00", "in_transit.arrived_in_destination_country", "Roissy-en-France, FR"],
        ["2026-11-20T16:45:00+01:00", "exception.customs_hold", "Roissy-en-France, FR"],
      ],
    }],
  },
  "failed-attempt.en": {
    locale: "en", timeZone: NY, order: usOrder("#1048", "2026-11-22T12:30:00-05:00"),
    shipments: [{ id: "gid://shopify/Fulfillment/5108", carrier: UPS, trackingNumber: UPS_NO, scans: [...usOutForDelivery, ["2026-11-26T14:14:00-06:00", "failed_attempt.recipient_unavailable", "Madison, WI, US"]], predicted: ["2026-11-27T19:00:00Z", "2026-11-27T23:00:00Z", 0.7] }],
  },
  "failed-attempt.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2048"),
    shipments: [{ id: "gid://shopify/Fulfillment/6108", carrier: DPD, trackingNumber: DPD_NO, scans: [...frOutForDelivery, ["2026-11-25T14:14:00+01:00", "failed_attempt.notice_left", "Paris, FR"]], predicted: ["2026-11-26T09:00:00Z", "2026-11-26T16:00:00Z", 0.7] }],
  },
  "address-issue.en": {
    locale: "en", timeZone: NY, order: usOrder("#1049", "2026-11-22T12:30:00-05:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/5109", carrier: USPS, trackingNumber: "9400111206206406260787",
      scans: [
        ["2026-11-22T16:00:00-05:00", "info_received.label_created", "Brooklyn, NY, US"],
        ["2026-11-22T18:20:00-05:00", "in_transit.accepted", "Brooklyn, NY, US"],
        ["2026-11-23T03:40:00-05:00", "in_transit.arrived_at_facility", "Jersey City, NJ, US"],
        ["2026-11-25T06:10:00-05:00", "in_transit.arrived_at_delivery_facility", "Boston, MA, US"],
        ["2026-11-25T11:32:00-05:00", "exception.address_incorrect", "Boston, MA, US"],
      ],
    }],
  },
  "address-issue.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2049"),
    shipments: [{
      id: "gid://shopify/Fulfillment/6109", carrier: LA_POSTE, trackingNumber: "RB987654321FR",
      scans: [
        ["2026-11-22T11:00:00+01:00", "info_received.label_created", "Bordeaux, FR"],
        ["2026-11-22T17:40:00+01:00", "in_transit.accepted", "Bordeaux, FR"],
        ["2026-11-23T03:15:00+01:00", "in_transit.arrived_at_facility", "Cestas, FR"],
        ["2026-11-24T06:30:00+01:00", "in_transit.arrived_at_delivery_facility", "Lille, FR"],
        ["2026-11-24T11:48:00+01:00", "exception.address_incorrect", "Lille, FR"],
      ],
    }],
  },
  "lost.en": {
    locale: "en", timeZone: NY, order: usOrder("#1050", "2026-11-10T10:00:00-05:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/5110", carrier: UPS, trackingNumber: UPS_NO, alerts: ["exception.missing_scans", "exception.lost"],
      scans: [
        ["2026-11-10T15:02:00-05:00", "info_received.label_created", "Brooklyn, NY, US"],
        ["2026-11-10T19:40:00-05:00", "in_transit.picked_up", "Brooklyn, NY, US"],
        ["2026-11-11T02:15:00-05:00", "in_transit.departed_facility", "Secaucus, NJ, US"],
        ["2026-11-18T09:00:00-05:00", "exception.missing_scans", null],
        ["2026-11-24T10:30:00-05:00", "exception.lost", null],
      ],
    }],
  },
  "lost.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2050", "2026-11-10T09:00:00+01:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/6110", carrier: DPD, trackingNumber: DPD_NO, alerts: ["exception.missing_scans", "exception.lost"],
      scans: [
        ["2026-11-10T10:12:00+01:00", "info_received.label_created", "Marseille, FR"],
        ["2026-11-10T17:45:00+01:00", "in_transit.picked_up", "Marseille, FR"],
        ["2026-11-10T23:30:00+01:00", "in_transit.departed_facility", "Vitrolles, FR"],
        ["2026-11-17T09:00:00+01:00", "exception.missing_scans", null],
        ["2026-11-24T10:30:00+01:00", "exception.lost", null],
      ],
    }],
  },
  "return.en": {
    locale: "en", timeZone: NY, order: usOrder("#1051", "2026-11-12T10:00:00-05:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/5111", carrier: UPS, trackingNumber: UPS_NO,
      scans: [
        ...earlier(usOutForDelivery),
        ["2026-11-16T14:10:00-06:00", "failed_attempt.recipient_unavailable", "Madison, WI, US"],
        ["2026-11-17T13:55:00-06:00", "failed_attempt.recipient_unavailable", "Madison, WI, US"],
        ["2026-11-20T09:00:00-06:00", "returning.undeliverable", "Madison, WI, US"],
      ],
    }],
  },
  "return.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2051", "2026-11-12T18:00:00+01:00"),
    shipments: [{
      id: "gid://shopify/Fulfillment/6111", carrier: DPD, trackingNumber: DPD_NO,
      scans: [...earlier(frOutForDelivery), ["2026-11-15T14:14:00+01:00", "failed_attempt.notice_left", "Paris, FR"], ["2026-11-24T09:30:00+01:00", "returning.unclaimed", "Paris, FR"]],
    }],
  },
  "multi-shipment.en": {
    locale: "en", timeZone: NY, order: usOrder("#1052", "2026-11-21T09:00:00-05:00"), now: "2026-11-26T23:00:00Z",
    shipments: [
      { id: "gid://shopify/Fulfillment/5112", carrier: UPS, trackingNumber: UPS_NO, scans: [...usOutForDelivery, ["2026-11-26T14:37:00-06:00", "delivered.delivered", "Madison, WI, US"]] },
      {
        id: "gid://shopify/Fulfillment/5113", carrier: USPS, trackingNumber: "9400111206206406260787", predicted: ["2026-11-30T17:00:00Z", "2026-12-01T22:00:00Z", 0.75],
        scans: [
          ["2026-11-25T16:00:00-05:00", "info_received.label_created", "Newark, NJ, US"],
          ["2026-11-25T18:20:00-05:00", "in_transit.accepted", "Newark, NJ, US"],
          ["2026-11-26T03:40:00-05:00", "in_transit.arrived_at_facility", "Kearny, NJ, US"],
        ],
      },
    ],
  },
  "multi-shipment.fr": {
    locale: "fr", timeZone: PARIS, order: frOrder("#2052", "2026-11-21T09:00:00+01:00"), now: "2026-11-25T15:00:00Z",
    shipments: [
      { id: "gid://shopify/Fulfillment/6112", carrier: DPD, trackingNumber: DPD_NO, scans: [...frOutForDelivery, ["2026-11-25T12:52:00+01:00", "delivered.delivered", "Paris, FR"]] },
      {
        id: "gid://shopify/Fulfillment/6113", carrier: LA_POSTE, trackingNumber: "RB123456785FR", predicted: ["2026-11-27T09:00:00Z", "2026-11-28T17:00:00Z", 0.75],
        scans: [
          ["2026-11-24T15:30:00+01:00", "info_received.label_created", "Bordeaux, FR"],
          ["2026-11-24T18:10:00+01:00", "in_transit.picked_up", "Bordeaux, FR"],
          ["2026-11-25T04:45:00+01:00", "in_transit.arrived_at_facility", "Cestas, FR"],
        ],
      },
    ],
  },
  "no-tracking.en": { locale: "en", timeZone: NY, order: usOrder("#1053", "2026-11-24T08:15:00-05:00"), shipments: [] },
  "no-tracking.fr": { locale: "fr", timeZone: PARIS, order: frOrder("#2053", "2026-11-24T08:15:00+01:00"), shipments: [] },
};
