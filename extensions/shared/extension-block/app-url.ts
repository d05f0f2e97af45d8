// Where the UI extensions find Porchlight's backend. The extension build replaces
// __PORCHLIGHT_APP_URL__ with PORCHLIGHT_APP_URL, SHOPIFY_APP_URL or shopify.app.toml's
// application_url; unbuilt code (tests) falls back to the placeholder host.
declare const __PORCHLIGHT_APP_URL__: string | undefined;

export const APP_URL: string =
  typeof __PORCHLIGHT_APP_URL__ === "string" ? __PORCHLIGHT_APP_URL__ : "https://porchlight.example.com";
