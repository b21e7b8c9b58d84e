import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "@/lib/db/connect";

/**
 * Databases for integration tests. By default each test file gets its own in-memory PGlite;
 * with DATABASE_URL set, the files share that PostgreSQL database (and run at the same time),
 * so tests create uniquely-named data and never truncate or reset shared tables.
 */

function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.trim() !== "" ? url.trim() : undefined;
}

export function isPostgres(): boolean {
  return databaseUrl() !== undefined;
}

/** PostgreSQL when DATABASE_URL is set, otherwise a new in-memory PGlite. */
export function testTarget(): DatabaseTarget {
  const url = databaseUrl();
  return url ? { kind: "postgres", url, poolMax: 5 } : { kind: "pglite", dir: null };
}

/**
 * Opens the test database and applies migrations. Share one per file:
 *   let db: Database; beforeAll(async () => { db = await openTestDatabase(); });
 *   afterAll(() => db.close());
 */
export async function openTestDatabase(): Promise<Database> {
  const db = openDatabase(testTarget());
  try {
    await db.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export interface FreshDatabase {
  /** Open it with `openDatabase(target)`; nothing in it, not even `_prisma_migrations`. */
  target: DatabaseTarget;
  /** Removes it (PostgreSQL: drops the database, closing any connection left open). */
  drop(): Promise<void>;
}

/** A new, empty database of the same kind as the test database. */
export async function freshEmptyDatabase(): Promise<FreshDatabase> {
  const url = databaseUrl();
  if (!url) {
    // Every `openDatabase` of an in-memory target is a separate instance; closing it frees it.
    return { target: { kind: "pglite", dir: null }, drop: async () => {} };
  }
  const name = `tirta_t_${randomBytes(6).toString("hex")}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  let dropped = false;
  return {
    target: { kind: "postgres", url: fresh.toString(), poolMax: 5 },
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
