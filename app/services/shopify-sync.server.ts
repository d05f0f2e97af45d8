// Telling Shopify what we know: each milestone change becomes a fulfillment event (when the
// merchant enabled sync-back) and, for the moments merchants automate on, a Flow trigger. Both
// run as jobs keyed by the event, so an event is posted once; failures retry with backoff.
import { db } from "../db.server";
import { queue } from "../jobs/index.server";
import { milestoneChanges, splitLocation } from "../tracking/shipment/transitions";
import { codeInfo, isEventCode, shopperMessage, type Milestone } from "../tracking/taxonomy";
import { adminClientFor, AdminApiError } from "./shopify-admin.server";

const FULFILLMENT_EVENT_CREATE = /* GraphQL */ `
  mutation PorchlightFulfillmentEvent($fulfillmentEvent: FulfillmentEventInput!) {
    fulfillmentEventCreate(fulfillmentEvent: $fulfillmentEvent) {
      fulfillmentEvent { id status happenedAt }
      userErrors { field message }
    }
  }
`;

const FLOW_TRIGGER_RECEIVE = /* GraphQL */ `
  mutation PorchlightFlowTrigger($handle: String!, $payload: JSON!) {
    flowTriggerReceive(handle: $handle, payload: $payload) {
      userErrors { field message }
    }
  }
`;

const FLOW_BY_MILESTONE: Partial<Record<Milestone, string>> = {
  out_for_delivery: "shipment-out-for-delivery",
  delivered: "shipment-delivered",
  available_for_pickup: "shipment-ready-for-pickup",
  failed_attempt: "delivery-attempt-failed",
  exception: "shipment-exception",
  returning: "shipment-exception",
};
const DELAY_FAMILIES = new Set(["delay", "weather", "capacity", "force_majeure"]);

export function flowHandlesFor(milestone: string, code: string, milestoneChanged: boolean): string[] {
  const handles: string[] = [];
  const byMilestone = FLOW_BY_MILESTONE[milestone as Milestone];
  if (milestoneChanged && byMilestone) handles.push(byMilestone);
  const family = isEventCode(code) ? codeInfo(code).pitfall : null;
  if (family && DELAY_FAMILIES.has(family)) handles.push("shipment-delayed");
  return handles;
}

/** After new events landed on a shipment: queue the sync-back and Flow triggers they call for. */
export async function onShipmentEvents(shipmentId: string, previousMilestone: Milestone | null, newEventIds: string[]): Promise<void> {
  if (!newEventIds.length) return;
  const prisma = db();
  const shipment = await prisma.shipment.findUnique({ where: { id: shipmentId }, include: { shop: true } });
  if (!shipment || shipment.shop.uninstalledAt) return;
  const events = await prisma.trackingEvent.findMany({ where: { id: { in: newEventIds } } });
  const changes = new Set(milestoneChanges(events, previousMilestone).map((e) => e.id));
  for (const e of events) {
    if (changes.has(e.id) && shipment.shop.syncBack) {
      await queue().enqueue({ name: "shopify.fulfillment-event", payload: { eventId: e.id }, dedupeKey: `fe:${e.id}` });
    }
    for (const handle of flowHandlesFor(e.milestone, e.code, changes.has(e.id))) {
      await queue().enqueue({ name: "shopify.flow-trigger", payload: { eventId: e.id, handle }, dedupeKey: `flow:${e.id}:${handle}` });
    }
  }
}

function gid(kind: string, id: string): string {
  return id.startsWith("gid://") ? id : `gid://shopify/${kind}/${id}`;
}

export async function postFulfillmentEvent(eventId: string): Promise<void> {
  const prisma = db();
  const e = await prisma.trackingEvent.findUnique({ where: { id: eventId }, include: { shipment: { include: { shop: true } } } });
  if (!e || e.shopifySyncedAt || !isEventCode(e.code)) return;
  const s = e.shipment;
  const admin = await adminClientFor(s.shop.domain);
  const eta = s.predictedTo ?? s.carrierEta;
  const { data } = await admin.request<{
    fulfillmentEventCreate: { fulfillmentEvent: { id: string } | null; userErrors: Array<{ field: string[] | null; message: string }> };
  }>(FULFILLMENT_EVENT_CREATE, {
    fulfillmentEvent: {
      fulfillmentId: gid("Fulfillment", s.fulfillmentId),
      status: codeInfo(e.code).shopifyStatus,
      happenedAt: e.occurredAt.toISOString(),
      message: shopperMessage(e.code, "en"),
      ...splitLocation(e.location),
      ...(eta ? { estimatedDeliveryAt: eta.toISOString() } : {}),
    },
  });
  const result = data.fulfillmentEventCreate;
  if (result.userErrors.length) {
    throw new AdminApiError(`fulfillmentEventCreate: ${result.userErrors.map((u) => u.message).join("; ")}`, "USER_ERROR");
  }
  await prisma.trackingEvent.update({ where: { id: eventId }, data: { shopifySyncedAt: new Date(), shopifyEventId: result.fulfillmentEvent?.id ?? null } });
}

export async function fireFlowTrigger(eventId: string, handle: string): Promise<void> {
  const prisma = db();
  const e = await prisma.trackingEvent.findUnique({ where: { id: eventId }, include: { shipment: { include: { shop: true, order: true } } } });
  if (!e || !isEventCode(e.code)) return;
  const s = e.shipment;
  const admin = await adminClientFor(s.shop.domain);
  const eta = s.predictedTo ?? s.carrierEta;
  const payload = {
    order_id: Number(s.order.shopifyId),
    "Tracking number": s.trackingNumber,
    Carrier: s.carrier ?? "",
    "Tracking URL": s.trackingUrl ?? "",
    Status: e.code,
    "Status message": shopperMessage(e.code, "en"),
    Pitfall: codeInfo(e.code).pitfall ?? "",
    "New ETA": eta ? eta.toISOString().slice(0, 10) : "",
    "Fulfillment ID": gid("Fulfillment", s.fulfillmentId),
  };
  const { data } = await admin.request<{ flowTriggerReceive: { userErrors: Array<{ message: string }> } }>(FLOW_TRIGGER_RECEIVE, { handle, payload });
  if (data.flowTriggerReceive.userErrors.length) {
    throw new AdminApiError(`flowTriggerReceive: ${data.flowTriggerReceive.userErrors.map((u) => u.message).join("; ")}`, "USER_ERROR");
  }
}
