import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("gives the embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATABASE_URL: "file:./prisma/dev.sqlite", provider: "sqlite", JOBS: "inline", demo: false });
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("picks PostgreSQL from the URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@db:5432/p" }).provider).toBe("postgresql");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with file:/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ JOBS: "bullmq" })).toThrow(/REDIS_URL is required/);
  });

  it("requires real credentials in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(parseEnv({ NODE_ENV: "production", SHOPIFY_API_KEY: "k", SHOPIFY_API_SECRET: "s" }).apiSecret).toBe("s");
  });

  it("refuses demo mode with production credentials", () => {
    expect(() => parseEnv({ NODE_ENV: "production", PORCHLIGHT_DEMO: "1", SHOPIFY_API_KEY: "k", SHOPIFY_API_SECRET: "s" })).toThrow(/Refusing to start demo mode/);
  });

  it("lets SHOPIFY_API_SECRET from the environment win in demo mode", () => {
    expect(parseEnv({ PORCHLIGHT_DEMO: "1", SHOPIFY_API_SECRET: "mine" }).apiSecret).toBe("mine");
  });
});
