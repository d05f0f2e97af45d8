import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider as ShopifyAppProvider } from "@shopify/shopify-app-remix/react";
import { AppProvider as PolarisAppProvider, Box, InlineStack, Text } from "@shopify/polaris";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import en from "@shopify/polaris/locales/en.json";
import { adminContext } from "../services/admin-context.server";
import { env } from "../env.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

const NAV = [
  { to: "/app", label: "Dashboard" },
  { to: "/app/shipments", label: "Shipments" },
  { to: "/app/settings", label: "Alert settings" },
];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const ctx = await adminContext(request);
  return { apiKey: env().apiKey, demo: ctx.demo, shopName: ctx.shop.name };
};

export default function App() {
  const { apiKey, demo, shopName } = useLoaderData<typeof loader>();
  if (demo) {
    // Outside Shopify admin there is no App Bridge: Polaris alone, with a plain navigation bar.
    return (
      <PolarisAppProvider i18n={en}>
        <Box background="bg-surface" padding="300" borderBlockEndWidth="025" borderColor="border">
          <InlineStack gap="400" blockAlign="center">
            <Text as="span" variant="headingMd">
              Porchlight
            </Text>
            {NAV.map((n) => (
              <Link key={n.to} to={n.to}>
                {n.label}
              </Link>
            ))}
            <Text as="span" tone="subdued">
              Demo shop: {shopName}
            </Text>
          </InlineStack>
        </Box>
        <Outlet />
      </PolarisAppProvider>
    );
  }
  return (
    <ShopifyAppProvider isEmbeddedApp apiKey={apiKey}>
      <NavMenu>
        {NAV.map((n) => (
          <Link key={n.to} to={n.to} rel={n.to === "/app" ? "home" : undefined}>
            {n.label}
          </Link>
        ))}
      </NavMenu>
      <Outlet />
    </ShopifyAppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
