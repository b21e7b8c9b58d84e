import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { lockDataDir } from "./lock";
import { applyMigrations, type MigrationReport, type SqlSession } from "./migrations";

/** One database: the Prisma client plus a raw session for migrations and health checks. */
export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Raw SQL on one connection (multi-statement exec; parameterised query). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolMax?: number }
  | { kind: "pglite"; dir: string | null /* null: in memory */ };

export function openDatabase(target: DatabaseTarget): Database {
  if (target.kind === "postgres") {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: target.url, max: target.poolMax ?? 10 }),
    });
    const withSession = async <T>(fn: (s: SqlSession) => Promise<T>) => {
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <R>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params as unknown[])).rows as R[],
        });
      } finally {
        await client.end();
      }
    };
    return {
      kind: "postgres",
      prisma,
      withSession,
      migrate: () => withSession((s) => applyMigrations(s)),
      close: () => prisma.$disconnect(),
    };
  }

  const release = target.dir ? lockDataDir(target.dir) : () => {};
  const client = target.dir ? new PGlite(path.resolve(target.dir)) : new PGlite();
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const session: SqlSession = {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <R>(sql: string, params?: unknown[]) =>
      (await client.query<R>(sql, params as unknown[])).rows,
  };
  // All callers share this one connection, where the advisory lock is re-entrant and one
  // caller's BEGIN/COMMIT would wrap another's statements: run migrations one at a time.
  let migrating: Promise<unknown> = Promise.resolve();
  const migrate = () => {
    const run = migrating.then(() => applyMigrations(session));
    migrating = run.catch(() => {});
    return run;
  };
  return {
    kind: "pglite",
    prisma,
    withSession: (fn) => fn(session),
    migrate,
    close: async () => {
      await prisma.$disconnect();
      await client.close();
      release();
    },
  };
}
