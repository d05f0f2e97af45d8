import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Card, DataTable, Page, Pagination, Select, TextField, InlineStack, BlockStack, Text } from "@shopify/polaris";
import { useState } from "react";
import { adminContext } from "../services/admin-context.server";
import { listShipments } from "../services/shipments.server";
import { MilestoneBadge } from "../components/MilestoneBadge";
import { milestoneLabel } from "../components/labels";
import { MILESTONES } from "../tracking/taxonomy";

const PAGE_SIZE = 50;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await adminContext(request);
  const url = new URL(request.url);
  const milestone = url.searchParams.get("milestone") ?? "";
  const q = url.searchParams.get("q") ?? "";
  const page = Math.max(0, Number(url.searchParams.get("page") ?? 0) || 0);
  const { total, rows } = await listShipments(
    { shopId: shop.id, milestone: MILESTONES.includes(milestone as never) ? milestone : undefined, search: q || undefined },
    page,
    PAGE_SIZE,
  );
  return {
    total,
    page,
    milestone,
    q,
    rows: rows.map((s) => ({
      id: s.id,
      order: s.order.name,
      trackingNumber: s.trackingNumber,
      carrier: s.carrier,
      milestone: s.milestone,
      lastEventAt: s.lastEventAt?.toISOString() ?? null,
    })),
  };
};

export default function Shipments() {
  const d = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [q, setQ] = useState(d.q);
  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    navigate(`?${next.toString()}`);
  };
  return (
    <Page title="Shipments" backAction={{ content: "Dashboard", url: "/app" }}>
      <Card>
        <BlockStack gap="300">
          <InlineStack gap="300" blockAlign="end">
            <Select
              label="Status"
              options={[{ label: "All", value: "" }, ...MILESTONES.map((m) => ({ label: milestoneLabel(m), value: m }))]}
              value={d.milestone}
              onChange={(v) => go({ milestone: v, page: "" })}
            />
            <form
              onSubmit={(e) => {
                e.preventDefault();
                go({ q, page: "" });
              }}
            >
              <TextField label="Order or tracking number" value={q} onChange={setQ} autoComplete="off" />
            </form>
          </InlineStack>
          <Text as="p" tone="subdued">
            {d.total.toLocaleString("en")} shipments
          </Text>
          <DataTable
            columnContentTypes={["text", "text", "text", "text", "text"]}
            headings={["Order", "Tracking number", "Carrier", "Status", "Last scan"]}
            rows={d.rows.map((s) => [
              <Link key={s.id} to={`/app/shipments/${s.id}`}>
                {s.order}
              </Link>,
              s.trackingNumber,
              s.carrier ?? "—",
              <MilestoneBadge key="m" milestone={s.milestone} />,
              s.lastEventAt ? new Date(s.lastEventAt).toLocaleString("en", { timeZone: "UTC" }) + " UTC" : "—",
            ])}
          />
          <Pagination
            hasPrevious={d.page > 0}
            onPrevious={() => go({ page: String(d.page - 1) })}
            hasNext={(d.page + 1) * PAGE_SIZE < d.total}
            onNext={() => go({ page: String(d.page + 1) })}
          />
        </BlockStack>
      </Card>
    </Page>
  );
}
