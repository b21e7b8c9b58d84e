import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import {
  applyMigrations,
  checksumOf,
  pendingMigrations,
  readLocalMigrations,
  type LocalMigration,
  type SqlSession,
} from "@/lib/db/migrations";
import { freshEmptyDatabase, type FreshDatabase } from "../helpers/db";

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");

// Read straight from disk, independently of readLocalMigrations, so a bug there shows up here.
const onDisk = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => {
    const bytes = readFileSync(path.join(migrationsDir, name, "migration.sql"));
    return { name, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
const allNames = onDisk.map((m) => m.name);

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

const selectRows = `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, logs,
  applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name, started_at`;

const rowsOf = (db: Database) => db.withSession((s) => s.query<MigrationRow>(selectRows));

const tableExists = async (s: SqlSession, table: string) =>
  (await s.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`"${table}"`]))[0]?.t != null;

const migration = (name: string, sql: string): LocalMigration => ({ name, sql, checksum: checksumOf(sql) });

// Every database a test opens is closed and dropped afterwards, even when the test fails.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function fresh(): Promise<FreshDatabase> {
  const f = await freshEmptyDatabase();
  cleanups.push(() => f.drop());
  return f;
}

function open(f: FreshDatabase): Database {
  const db = openDatabase(f.target);
  cleanups.push(() => db.close());
  return db;
}

describe("migrations", () => {
  it("has at least one migration on disk, read in order with Prisma's checksum", () => {
    expect(allNames.length).toBeGreaterThan(0);
    const local = readLocalMigrations();
    expect(local.map((m) => m.name)).toEqual(allNames);
    expect(local.map((m) => m.checksum)).toEqual(onDisk.map((m) => m.sha256));
  });

  it("apply to an empty database and are recorded as Prisma records them", async () => {
    const db = open(await fresh());
    expect(await db.withSession((s) => tableExists(s, "_prisma_migrations"))).toBe(false);

    const report = await db.migrate();
    expect(report).toEqual({ applied: allNames, alreadyApplied: [] });

    const rows = await rowsOf(db);
    expect(rows.map((r) => r.migration_name)).toEqual(allNames);
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(onDisk[i]!.sha256);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The schema is really there and usable through Prisma.
    const entityId = `migrations-${crypto.randomUUID()}`;
    await db.prisma.auditEvent.create({ data: { action: "test", entityType: "Test", entityId } });
    expect(await db.prisma.auditEvent.count({ where: { entityId } })).toBe(1);
  });

  it("a second run applies nothing and leaves the records as they were", async () => {
    const db = open(await fresh());
    await db.migrate();
    const before = await rowsOf(db);

    const again = await db.migrate();
    expect(again).toEqual({ applied: [], alreadyApplied: allNames });
    expect(await rowsOf(db)).toEqual(before);
  });

  it("two concurrent runs both succeed and apply each migration exactly once", async () => {
    const f = await fresh();
    // On PostgreSQL: two separate connections (two app processes). On PGlite: one instance.
    const a = open(f);
    const b = f.target.kind === "postgres" ? open(f) : a;

    const results = await Promise.allSettled([a.migrate(), b.migrate(), a.migrate()]);
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
    const reports = results.map((r) => (r as PromiseFulfilledResult<{ applied: string[] }>).value);
    expect(reports.flatMap((r) => r.applied).sort()).toEqual(allNames);

    const rows = await rowsOf(a);
    expect(rows.map((r) => r.migration_name)).toEqual(allNames);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("a migration with broken SQL fails by name and leaves nothing behind", async () => {
    const db = open(await fresh());
    const [first] = readLocalMigrations();
    const broken = migration(
      "29991231000000_broken",
      `CREATE TABLE "ShouldNotSurvive" ("id" INTEGER PRIMARY KEY);
       INSERT INTO "ShouldNotSurvive" VALUES (1);
       ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;`,
    );

    const failure = db.withSession((s) => applyMigrations(s, [first!, broken]));
    await expect(failure).rejects.toThrow(/29991231000000_broken/);
    await expect(failure).rejects.toThrow(/NoSuchTable/);

    await db.withSession(async (s) => {
      expect(await tableExists(s, "ShouldNotSurvive")).toBe(false);
      const names = await s.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      // The good migration before it stays applied; the broken one has no record at all.
      expect(names.map((r) => r.migration_name)).toEqual([first!.name]);
    });

    // The session is not left inside an aborted transaction: a fixed migration applies.
    const fixed = migration("29991231000000_broken", `CREATE TABLE "NowFixed" ("id" INTEGER);`);
    const report = await db.withSession((s) => applyMigrations(s, [first!, fixed]));
    expect(report).toEqual({ applied: [fixed.name], alreadyApplied: [first!.name] });
    expect(await db.withSession((s) => tableExists(s, "NowFixed"))).toBe(true);
  });

  it("a broken first migration leaves no table of its own behind", async () => {
    const db = open(await fresh());
    const [first] = readLocalMigrations();
    // The real first migration with a fault at its very end: everything before it is undone.
    const broken = migration(first!.name, `${first!.sql}\nSELECT 1/0;`);
    await expect(db.withSession((s) => applyMigrations(s, [broken]))).rejects.toThrow(first!.name);
    const tables = await db.withSession((s) =>
      s.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
      ),
    );
    expect(tables.map((t) => t.name)).toEqual(["_prisma_migrations"]);
    expect(await rowsOf(db)).toEqual([]);
    expect(await db.migrate()).toEqual({ applied: allNames, alreadyApplied: [] });
  });

  it("pendingMigrations lists what the database is missing", async () => {
    const db = open(await fresh());
    const local = readLocalMigrations();
    const future = migration("29991231000000_future", `CREATE TABLE "Future" ("id" INTEGER);`);
    const query = <T>(sql: string) => db.withSession((s) => s.query<T>(sql));

    expect(await pendingMigrations(query)).toEqual(allNames); // no _prisma_migrations yet
    await db.migrate();
    expect(await pendingMigrations(query)).toEqual([]);
    expect(await pendingMigrations(query, [...local, future])).toEqual([future.name]);
    // Through Prisma, as the health check asks.
    expect(await pendingMigrations((sql) => db.prisma.$queryRawUnsafe(sql), [...local, future])).toEqual([
      future.name,
    ]);

    // A migration recorded as started but never finished (a failed `prisma migrate deploy`)
    // is still pending, and the applier refuses to continue past it.
    await db.withSession((s) =>
      s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 0)`,
        [crypto.randomUUID(), future.checksum, future.name],
      ),
    );
    expect(await pendingMigrations(query, [...local, future])).toEqual([future.name]);
    await expect(db.withSession((s) => applyMigrations(s, [...local, future]))).rejects.toThrow(future.name);
    expect(await db.withSession((s) => tableExists(s, "Future"))).toBe(false);
  });
});
