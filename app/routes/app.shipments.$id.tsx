import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Badge, BlockStack, Card, DataTable, Layout, Page, Text } from "@shopify/polaris";
import { adminContext } from "../services/admin-context.server";
import { shipmentDetail } from "../services/shipments.server";
import { MilestoneBadge } from "../components/MilestoneBadge";
import { eventMessage, localScanTime } from "../components/labels";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { shop } = await adminContext(request);
  const s = await shipmentDetail(shop.id, params.id ?? "");
  if (!s) throw new Response("Shipment not found", { status: 404 });
  return {
    order: s.order.name,
    trackingNumber: s.trackingNumber,
    carrier: s.carrier,
    service: s.service,
    milestone: s.milestone,
    statusCode: s.statusCode,
    carrierEta: s.carrierEta?.toISOString() ?? null,
    events: s.events.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      utcOffset: e.utcOffset,
      code: e.code,
      location: e.location,
      rawText: e.rawText,
    })),
    alerts: s.alerts.map((a) => ({ id: a.id, rule: a.rule, family: a.family, severity: a.severity, status: a.status })),
  };
};

export default function ShipmentPage() {
  const s = useLoaderData<typeof loader>();
  return (
    <Page title={`${s.order} · ${s.trackingNumber}`} backAction={{ content: "Shipments", url: "/app/shipments" }}>
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <MilestoneBadge milestone={s.milestone} />
              <Text as="p">
                Carrier: {s.carrier ?? "unknown"}
                {s.service ? ` (${s.service})` : ""} · status code {s.statusCode}
              </Text>
              {s.carrierEta && <Text as="p">Carrier estimate: {s.carrierEta.slice(0, 10)}</Text>}
              {s.alerts.map((a) => (
                <Badge key={a.id} tone={a.status === "open" ? "critical" : undefined}>
                  {`${a.rule} (${a.status})`}
                </Badge>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <DataTable
              columnContentTypes={["text", "text", "text", "text", "text"]}
              headings={["When (local)", "What happened", "Event code", "Location", "Carrier said"]}
              rows={s.events.map((e) => [
                localScanTime(e.occurredAt, e.utcOffset),
                eventMessage(e.code),
                e.code,
                e.location ?? "—",
                e.rawText ?? "—",
              ])}
            />
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
