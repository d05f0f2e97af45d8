import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, Checkbox, InlineGrid, Layout, Page, Select, Text, TextField } from "@shopify/polaris";
import { useState } from "react";
import { adminContext } from "../services/admin-context.server";
import { loadShopSettings, saveShopSettings, settingsFromForm } from "../services/shop-settings.server";
import { RULES } from "../tracking/pitfalls";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await adminContext(request);
  return { settings: await loadShopSettings(shop.id), rules: RULES };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop } = await adminContext(request);
  await saveShopSettings(shop.id, settingsFromForm(await request.formData()));
  return { saved: true };
};

const UNIT_LABEL: Record<string, string> = { hours: "hours", days: "days", multiplier: "×", probability: "probability (0–1)", count: "count" };

function Field(props: { name: string; unit: string; value: unknown; min?: number; max?: number; options?: readonly string[]; label?: string }) {
  const { name, unit, value, min, max, options } = props;
  const [v, setV] = useState(String(value));
  const label = props.label ?? name.split(".")[1];
  if (unit === "flag") {
    return <Checkbox label={label === "enabled" ? "On" : label} name={name} checked={v === "true"} onChange={(c) => setV(String(c))} />;
  }
  if (unit === "severity") {
    return <Select label="Minimum severity" name={name} options={(options ?? []).map((o) => ({ label: o, value: o }))} value={v} onChange={setV} />;
  }
  // step 0.01: probabilities and multipliers are fractional, and a value off the step blocks the form.
  return <TextField label={`${label} (${UNIT_LABEL[unit] ?? unit})`} name={name} type="number" step={0.01} value={v} onChange={setV} min={min} max={max} autoComplete="off" />;
}

export default function Settings() {
  const { settings, rules } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>()?.saved;
  const busy = useNavigation().state === "submitting";
  const values = settings.pitfalls as unknown as Record<string, Record<string, unknown>>;
  return (
    <Page title="Alert settings" backAction={{ content: "Dashboard", url: "/app" }}>
      <Form method="post">
        <Layout>
          {saved && (
            <Layout.Section>
              <Banner tone="success" title="Settings saved" />
            </Layout.Section>
          )}
          <Layout.Section>
            <Card>
              <Field
                name="syncBack"
                unit="flag"
                value={settings.syncBack}
                label="Post tracking updates to Shopify (fulfillment events), so Shopify's order status page and emails agree"
              />
            </Card>
          </Layout.Section>
          {rules.map((r) => (
            <Layout.Section key={r.rule}>
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm">
                    {r.title}
                  </Text>
                  <Text as="p" tone="subdued">
                    {r.description}
                  </Text>
                  <InlineGrid columns={{ xs: 1, md: 3 }} gap="300">
                    {r.settings.map((s) => (
                      <Field key={s.key} name={`${r.rule}.${s.key}`} unit={s.unit} value={values[r.rule]?.[s.key] ?? s.default} min={s.min} max={s.max} options={s.options} />
                    ))}
                  </InlineGrid>
                </BlockStack>
              </Card>
            </Layout.Section>
          ))}
          <Layout.Section>
            <Button submit variant="primary" loading={busy}>
              Save
            </Button>
          </Layout.Section>
        </Layout>
      </Form>
    </Page>
  );
}
