import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveShopifyWebhook } from "../services/shopify-webhooks.server";

export const action = async ({ request }: ActionFunctionArgs) => receiveShopifyWebhook(request);
