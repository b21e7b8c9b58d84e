import { readFileSync } from "node:fs";
import path from "node:path";
import prismaSchemaWasm from "@prisma/prisma-schema-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { applyMigrations, checksumOf, readLocalMigrations, type SqlSession } from "@/lib/db/migrations";
import { freshEmptyDatabase, type FreshDatabase } from "../helpers/db";

/**
 * schema.prisma and the migrated database must agree: the migrations are written by hand, so
 * this is what catches a migration that drifts from the schema (or a schema edit without one).
 */

// ---- The schema, as Prisma reads it (DMMF) -------------------------------------------------

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" | null }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
  indexes: DmmfIndex[];
}

function datamodelOf(prismaSchema: string): Datamodel {
  return (JSON.parse(prismaSchemaWasm.get_dmmf(JSON.stringify({ prismaSchema }))) as { datamodel: Datamodel })
    .datamodel;
}

// ---- The database, as PostgreSQL describes it (pg_catalog; same on PGlite) ------------------

interface DbColumn {
  table: string;
  column: string;
  type: string; // format_type(): "text", "character(13)", "timestamp(3) without time zone", ...
  base_type: string; // element type name for arrays
  base_kind: string; // 'e' for enums
  is_array: boolean;
  not_null: boolean;
  default_expr: string | null;
  identity: string;
}
interface DbIndex {
  table: string;
  name: string;
  columns: string[];
  is_unique: boolean;
  is_primary: boolean;
  is_partial: boolean;
  method: string;
}
interface DbForeignKey {
  table: string;
  name: string;
  columns: string[];
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
  on_update: string;
}
interface DbSnapshot {
  tables: string[];
  columns: DbColumn[];
  enums: { name: string; values: string[] }[];
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
}

const inSchema = `n.nspname = current_schema()`;

async function describeDatabase(s: SqlSession): Promise<DbSnapshot> {
  const tables = await s.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${inSchema} AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const columns = await s.query<DbColumn>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
            COALESCE(et.typname, t.typname) AS base_type, COALESCE(et.typtype, t.typtype) AS base_kind,
            et.oid IS NOT NULL AS is_array, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default_expr, a.attidentity::text AS identity
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE ${inSchema} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum`,
  );
  const enumRows = await s.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${inSchema} ORDER BY 1, e.enumsortorder`,
  );
  const indexes = await s.query<DbIndex>(
    `SELECT tc.relname AS "table", ic.relname AS name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
            ix.indpred IS NOT NULL AS is_partial, am.amname AS method,
            (SELECT json_agg(COALESCE(a.attname::text, '(expression)')
                    || CASE WHEN (ix.indoption::int2[])[k.ord - 1] & 1 = 1 THEN ' DESC' ELSE '' END ORDER BY k.ord)
             FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
             WHERE k.ord <= ix.indnkeyatts) AS columns
     FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid JOIN pg_class tc ON tc.oid = ix.indrelid
     JOIN pg_am am ON am.oid = ic.relam JOIN pg_namespace n ON n.oid = tc.relnamespace
     WHERE ${inSchema} ORDER BY 1, 2`,
  );
  const foreignKeys = await s.query<DbForeignKey>(
    `SELECT tc.relname AS "table", co.conname AS name, rc.relname AS ref_table,
            co.confdeltype::text AS on_delete, co.confupdtype::text AS on_update,
            (SELECT json_agg(a.attname::text ORDER BY k.ord) FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT json_agg(a.attname::text ORDER BY k.ord) FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum) AS ref_columns
     FROM pg_constraint co JOIN pg_class tc ON tc.oid = co.conrelid JOIN pg_class rc ON rc.oid = co.confrelid
     JOIN pg_namespace n ON n.oid = tc.relnamespace WHERE ${inSchema} AND co.contype = 'f' ORDER BY 1, 2`,
  );
  const enums = new Map<string, string[]>();
  for (const r of enumRows) enums.set(r.name, [...(enums.get(r.name) ?? []), r.value]);
  return {
    tables: tables.map((t) => t.name),
    columns,
    enums: [...enums].map(([name, values]) => ({ name, values })),
    indexes,
    foreignKeys,
  };
}

// ---- The comparison --------------------------------------------------------------------------

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

/** The column type Prisma Migrate creates for a scalar field, as format_type() prints it. */
function expectedScalarType(f: DmmfField): string {
  const [native, args = []] = f.nativeType ?? [null, []];
  const mod = args.length > 0 ? `(${args.join(",")})` : "";
  const byType: Record<string, Record<string, string>> = {
    String: { "": "text", Text: "text", VarChar: `character varying${mod}`, Char: `character${mod || "(1)"}`,
      Uuid: "uuid", Xml: "xml", Inet: "inet", Citext: "citext", Bit: `bit${mod || "(1)"}`, VarBit: `bit varying${mod}` },
    Int: { "": "integer", Integer: "integer", SmallInt: "smallint", Oid: "oid" },
    BigInt: { "": "bigint", BigInt: "bigint" },
    Float: { "": "double precision", DoublePrecision: "double precision", Real: "real" },
    Decimal: { "": "numeric(65,30)", Decimal: `numeric${mod}`, Money: "money" },
    Boolean: { "": "boolean", Boolean: "boolean" },
    DateTime: { "": "timestamp(3) without time zone", Timestamp: `timestamp${mod} without time zone`,
      Timestamptz: `timestamp${mod} with time zone`, Date: "date", Time: `time${mod} without time zone`,
      Timetz: `time${mod} with time zone` },
    Json: { "": "jsonb", JsonB: "jsonb", Json: "json" },
    Bytes: { "": "bytea", ByteA: "bytea" },
  };
  const type = byType[f.type]?.[native ?? ""];
  if (!type) throw new Error(`schema-drift: no mapping for ${f.type} ${native ?? ""}; extend expectedScalarType`);
  return f.isList ? `${type}[]` : type;
}

/** Whether the column's default matches the field's @default (only database-side defaults). */
function defaultDifference(f: DmmfField, c: DbColumn): string | null {
  const d = f.default as { name?: string } | string | number | boolean | unknown[] | undefined;
  const clientSide = typeof d === "object" && d !== null && !Array.isArray(d) &&
    ["cuid", "uuid", "nanoid", "ulid"].includes(d.name ?? "");
  const hasDbDefault = c.default_expr !== null || c.identity !== "";
  if (!f.hasDefaultValue || clientSide) return hasDbDefault ? `has default ${c.default_expr}, schema has none in the database` : null;
  if (!hasDbDefault) return `has no default, schema says @default(${JSON.stringify(d)})`;
  const expr = (c.default_expr ?? "").replace(/::[\w" ]+(\[\])?$/, "").replace(/^'(.*)'$/s, "$1");
  const ok =
    typeof d === "object" && d !== null && !Array.isArray(d)
      ? d.name === "now" ? /^(CURRENT_TIMESTAMP|now\(\))/.test(expr)
        : d.name === "autoincrement" ? /^nextval\(/.test(expr) || c.identity !== ""
        : true // dbgenerated(...), sequence(...): present is what can be checked here
      : Array.isArray(d) || f.type === "Json" ? true
        : expr === String(d);
  return ok ? null : `default is ${c.default_expr}, schema says @default(${JSON.stringify(d)})`;
}

function prismaName(table: string, columns: string[], suffix: string): string {
  const base = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

/** Every way the database differs from the schema, one readable sentence each. */
export function schemaDifferences(dm: Datamodel, db: DbSnapshot): string[] {
  const out: string[] = [];
  const tableOf = new Map(dm.models.map((m) => [m.name, m.dbName ?? m.name]));
  const colOf = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  // Tables and columns.
  const dbTables = new Set(db.tables);
  for (const m of dm.models) {
    const table = tableOf.get(m.name)!;
    if (!dbTables.has(table)) {
      out.push(`table "${table}" (model ${m.name}) is missing`);
      continue;
    }
    const cols = new Map(db.columns.filter((c) => c.table === table).map((c) => [c.column, c]));
    for (const f of m.fields.filter((x) => x.kind === "scalar" || x.kind === "enum")) {
      const name = f.dbName ?? f.name;
      const at = `${m.name}.${f.name}`;
      const c = cols.get(name);
      cols.delete(name);
      if (!c) {
        out.push(`${at}: column "${table}"."${name}" is missing`);
        continue;
      }
      if (f.kind === "enum") {
        const enumName = dm.enums.find((e) => e.name === f.type)?.dbName ?? f.type;
        if (c.base_kind !== "e" || c.base_type !== enumName || c.is_array !== f.isList)
          out.push(`${at}: column type is ${c.type}, schema says enum ${enumName}${f.isList ? "[]" : ""}`);
      } else {
        const want = expectedScalarType(f);
        if (c.type !== want) out.push(`${at}: column type is ${c.type}, schema says ${want}`);
      }
      // Prisma creates list columns without NOT NULL.
      const wantNotNull = f.isRequired && !f.isList;
      if (c.not_null !== wantNotNull)
        out.push(`${at}: column is ${c.not_null ? "NOT NULL" : "nullable"}, schema says ${wantNotNull ? "required" : "optional"}`);
      const def = defaultDifference(f, c);
      if (def) out.push(`${at}: column ${def}`);
    }
    for (const extra of cols.keys()) out.push(`column "${table}"."${extra}" is not in the schema (model ${m.name})`);
  }
  const known = new Set(tableOf.values());
  for (const t of db.tables)
    if (!known.has(t) && !IGNORED_TABLES.has(t)) out.push(`table "${t}" is not in the schema`);

  // Enums.
  const dbEnums = new Map(db.enums.map((e) => [e.name, e.values]));
  for (const e of dm.enums) {
    const name = e.dbName ?? e.name;
    const want = e.values.map((v) => v.dbName ?? v.name);
    const have = dbEnums.get(name);
    dbEnums.delete(name);
    if (!have) out.push(`enum type "${name}" is missing`);
    else if (have.join(",") !== want.join(","))
      out.push(`enum "${name}" has values [${have.join(", ")}], schema says [${want.join(", ")}]`);
  }
  for (const extra of dbEnums.keys()) out.push(`enum type "${extra}" is not in the schema`);

  // Primary keys, unique constraints and indexes.
  const dbIndexes = db.indexes.filter((i) => !IGNORED_TABLES.has(i.table));
  const describe = (i: { is_primary: boolean; is_unique: boolean }) =>
    i.is_primary ? "primary key" : i.is_unique ? "unique index" : "index";
  for (const ix of dm.indexes) {
    const model = dm.models.find((m) => m.name === ix.model)!;
    const table = tableOf.get(ix.model)!;
    const cols = ix.fields.map((f) => colOf(model, f.name));
    const key = ix.fields.map((f, i) => `${cols[i]}${f.sortOrder === "desc" ? " DESC" : ""}`);
    const want = { is_primary: ix.type === "id", is_unique: ix.type !== "normal" };
    const name = ix.dbName ?? prismaName(table, ix.type === "id" ? [] : cols, ix.type === "id" ? "pkey" : ix.type === "normal" ? "idx" : "key");
    const what = `${describe(want)} "${table}"(${key.join(", ")})`;
    const found = dbIndexes.findIndex(
      (i) => i.table === table && i.columns.join(",") === key.join(",") &&
        i.is_primary === want.is_primary && i.is_unique === want.is_unique && !i.is_partial,
    );
    if (found < 0) {
      out.push(`${what} (${ix.model}) is missing`);
      continue;
    }
    const [have] = dbIndexes.splice(found, 1);
    if (have!.name !== name) out.push(`${what} is named "${have!.name}", Prisma expects "${name}"`);
    const method = (ix.algorithm ?? "BTree").toLowerCase();
    if (have!.method !== method) out.push(`${what} uses ${have!.method}, schema says ${method}`);
  }
  for (const i of dbIndexes)
    out.push(`${describe(i)} "${i.name}" on "${i.table}"(${i.columns.join(", ")})${i.is_partial ? " (partial)" : ""} is not in the schema`);

  // Foreign keys (relation scalars), with Prisma's default referential actions.
  const action: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
  const dbFks = [...db.foreignKeys];
  for (const m of dm.models) {
    for (const f of m.fields.filter((x) => x.kind === "object" && (x.relationFromFields?.length ?? 0) > 0)) {
      const table = tableOf.get(m.name)!;
      const target = dm.models.find((x) => x.name === f.type)!;
      const cols = f.relationFromFields!.map((n) => colOf(m, n));
      const refCols = f.relationToFields!.map((n) => colOf(target, n));
      const refTable = tableOf.get(target.name)!;
      const what = `foreign key "${table}"(${cols.join(", ")}) -> "${refTable}"(${refCols.join(", ")}) (${m.name}.${f.name})`;
      const found = dbFks.findIndex(
        (k) => k.table === table && k.columns.join(",") === cols.join(",") &&
          k.ref_table === refTable && k.ref_columns.join(",") === refCols.join(","),
      );
      if (found < 0) {
        out.push(`${what} is missing`);
        continue;
      }
      const [have] = dbFks.splice(found, 1);
      const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
      const onUpdate = f.relationOnUpdate ?? "Cascade";
      if (action[have!.on_delete] !== onDelete) out.push(`${what}: ON DELETE ${action[have!.on_delete]}, schema says ${onDelete}`);
      if (action[have!.on_update] !== onUpdate) out.push(`${what}: ON UPDATE ${action[have!.on_update]}, schema says ${onUpdate}`);
    }
  }
  for (const k of dbFks)
    if (!IGNORED_TABLES.has(k.table))
      out.push(`foreign key "${k.name}" on "${k.table}"(${k.columns.join(", ")}) -> "${k.ref_table}" is not in the schema`);

  return out;
}

// ---- Tests -----------------------------------------------------------------------------------

const schemaText = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");

/** Replaces exactly one match, so a changed schema.prisma fails loudly instead of silently. */
function edit(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1) throw new Error(`drift fixture: ${pattern} matched ${matches?.length ?? 0} times in schema.prisma`);
  return text.replace(pattern, replacement);
}

describe("schema.prisma and the migrated database", () => {
  let fresh: FreshDatabase;
  let db: Database;
  let snapshot: DbSnapshot;

  beforeAll(async () => {
    fresh = await freshEmptyDatabase();
    db = openDatabase(fresh.target);
    await db.migrate();
    snapshot = await db.withSession(describeDatabase);
  });
  afterAll(async () => {
    await db?.close();
    await fresh?.drop();
  });

  it("agree: every model, field, enum, key, index and relation is in the database, and nothing else", () => {
    const dm = datamodelOf(schemaText);
    expect(dm.models.length).toBeGreaterThan(0);
    expect(snapshot.tables.length).toBe(dm.models.length + 1); // + _prisma_migrations
    expect(schemaDifferences(dm, snapshot)).toEqual([]);
  });

  it("reports a schema that has drifted from the migrations", () => {
    let drifted = edit(schemaText, /(model AuditEvent \{[^}]*?\n\s*action\s+String)(?=\s)/, "$1?");
    drifted = edit(drifted, /(model AuditEvent \{\n)/, "$1  driftProbe String\n");
    drifted = edit(drifted, /(model AuditEvent \{[^}]*?)\n[ \t]*@@index\(\[occurredAt\]\)/, "$1");

    // Only what the edits introduced: real drift is the first test's to report.
    const baseline = new Set(schemaDifferences(datamodelOf(schemaText), snapshot));
    const differences = schemaDifferences(datamodelOf(drifted), snapshot).filter((d) => !baseline.has(d));
    expect(differences).toHaveLength(3);
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AuditEvent\.action: column is NOT NULL, schema says optional$/),
        expect.stringMatching(/^AuditEvent\.driftProbe: column "AuditEvent"\."driftProbe" is missing$/),
        expect.stringMatching(/^index "AuditEvent_occurredAt_idx" on "AuditEvent"\(occurredAt\) is not in the schema$/),
      ]),
    );
  });

  it("reports a database that has drifted from the schema", async () => {
    const extra = await freshEmptyDatabase();
    const other = openDatabase(extra.target);
    try {
      const sql = `
        ALTER TABLE "Company" ALTER COLUMN "nib" TYPE CHAR(12);
        ALTER TABLE "Company" ALTER COLUMN "legalForm" SET NOT NULL;
        ALTER TABLE "Company" ADD COLUMN "fax" TEXT;
        ALTER TABLE "Application" ALTER COLUMN "version" DROP DEFAULT;
        ALTER TYPE "Verdict" ADD VALUE 'ragu';
        DROP INDEX "User_companyId_idx";
        CREATE INDEX "Holiday_name_idx" ON "Holiday"("name");
        ALTER TABLE "EvidenceFile" DROP CONSTRAINT "EvidenceFile_answerId_fkey";
        CREATE TABLE "Stray" ("id" INTEGER);`;
      const drift = { name: "29991231000000_drift", sql, checksum: checksumOf(sql) };
      await other.withSession((s) => applyMigrations(s, [...readLocalMigrations(), drift]));
      const baseline = new Set(schemaDifferences(datamodelOf(schemaText), snapshot));
      const differences = schemaDifferences(datamodelOf(schemaText), await other.withSession(describeDatabase))
        .filter((d) => !baseline.has(d));
      expect(differences.sort()).toEqual(
        [
          `Company.nib: column type is character(12), schema says character(13)`,
          `Company.legalForm: column is NOT NULL, schema says optional`,
          `column "Company"."fax" is not in the schema (model Company)`,
          `Application.version: column has no default, schema says @default(0)`,
          `enum "Verdict" has values [sesuai, tidak_sesuai, ragu], schema says [sesuai, tidak_sesuai]`,
          `index "User"(companyId) (User) is missing`,
          `index "Holiday_name_idx" on "Holiday"(name) is not in the schema`,
          `foreign key "EvidenceFile"(answerId) -> "ApplicationAnswer"(id) (EvidenceFile.answer) is missing`,
          `table "Stray" is not in the schema`,
        ].sort(),
      );
    } finally {
      await other.close();
      await extra.drop();
    }
  });
});
