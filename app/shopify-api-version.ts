import { ApiVersion } from "@shopify/shopify-app-remix/server";

/** The Admin API version every call and webhook subscription uses (shopify.app.toml matches it). */
export const apiVersion = ApiVersion.July26;
