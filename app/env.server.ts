// The environment, parsed once at start-up. A missing or wrong variable stops the app with a
// message that names it. Demo defaults apply only in demo mode (PORCHLIGHT_DEMO=1).
import { z } from "zod";

export const DEMO_API_KEY = "porchlight-demo-key";
export const DEMO_API_SECRET = "porchlight-demo-secret";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORCHLIGHT_DEMO: z.enum(["0", "1"]).default("0"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("localhost"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./prisma/dev.sqlite"),
  SHOPIFY_API_KEY: z.string().min(1).optional(),
  SHOPIFY_API_SECRET: z.string().min(1).optional(),
  SHOPIFY_APP_URL: z.string().url().optional(),
  SCOPES: z
    .string()
    .default("read_orders,read_fulfillments,write_fulfillments,read_merchant_managed_fulfillment_orders,write_merchant_managed_fulfillment_orders,read_third_party_fulfillment_orders,write_third_party_fulfillment_orders,read_customers"),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  /** Where the app's Admin API calls go; the demo points it at the local stand-in. */
  SHOPIFY_ADMIN_API_URL: z.string().url().optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  JOBS: z.enum(["inline", "bullmq"]).default("inline"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** 32 bytes, base64: encrypts carrier credentials at rest. Required once a shop adds a carrier account. */
  PORCHLIGHT_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)")
    .optional(),
});

export type Env = z.infer<typeof schema> & {
  demo: boolean;
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  provider: "sqlite" | "postgresql";
};

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new EnvError(`Invalid environment: ${problems}`);
  }
  const env = result.data;
  const demo = env.PORCHLIGHT_DEMO === "1";
  if (demo && env.NODE_ENV === "production" && env.SHOPIFY_API_KEY && env.SHOPIFY_API_SECRET) {
    throw new EnvError(
      "Refusing to start demo mode with real Shopify credentials and NODE_ENV=production: demo mode opens the admin without a Shopify login.",
    );
  }
  if (!demo && env.NODE_ENV === "production" && (!env.SHOPIFY_API_KEY || !env.SHOPIFY_API_SECRET)) {
    throw new EnvError("SHOPIFY_API_KEY and SHOPIFY_API_SECRET are required in production (or run the demo: PORCHLIGHT_DEMO=1).");
  }
  if (env.JOBS === "bullmq" && !env.REDIS_URL) throw new EnvError("REDIS_URL is required when JOBS=bullmq.");
  return {
    ...env,
    demo,
    apiKey: env.SHOPIFY_API_KEY ?? DEMO_API_KEY,
    apiSecret: env.SHOPIFY_API_SECRET ?? DEMO_API_SECRET,
    appUrl: env.SHOPIFY_APP_URL ?? `http://${env.HOST}:${env.PORT}`,
    provider: env.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql",
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
