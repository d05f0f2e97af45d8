import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Three suites: `unit` needs no services (npm test); `services` talks to PostgreSQL and Redis
// (npm run test:services); `e2e` drives the demo in Chromium (npm run test:e2e).
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.ts", "bench/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/data/**/*.test.ts", "extensions/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "services",
          // The data-layer tests again, on PostgreSQL, plus the Redis-backed suites.
          include: ["tests/data/**/*.test.ts", "tests/services/**/*.test.ts"],
          env: { PORCHLIGHT_TEST_DB: "postgresql" },
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});
