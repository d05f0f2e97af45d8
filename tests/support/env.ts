// Environment for tests that load the app: test credentials (not demo mode), so the real
// Shopify authentication paths run. Import this first in such a test file.
export const TEST_API_KEY = "test-api-key";
export const TEST_API_SECRET = "test-api-secret-for-hmac";

process.env.NODE_ENV = "test";
process.env.SHOPIFY_API_KEY = TEST_API_KEY;
process.env.SHOPIFY_API_SECRET = TEST_API_SECRET;
process.env.SHOPIFY_APP_URL = "https://porchlight.test";
delete process.env.PORCHLIGHT_DEMO;
// Encrypts carrier credentials in tests (32 bytes, base64).
process.env.PORCHLIGHT_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
