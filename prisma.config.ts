import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate; migrate deploy/status where Prisma's engine is available).
// The application applies migrations itself: see lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tirta" },
});
