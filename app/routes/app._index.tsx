import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, BlockStack, Card, DataTable, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { adminContext } from "../services/admin-context.server";
import { loadDashboard, type Dashboard as DashboardData } from "../services/dashboard.server";
import { MilestoneBadge } from "../components/MilestoneBadge";
import { milestoneLabel } from "../components/labels";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await adminContext(request);
  return loadDashboard(shop.id);
};

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm" tone="subdued">
          {label}
        </Text>
        <Text as="p" variant="heading2xl" id={`stat-${label.toLowerCase().replace(/\s+/g, "-")}`}>
          {value.toLocaleString("en")}
        </Text>
      </BlockStack>
    </Card>
  );
}

const SURFACE_LABELS: Record<string, string> = {
  "order-status": "Order status page",
  "thank-you": "Thank-you page",
  storefront: "Storefront tracking page",
};

function ShopperViewsCard({ views }: { views: DashboardData["shopperViews"] }) {
  return (
    <Card>
      <BlockStack gap="300">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            Shoppers who checked their tracking
          </Text>
          <Text as="p" tone="subdued">
            {`Last ${views.days} days: each view is a "where is my order?" question answered without asking you.`}
          </Text>
        </BlockStack>
        {views.total === 0 ? (
          <Text as="p">No shopper has opened a tracking widget yet. Add the blocks to the order status and Thank-you pages in the checkout editor.</Text>
        ) : (
          <>
            <InlineGrid columns={{ xs: 1, md: 3 }} gap="400">
              <Figure id="views-total" label="Tracking views" value={views.total} />
              <Figure id="views-orders" label="Orders looked up" value={views.orders} />
              <Figure id="views-trouble" label="Views while a parcel was in trouble" value={views.whileInTrouble} />
            </InlineGrid>
            <DataTable
              columnContentTypes={["text", "numeric"]}
              headings={["Where", "Views"]}
              rows={views.bySurface.map((v) => [SURFACE_LABELS[v.surface] ?? v.surface, v.count.toLocaleString("en")])}
            />
          </>
        )}
      </BlockStack>
    </Card>
  );
}

function Figure({ id, label, value }: { id: string; label: string; value: number }) {
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm" tone="subdued">
        {label}
      </Text>
      <Text as="p" variant="headingXl" id={id}>
        {value.toLocaleString("en")}
      </Text>
    </BlockStack>
  );
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  return (
    <Page title="Delivery overview">
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, md: 4 }} gap="400">
            <Stat label="Orders" value={d.totals.orders} />
            <Stat label="Shipments" value={d.totals.shipments} />
            <Stat label="Being tracked" value={d.totals.active} />
            <Stat label="Open alerts" value={d.totals.openAlerts} />
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <ShopperViewsCard views={d.shopperViews} />
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Shipments by status
              </Text>
              <DataTable
                columnContentTypes={["text", "numeric"]}
                headings={["Status", "Shipments"]}
                rows={d.byMilestone.map((m) => [
                  <Link key={m.milestone} to={`/app/shipments?milestone=${m.milestone}`}>
                    {milestoneLabel(m.milestone)}
                  </Link>,
                  m.count,
                ])}
              />
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Needs attention
              </Text>
              {d.atRisk.length === 0 ? (
                <Text as="p">No shipment needs attention.</Text>
              ) : (
                <DataTable
                  columnContentTypes={["text", "text", "text", "text"]}
                  headings={["Order", "Tracking number", "Carrier", "Status"]}
                  rows={d.atRisk.map((s) => [
                    <Link key={s.shipmentId} to={`/app/shipments/${s.shipmentId}`}>
                      {s.order}
                    </Link>,
                    s.trackingNumber,
                    s.carrier ?? "—",
                    <MilestoneBadge key="b" milestone={s.milestone} />,
                  ])}
                />
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Carrier performance
              </Text>
              <DataTable
                columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric"]}
                headings={["Carrier", "Shipments", "Delivered", "Exceptions", "Avg. transit (days)"]}
                rows={d.carriers.map((c) => [c.carrier, c.shipments, c.delivered, c.exceptions, c.avgTransitDays ?? "—"])}
              />
              {d.alertsByFamily.length > 0 && (
                <BlockStack gap="100">
                  <Text as="h3" variant="headingSm">
                    Open alerts by cause
                  </Text>
                  <div>
                    {d.alertsByFamily.map((a) => (
                      <span key={a.family} style={{ marginRight: 8 }}>
                        <Badge tone="warning">{`${a.family.replace(/_/g, " ")}: ${a.count}`}</Badge>
                      </span>
                    ))}
                  </div>
                </BlockStack>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
