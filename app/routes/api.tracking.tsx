// GET /api/tracking?order=<Order GID>[&surface=thank-you][&locale=][&tz=]: the widget API
// (app/services/widget-api.server.ts). OPTIONS (CORS preflight) reaches the action.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { widgetApi } from "../services/widget-api.server";

export const loader = ({ request }: LoaderFunctionArgs) => widgetApi(request);
export const action = ({ request }: LoaderFunctionArgs) => widgetApi(request);
