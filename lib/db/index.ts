import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openDatabase, type Database, type DatabaseTarget } from "./connect";
import { pendingMigrations } from "./migrations";

export type { Database } from "./connect";

// One database per process, shared by every bundle Next.js builds (instrumentation, routes,
// server actions), so it lives on globalThis rather than in module scope.
const holder = globalThis as unknown as { __tirtaDb?: Database; __tirtaReady?: Promise<void> };

export function targetFromEnv(): DatabaseTarget {
  const e = env();
  return e.DATABASE_URL
    ? { kind: "postgres", url: e.DATABASE_URL }
    : { kind: "pglite", dir: e.PGLITE_DATA_DIR === "memory" ? null : e.PGLITE_DATA_DIR };
}

export function database(): Database {
  holder.__tirtaDb ??= openDatabase(targetFromEnv());
  return holder.__tirtaDb;
}

export function getPrisma(): PrismaClient {
  return database().prisma;
}

/** Applies pending migrations once per process. */
export function ensureMigrated(): Promise<void> {
  holder.__tirtaReady ??= database()
    .migrate()
    .then((report) => {
      if (report.applied.length > 0) console.info(`[db] migrasi diterapkan: ${report.applied.join(", ")}`);
    })
    .catch((error: unknown) => {
      holder.__tirtaReady = undefined;
      throw error;
    });
  return holder.__tirtaReady;
}

export interface DatabaseHealth {
  reachable: boolean;
  kind: Database["kind"];
  pendingMigrations: string[] | null;
  error?: string;
}

export async function databaseHealth(): Promise<DatabaseHealth> {
  const db = database();
  try {
    const pending = await pendingMigrations((sql) => db.prisma.$queryRawUnsafe(sql));
    return { reachable: true, kind: db.kind, pendingMigrations: pending };
  } catch (error) {
    return { reachable: false, kind: db.kind, pendingMigrations: null, error: (error as Error).message };
  }
}
