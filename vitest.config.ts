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
          include: ["app/**/*.test.ts", "bench/**/*.test.ts", "tests/unit/**/*.test.ts", "extensions/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: "services", include: ["tests/services/**/*.test.ts"], testTimeout: 60_000, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});
