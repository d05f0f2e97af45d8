import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { env } from "../env.server";

// Shopify opens the app with ?shop=...: send it to the admin. In demo mode go straight there;
// otherwise show the login form.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop") || env().demo) throw redirect(`/app?${url.searchParams.toString()}`);
  throw redirect("/auth/login");
};
