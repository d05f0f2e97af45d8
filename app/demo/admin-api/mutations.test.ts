import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStandInOrders } from "./fixtures";
import { clientError, startStandIn, type StandIn } from "./test-server";

const orders = makeStandInOrders(60, 5);
const order = orders.find((o) => o.fulfillment_status === "fulfilled" && o.fulfillments.length === 1)!;
const fulfillment = order.fulfillments[0];
const fulfillmentGid = `gid://shopify/Fulfillment/${fulfillment.id}`;

const CREATE = /* GraphQL */ `
  mutation Create($event: FulfillmentEventInput!) {
    fulfillmentEventCreate(fulfillmentEvent: $event) {
      fulfillmentEvent { id status happenedAt message estimatedDeliveryAt }
      userErrors { field message }
    }
  }
`;

interface CreateResult {
  fulfillmentEventCreate: {
    fulfillmentEvent: { id: string; status: string; happenedAt: string; message: string | null; estimatedDeliveryAt: string | null } | null;
    userErrors: Array<{ field: string[] | null; message: string }>;
  };
}

let s: StandIn;
beforeAll(async () => {
  s = await startStandIn(orders, { flowTriggerHandles: ["porchlight-delivery-exception"] });
});
afterAll(async () => {
  await s.api.close();
});

describe("fulfillmentEventCreate", () => {
  it("records the event on the fulfillment and returns it; the fulfillment's status fields follow", async () => {
    const client = s.client();
    const inTransit = await client.rawRequest<CreateResult>(CREATE, {
      event: {
        fulfillmentId: fulfillmentGid,
        status: "IN_TRANSIT",
        happenedAt: "2026-10-02T09:15:00-04:00",
        message: "Departed facility, Louisville KY",
        city: "Louisville",
        province: "KY",
        country: "US",
        estimatedDeliveryAt: "2026-10-04T21:00:00Z",
      },
    });
    expect((inTransit.extensions as { cost: { requestedQueryCost: number } }).cost.requestedQueryCost).toBe(10);
    const created = inTransit.data.fulfillmentEventCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.fulfillmentEvent).toEqual({
      id: expect.stringMatching(/^gid:\/\/shopify\/FulfillmentEvent\/\d+$/),
      status: "IN_TRANSIT",
      happenedAt: "2026-10-02T13:15:00Z",
      message: "Departed facility, Louisville KY",
      estimatedDeliveryAt: "2026-10-04T21:00:00Z",
    });
    await client.request<CreateResult>(CREATE, { event: { fulfillmentId: fulfillmentGid, status: "DELIVERED", happenedAt: "2026-10-04T15:02:00Z" } });

    const recorded = s.store.fulfillmentEvents().filter((e) => e.fulfillmentId === fulfillmentGid);
    expect(recorded.map((e) => [e.status, e.happenedAt, e.city])).toEqual([
      ["IN_TRANSIT", "2026-10-02T13:15:00Z", "Louisville"],
      ["DELIVERED", "2026-10-04T15:02:00Z", null],
    ]);
    expect(recorded[0].orderId).toBe(`gid://shopify/Order/${order.id}`);
    expect(s.store.order(order.id)!.fulfillments[0].shipment_status).toBe("delivered");

    const { fulfillment: f } = await client.request<{ fulfillment: Record<string, unknown> }>(
      `query($id: ID!) { fulfillment(id: $id) { displayStatus inTransitAt deliveredAt estimatedDeliveryAt events(first: 10) { nodes { status happenedAt message } } } }`,
      { id: fulfillmentGid },
    );
    expect(f).toEqual({
      displayStatus: "DELIVERED",
      inTransitAt: "2026-10-02T13:15:00Z",
      deliveredAt: "2026-10-04T15:02:00Z",
      estimatedDeliveryAt: "2026-10-04T21:00:00Z",
      events: {
        nodes: [
          { status: "IN_TRANSIT", happenedAt: "2026-10-02T13:15:00Z", message: "Departed facility, Louisville KY" },
          { status: "DELIVERED", happenedAt: "2026-10-04T15:02:00Z", message: null },
        ],
      },
    });
  });

  it("an event without happenedAt happened now, on the shop's clock", async () => {
    const other = orders.find((o) => o.fulfillments.length > 0 && o.id !== order.id)!;
    s.clock.ms = Date.parse("2026-11-02T08:00:00Z");
    const res = await s.client().request<CreateResult>(CREATE, {
      event: { fulfillmentId: `gid://shopify/Fulfillment/${other.fulfillments[0].id}`, status: "OUT_FOR_DELIVERY" },
    });
    expect(res.fulfillmentEventCreate.fulfillmentEvent?.happenedAt).toBe("2026-11-02T08:00:00Z");
  });

  it("answers userErrors, and records nothing, for a fulfillment that does not exist", async () => {
    const before = s.store.fulfillmentEvents().length;
    for (const fulfillmentId of ["gid://shopify/Fulfillment/999", "gid://shopify/Order/" + order.id, "not-a-gid"]) {
      const res = await s.client().request<CreateResult>(CREATE, { event: { fulfillmentId, status: "DELIVERED" } });
      expect(res.fulfillmentEventCreate).toEqual({
        fulfillmentEvent: null,
        userErrors: [{ field: ["fulfillmentEvent", "fulfillmentId"], message: "Fulfillment does not exist." }],
      });
    }
    expect(s.store.fulfillmentEvents()).toHaveLength(before);
  });

  it("rejects a status 2026-07 does not have (PICKED_UP) and a missing status before anything runs", async () => {
    const before = s.store.fulfillmentEvents().length;
    const picked = await clientError(s.client().request(CREATE, { event: { fulfillmentId: fulfillmentGid, status: "PICKED_UP" } }));
    expect(picked.response.errors?.[0].message).toMatch(/PICKED_UP/);
    const missing = await clientError(s.client().request(CREATE, { event: { fulfillmentId: fulfillmentGid } }));
    expect(missing.response.errors?.[0].message).toMatch(/status/);
    const badTime = await clientError(s.client().request(CREATE, { event: { fulfillmentId: fulfillmentGid, status: "DELAYED", happenedAt: "yesterday" } }));
    expect(badTime.response.errors?.[0].message).toMatch(/DateTime/);
    expect(s.store.fulfillmentEvents()).toHaveLength(before);
  });
});

describe("flowTriggerReceive", () => {
  const TRIGGER = `mutation($handle: String, $payload: JSON) { flowTriggerReceive(handle: $handle, payload: $payload) { userErrors { field message } } }`;

  it("records the handle and payload it received", async () => {
    const payload = { "Order ID": `gid://shopify/Order/${order.id}`, issue: "failed_delivery_attempt", attempts: 2, tracking: { number: "1Z999", carrier: "ups" } };
    const res = await s.client().request<{ flowTriggerReceive: { userErrors: unknown[] } }>(TRIGGER, { handle: "porchlight-delivery-exception", payload });
    expect(res.flowTriggerReceive.userErrors).toEqual([]);
    expect(s.store.flowTriggers().at(-1)).toEqual({ handle: "porchlight-delivery-exception", payload, body: null, receivedAt: expect.any(String) });
  });

  it("takes an inline JSON literal payload too", async () => {
    await s.client().request(`mutation { flowTriggerReceive(handle: "porchlight-delivery-exception", payload: { stage: "delivered", late: false }) { userErrors { message } } }`);
    expect(s.store.flowTriggers().at(-1)?.payload).toEqual({ stage: "delivered", late: false });
  });

  it("refuses an unknown handle and a payload that is not an object, recording neither", async () => {
    const before = s.store.flowTriggers().length;
    const unknown = await s.client().request<{ flowTriggerReceive: { userErrors: Array<{ field: string[] }> } }>(TRIGGER, { handle: "no-such-trigger", payload: {} });
    expect(unknown.flowTriggerReceive.userErrors[0].field).toEqual(["handle"]);
    const notObject = await s.client().request<{ flowTriggerReceive: { userErrors: Array<{ field: string[] }> } }>(TRIGGER, {
      handle: "porchlight-delivery-exception",
      payload: [1, 2],
    });
    expect(notObject.flowTriggerReceive.userErrors[0].field).toEqual(["payload"]);
    expect(s.store.flowTriggers()).toHaveLength(before);
  });
});
