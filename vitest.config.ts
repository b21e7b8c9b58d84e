import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const emptyModule = fileURLToPath(new URL("./tests/fixtures/empty-module.ts", import.meta.url));

// Two projects: `unit` (pure logic, fast) and `integration` (a real database: in-memory PGlite
// by default, the PostgreSQL server named by DATABASE_URL when set). On PostgreSQL several test
// files run at once against one database, so each test makes its own uniquely-named data and no
// test truncates or resets shared tables.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      // Domain modules start with `import "server-only"`; outside Next.js that import is a no-op.
      { find: /^server-only$/, replacement: emptyModule },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
