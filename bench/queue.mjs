// The officer queue at 100,000 applications: fills a fresh database with a realistic spread
// (20,000 companies; mostly issued files, a few thousand in progress with due dates around today;
// drafts), then times `listQueue` — the function behind /petugas — for the queries officers
// make, N times each, and reports p50/p95 per query. Optionally prints each query's plan.
//
//   node --import tsx bench/queue.mjs [--rows 100000] [--runs 30] [--explain] [--extra-indexes] [--keep]
//   DATABASE_URL=postgresql://… node --import tsx bench/queue.mjs   # on a PostgreSQL server
//
// PGlite: a new data folder under bench/results/queue-data (removed first, and at the end unless
// --keep). PostgreSQL: a new
// database created next to the one DATABASE_URL names, dropped at the end. `--extra-indexes`
// adds the indexes proposed in the report (bench database only; no migration) before timing.
// Bounded: stops after --max-seconds (default 900) whatever happens, cleaning up first.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { freshDatabase, ignoreServerOnly, percentile, root } from "./lib.mjs";

ignoreServerOnly();

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    runs: { type: "string", default: "30" },
    "max-seconds": { type: "string", default: "900" },
    explain: { type: "boolean", default: false },
    "extra-indexes": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const ROWS = Math.max(1000, Math.min(999_999, Number(values.rows)));
const RUNS = Math.max(3, Math.min(500, Number(values.runs)));
const MAX_SECONDS = Math.max(60, Math.min(3600, Number(values["max-seconds"])));
const COMPANIES = Math.max(100, Math.round(ROWS / 5));

// The indexes the report proposes, tried with --extra-indexes (here only; no migration). The
// trigram index needs the pg_trgm extension, which the portal's PGlite does not load.
const kindIsPg = !!process.env.DATABASE_URL;
const EXTRA_INDEXES = `
CREATE INDEX "bench_Application_dueDate_submittedAt_id_idx" ON "Application" ("dueDate", "submittedAt", "id");
${kindIsPg ? `CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "bench_Company_name_trgm_idx" ON "Company" USING gin ("name" gin_trgm_ops);` : ""}
`;

const resultsDir = path.join(root, "bench", "results");
const kind = process.env.DATABASE_URL ? "postgresql" : "pglite";
const started = performance.now();
const log = (msg) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${msg}`);

// ---------------------------------------------------------------------------------------------
// A fresh database, before the portal's db layer reads its environment.
const fresh = await freshDatabase("queue", path.join(resultsDir, "queue-data"));
const dropDatabase = fresh.drop;
log(`${kind === "postgresql" ? "PostgreSQL: database" : "PGlite:"} ${fresh.where}`);

const { database, ensureMigrated, getPrisma } = await import("../lib/db/index.ts");
const { seed } = await import("../lib/seed/index.ts");
const { listQueue } = await import("../lib/queue/list-queue.ts");
const { supervisionOverview } = await import("../lib/supervision/overview.ts");
const { escalateOverdue } = await import("../lib/supervision/escalate.ts");

let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  try {
    await database().close();
  } catch {
    // already closed
  }
  await dropDatabase().catch((e) => console.error(`could not drop the bench database: ${e.message}`));
  // 150 MB of PGlite data: not worth keeping once the figures are written.
  if (kind === "pglite" && !values.keep) rmSync(path.join(resultsDir, "queue-data"), { recursive: true, force: true });
}
const watchdog = setTimeout(async () => {
  console.error(`stopped after ${MAX_SECONDS} s (--max-seconds)`);
  await cleanup();
  process.exit(2);
}, MAX_SECONDS * 1000);
watchdog.unref();

try {
  await ensureMigrated();
  const prisma = getPrisma();
  await seed(prisma, { demoAccounts: false, nodeEnv: "test" });
  const service = await prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" }, select: { id: true } });

  // Staff: 3 supervisors (one above two), 15 front-office officers, 8 technical, 2 signing.
  const staff = [
    ["bq-atasan-1", "atasan", null],
    ["bq-atasan-2", "atasan", "bq-atasan-1"],
    ["bq-atasan-3", "atasan", "bq-atasan-1"],
    ...Array.from({ length: 15 }, (_, i) => [`bq-petugas-${i + 1}`, "petugas", "bq-atasan-2"]),
    ...Array.from({ length: 8 }, (_, i) => [`bq-teknis-${i + 1}`, "tim_teknis", "bq-atasan-3"]),
    ["bq-ttd-1", "penandatangan", null],
    ["bq-ttd-2", "penandatangan", null],
    ["bq-pemohon", "pemohon", null],
  ];
  for (const [id, role] of staff) {
    await prisma.user.create({
      data: { id, email: `${id}@bench.tirta.test`, name: `Pegawai ${id}`, passwordHash: "x", roles: { create: { role } } },
    });
  }
  for (const [id, , supervisorId] of staff) if (supervisorId) await prisma.user.update({ where: { id }, data: { supervisorId } });

  // ------------------------------------------------------------------------------------------
  // Bulk data in two statements, through the portal's own connection.
  const t0 = performance.now();
  const words1 = ["Tirta", "Air", "Mata Air", "Sumber", "Aqua", "Jernih", "Segar", "Murni", "Gunung", "Telaga", "Embun", "Cipta", "Sehat", "Bening", "Sejuk", "Alam", "Kencana", "Mulia", "Jaya", "Sentosa"];
  const words2 = ["Abadi", "Makmur", "Lestari", "Sejahtera", "Mandiri", "Utama", "Prima", "Nusantara", "Pasundan", "Priangan", "Parahyangan", "Kahuripan", "Raharja", "Barokah", "Amanah", "Berkah", "Indah", "Permai", "Asri", "Sari", "Wangi", "Mekar", "Gemilang"];
  const places = ["Purwakarta", "Sadang", "Campaka", "Wanayasa", "Plered", "Jatiluhur", "Bungursari", "Cibatu", "Darangdan", "Babakancikao", "Pasawahan", "Tegalwaru", "Maniis", "Sukatani", "Kiarapedes", "Bojong", "Pondoksalam"];
  const arr = (a) => `ARRAY[${a.map((w) => `'${w}'`).join(",")}]`;
  const company = `'bqc' || (1 + (i * 31) % ${COMPANIES})`;
  const sql = `
INSERT INTO "Company" ("id", "nib", "name", "scale", "updatedAt")
SELECT 'bqc' || i, '91' || lpad(i::text, 11, '0'),
       (ARRAY['PT','CV','UD','Koperasi'])[1 + i % 4] || ' ' || (${arr(words1)})[1 + (i * 7) % ${words1.length}] || ' '
         || (${arr(words2)})[1 + (i * 13) % ${words2.length}] || ' ' || (${arr(places)})[1 + (i * 3) % ${places.length}] || ' ' || i,
       'kecil', now()
FROM generate_series(1, ${COMPANIES}) AS i;

INSERT INTO "Application" ("id", "serviceId", "companyId", "createdById", "registrationNumber", "status", "submittedAt",
  "completedAt", "clockPausedAt", "dueDate", "decidedAt", "officerId", "technicalId", "createdAt", "updatedAt")
SELECT 'bqa' || lpad(i::text, 7, '0'), '${service.id}', ${company}, 'bq-pemohon',
       CASE WHEN s = 'draft' THEN NULL ELSE 'SS-11050-' || to_char(sub, 'YYYY') || '-' || lpad(i::text, 6, '0') END,
       s::"ApplicationStatus",
       CASE WHEN s = 'draft' THEN NULL ELSE sub END,
       CASE WHEN due IS NULL THEN NULL ELSE sub + interval '1 day' END,
       CASE WHEN s = 'needs_correction' THEN now() - interval '1 day' END,
       due,
       CASE WHEN s IN ('approved', 'rejected', 'issued') THEN sub + interval '9 days' END,
       CASE WHEN s = 'draft' OR (s = 'submitted' AND i % 2 = 0) THEN NULL ELSE 'bq-petugas-' || (1 + i % 15) END,
       CASE WHEN s IN ('field_verification', 'awaiting_decision', 'approved', 'issued', 'rejected') AND (s = 'field_verification' OR i % 5 < 3)
            THEN 'bq-teknis-' || (1 + i % 8) END,
       COALESCE(sub, now()) - interval '1 day', now()
FROM (
  SELECT i, s,
         CASE WHEN s IN ('submitted', 'needs_correction', 'complete', 'field_verification', 'awaiting_decision')
              THEN now() - make_interval(days => i % 20, mins => i % 480)
              ELSE now() - make_interval(days => 20 + i % 1000, mins => i % 480) END AS sub,
         CASE WHEN s IN ('needs_correction', 'complete', 'field_verification', 'awaiting_decision') OR (s = 'submitted' AND i % 5 = 0)
              THEN current_date + ((i * 37) % 20 - 6)
              WHEN s IN ('approved', 'rejected', 'issued', 'withdrawn')
              THEN (now() - make_interval(days => 20 + i % 1000))::date + 12 END AS due
  FROM (
    SELECT i, CASE WHEN b < 50 THEN 'draft' WHEN b < 70 THEN 'submitted' WHEN b < 80 THEN 'needs_correction'
                   WHEN b < 90 THEN 'complete' WHEN b < 100 THEN 'field_verification' WHEN b < 110 THEN 'awaiting_decision'
                   WHEN b < 115 THEN 'approved' WHEN b < 150 THEN 'rejected' WHEN b < 170 THEN 'withdrawn' ELSE 'issued' END AS s
    FROM (SELECT i, (i * 7919) % 1000 AS b FROM generate_series(1, ${ROWS}) AS i) AS g
  ) AS st
) AS t;
${values["extra-indexes"] ? EXTRA_INDEXES : ""}
ANALYZE;`;
  await database().withSession((s) => s.exec(sql));
  const fillSeconds = (performance.now() - t0) / 1000;
  const spread = await prisma.application.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  log(`filled ${ROWS} applications, ${COMPANIES} companies in ${fillSeconds.toFixed(1)} s: ${spread.map((g) => `${g.status} ${g._count._all}`).join(", ")}`);

  // ------------------------------------------------------------------------------------------
  const actor = (id, role) => ({ id, name: id, email: `${id}@bench.tirta.test`, roles: [role], companyId: null });
  const petugas = actor("bq-petugas-3", "petugas");
  const numbered = await prisma.application.findFirstOrThrow({
    where: { id: { gte: `bqa${String(Math.round(ROWS * 0.61)).padStart(7, "0")}` }, registrationNumber: { not: null } },
    orderBy: { id: "asc" },
  });
  const nib = `91${String(Math.round(COMPANIES * 0.37)).padStart(11, "0")}`;
  const queries = [
    ["default tab (petugas: perlu tindakan)", { actor: petugas, filters: { tab: "action", mine: false }, page: 1 }],
    ["default tab (tim teknis: assigned to me)", { actor: actor("bq-teknis-2", "tim_teknis"), filters: { tab: "action", mine: false }, page: 1 }],
    ["default tab (atasan: overdue)", { actor: actor("bq-atasan-2", "atasan"), filters: { tab: "action", mine: false }, page: 1 }],
    ["search company name 'jernih' (all)", { actor: petugas, filters: { tab: "all", mine: false, q: "jernih" }, page: 1 }],
    ["search company name 'telaga asri' (all)", { actor: petugas, filters: { tab: "all", mine: false, q: "telaga asri" }, page: 1 }],
    ["search registration number (exact)", { actor: petugas, filters: { tab: "all", mine: false, q: numbered.registrationNumber }, page: 1 }],
    ["search part of a registration number", { actor: petugas, filters: { tab: "all", mine: false, q: numbered.registrationNumber.slice(-7) }, page: 1 }],
    ["search NIB (exact)", { actor: petugas, filters: { tab: "all", mine: false, q: nib }, page: 1 }],
    ["overdue filter (all)", { actor: petugas, filters: { tab: "all", mine: false, badge: "overdue" }, page: 1 }],
    ["all files, page 200", { actor: petugas, filters: { tab: "all", mine: false }, page: 200 }],
  ];

  const results = [];
  for (const [name, args] of queries) {
    let last;
    for (let w = 0; w < 3; w++) last = await listQueue(args);
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const s = performance.now();
      last = await listQueue(args);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const round = (x) => Math.round(x * 10) / 10;
    const row = { query: name, total: last.total, rows: last.rows.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1)) };
    results.push(row);
    log(`${name}: ${row.total} matching, p50 ${row.p50} ms, p95 ${row.p95} ms`);
  }

  if (values.explain) await explainAll(queries);

  // The supervision page (the top supervisor sees everyone's files), then one escalation run
  // over every overdue file (it writes: last).
  const boss = actor("bq-atasan-1", "atasan");
  const sup = [];
  let overview;
  for (let r = 0; r < Math.min(RUNS, 10) + 2; r++) {
    const s = performance.now();
    overview = await supervisionOverview({ actor: boss });
    if (r >= 2) sup.push(performance.now() - s);
  }
  sup.sort((a, b) => a - b);
  const supervision = { overdue: overview.overdue, warning: overview.warning, groups: overview.groups.length, runs: sup.length, p50: Math.round(percentile(sup, 50) * 10) / 10, p95: Math.round(percentile(sup, 95) * 10) / 10 };
  log(`supervision overview: ${supervision.overdue} overdue, ${supervision.warning} warning in ${supervision.groups} groups, p50 ${supervision.p50} ms, p95 ${supervision.p95} ms`);
  const e0 = performance.now();
  const escalatedNow = await escalateOverdue();
  const escalateSeconds = (performance.now() - e0) / 1000;
  const e1 = performance.now();
  const escalatedAgain = await escalateOverdue();
  const escalation = {
    escalated: escalatedNow,
    seconds: Math.round(escalateSeconds * 10) / 10,
    secondRun: { escalated: escalatedAgain, ms: Math.round(performance.now() - e1) },
  };
  log(`escalateOverdue: ${escalatedNow} files in ${escalation.seconds} s; a second run escalated ${escalatedAgain} in ${escalation.secondRun.ms} ms`);

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    database: kind,
    applications: ROWS,
    companies: COMPANIES,
    runs: RUNS,
    extraIndexes: values["extra-indexes"],
    fillSeconds: Math.round(fillSeconds * 10) / 10,
    spread: Object.fromEntries(spread.map((g) => [g.status, g._count._all])),
    queries: results,
    supervision,
    escalation,
  };
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `queue-${kind}${values["extra-indexes"] ? "-extra-indexes" : ""}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2) + "\n");
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

// ---------------------------------------------------------------------------------------------
// The plans of the SQL that Prisma sends for each query: the statements are captured from the
// driver during one more call, then run again under EXPLAIN ANALYZE on the same connection type.
async function explainAll(queries) {
  const captured = [];
  const restore = await captureSql(captured);
  try {
    for (const [name, args] of queries) {
      captured.length = 0;
      await listQueue(args);
      const statements = captured.filter((c) => /"Application"/.test(c.sql) && /^\s*SELECT/i.test(c.sql));
      restore.pause();
      console.log(`\n===== ${name}`);
      for (const { sql, params } of statements) {
        const rows = await database().withSession((s) => s.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params));
        console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
        console.log("-----");
      }
      restore.resume();
    }
  } finally {
    restore.done();
  }
}

async function captureSql(into) {
  let on = true;
  const patch = (proto) => {
    const original = proto.query;
    proto.query = function (sql, params, ...rest) {
      const text = typeof sql === "string" ? sql : sql?.text;
      const values = typeof sql === "object" && sql?.values ? sql.values : params;
      if (on && typeof text === "string") into.push({ sql: text, params: Array.isArray(values) ? values : [] });
      return original.call(this, sql, params, ...rest);
    };
    return () => (proto.query = original);
  };
  const undo = [];
  if (kind === "postgresql") undo.push(patch(pg.Client.prototype));
  else undo.push(patch((await import("@electric-sql/pglite")).PGlite.prototype));
  return { pause: () => (on = false), resume: () => (on = true), done: () => undo.forEach((u) => u()) };
}
