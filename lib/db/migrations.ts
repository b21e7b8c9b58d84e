import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in Prisma's own
 * `_prisma_migrations` table with Prisma's checksum (SHA-256 of the script, hex), so that
 * `prisma migrate deploy` / `prisma migrate status` see them as applied.
 * Runs under Prisma's own advisory lock key, so two app processes (or the app and the Prisma
 * CLI) never apply at once. Each migration runs in one transaction: a failure leaves nothing.
 */

export interface SqlSession {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

// The lock key the Prisma migration engine uses for PostgreSQL.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export function migrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n"), "utf8").digest("hex");
}

export function readLocalMigrations(dir = migrationsDir()): LocalMigration[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) throw new Error(`Folder migrasi tidak ditemukan: ${dir}`);
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export async function applyMigrations(
  db: SqlSession,
  migrations: LocalMigration[] = readLocalMigrations(),
): Promise<MigrationReport> {
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await db.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const m of migrations) {
      const mine = rows.filter((r) => r.migration_name === m.name && r.rolled_back_at === null);
      if (mine.some((r) => r.finished_at !== null)) {
        report.alreadyApplied.push(m.name);
        continue;
      }
      if (mine.length > 0) {
        throw new Error(
          `Migrasi ${m.name} pernah gagal di basis data ini; selesaikan dengan 'prisma migrate resolve' sebelum melanjutkan.`,
        );
      }
      await db.exec("BEGIN");
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`Migrasi ${m.name} gagal: ${(error as Error).message}`, { cause: error });
      }
      report.applied.push(m.name);
    }
    return report;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

/** Names of local migrations not (successfully) recorded in the database. */
export async function pendingMigrations(
  query: <T>(sql: string) => Promise<T[]>,
  migrations: LocalMigration[] = readLocalMigrations(),
): Promise<string[]> {
  const exists = await query<{ t: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS t`,
  );
  if (!exists[0]?.t) return migrations.map((m) => m.name);
  const rows = await query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(rows.map((r) => r.migration_name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
