// The performance dashboard at scale: a fresh database filled with 100,000 applications (with
// their certificates), 50,000 complaints and 20,000 survey responses spread over two years, then
// the dashboard's data (`loadPerformance`, all a page render needs from the database) timed for
// the current quarter and for the whole year, N runs each: p50/p95. Target: p95 < 300 ms on
// PostgreSQL.
//
//   DATABASE_URL=postgresql://… node --import tsx bench/dashboard.mjs [--runs 30]
//   node --import tsx bench/dashboard.mjs                           # on the embedded database
//
// PostgreSQL: a new database next to the one DATABASE_URL names, dropped at the end.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase, ignoreServerOnly, percentile, root } from "./lib.mjs";

ignoreServerOnly();

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" }, applications: { type: "string", default: "100000" }, complaints: { type: "string", default: "50000" }, responses: { type: "string", default: "20000" } } });
const RUNS = Math.max(3, Math.min(500, Number(values.runs)));
const APPS = Math.max(1000, Math.min(1_000_000, Number(values.applications)));
const COMPLAINTS = Math.max(100, Math.min(1_000_000, Number(values.complaints)));
const RESPONSES = Math.max(100, Math.min(1_000_000, Number(values.responses)));
const kind = process.env.DATABASE_URL ? "postgresql" : "pglite";
const resultsDir = path.join(root, "bench", "results");
const dataDir = path.join(resultsDir, "dashboard-data");
const round = (n) => Math.round(n * 10) / 10;
const started = performance.now();
const log = (m) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${m}`);

const { drop: dropDatabase } = await freshDatabase("dashboard", dataDir);

const { database, ensureMigrated, getPrisma } = await import("../lib/db/index.ts");
const { seed } = await import("../lib/seed/index.ts");
const { loadPerformance } = await import("../lib/dashboard/performance.ts");
const { quarterOf } = await import("../lib/survey/ikm.ts");
let result;
try {
  await ensureMigrated();
  const prisma = getPrisma();
  await seed(prisma, { demoAccounts: false, nodeEnv: "test" });
  const service = await prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" }, select: { id: true } });
  await prisma.user.create({ data: { id: "bd-user", email: "bd@bench.tirta.test", name: "Bench", passwordHash: "x" } });
  const t0 = performance.now();
  await database().withSession((s) =>
    s.exec(`
INSERT INTO "Company" ("id", "nib", "name", "scale", "updatedAt")
SELECT 'bdc' || i, '93' || lpad(i::text, 11, '0'), 'PT Bench ' || i, 'kecil', now() FROM generate_series(1, ${Math.ceil(APPS / 5)}) AS i;
INSERT INTO "StoredFile" ("id", "sha256", "size", "mimeType", "originalName") VALUES ('bd-file', repeat('0', 64), 1, 'application/pdf', 'x.pdf');
INSERT INTO "Application" ("id", "serviceId", "companyId", "createdById", "registrationNumber", "status", "submittedAt", "completedAt", "decidedAt", "dueDate", "createdAt", "updatedAt")
SELECT 'bda' || i, '${service.id}', 'bdc' || (1 + i % ${Math.ceil(APPS / 5)}), 'bd-user', 'SS-BD-' || i,
       (CASE WHEN i % 100 < 80 THEN 'issued' WHEN i % 100 < 88 THEN 'rejected' WHEN i % 100 < 92 THEN 'submitted' WHEN i % 100 < 95 THEN 'complete' WHEN i % 100 < 97 THEN 'awaiting_decision' ELSE 'needs_correction' END)::"ApplicationStatus",
       sub, sub + interval '2 days', CASE WHEN i % 100 < 88 THEN sub + interval '9 days' END, (sub + interval '11 days')::date, sub, now()
FROM (SELECT i, now() - make_interval(days => i % 730, mins => i % 600) AS sub FROM generate_series(1, ${APPS}) AS i) AS g;
INSERT INTO "Certificate" ("id", "applicationId", "number", "year", "sequence", "token", "sha256", "fileId", "issuedAt", "signerId", "signerName", "signerPosition", "signerNip")
SELECT 'bdx' || a.id, a.id, 'BD/' || a.id, 2000, row_number() OVER (), 'tok' || a.id, repeat('0', 64), 'bd-file', a."decidedAt" + make_interval(hours => (length(a.id) * 7) % 90), 'bd-user', 'x', 'x', 'x'
FROM "Application" a WHERE a.status = 'issued' AND a.id LIKE 'bda%';
INSERT INTO "Complaint" ("id", "ticket", "secretHash", "channel", "receivedAt", "description", "kind", "kindReasons", "status", "dueDate", "problemType", "track", "updatedAt")
SELECT 'bdk' || i, 'ADU-BD-' || i, repeat('0', 64), 'web', now() - make_interval(days => i % 730), 'x',
       (CASE WHEN i % 5 = 0 THEN 'saran' ELSE 'pengaduan' END)::"ComplaintKind", '{}',
       (CASE WHEN i % 100 < 90 THEN 'selesai' ELSE 'ditelaah' END)::"ComplaintStatus",
       CASE WHEN i % 5 <> 0 THEN (now() - make_interval(days => i % 730))::date + 20 END,
       (ARRAY['persyaratan','prosedur','jangka_waktu','biaya','produk','sarana','kompetensi','lainnya'])[1 + i % 8]::"ComplaintProblem",
       (ARRAY['internal','teknis','apip'])[1 + i % 3]::"ComplaintTrack", now()
FROM generate_series(1, ${COMPLAINTS}) AS i;
INSERT INTO "SurveyResponse" ("id", "year", "quarter", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "createdAt")
SELECT 'bds' || i, extract(year FROM d)::int, extract(quarter FROM d)::int, 1 + i % 4, 1 + (i / 2) % 4, 1 + (i / 3) % 4, 4, 1 + (i / 5) % 4, 1 + (i / 7) % 4, 1 + (i / 11) % 4, 1 + (i / 13) % 4, 1 + (i / 17) % 4, d
FROM (SELECT i, now() - make_interval(days => i % 730) AS d FROM generate_series(1, ${RESPONSES}) AS i) AS g;
ANALYZE;`),
  );
  log(`filled ${APPS} applications, ${COMPLAINTS} complaints, ${RESPONSES} survey responses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const current = quarterOf(new Date());
  const time = async (label, period) => {
    for (let i = 0; i < 3; i++) await loadPerformance(period);
    const t = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await loadPerformance(period);
      t.push(performance.now() - s);
    }
    t.sort((a, b) => a - b);
    const r = { p50: round(percentile(t, 50)), p95: round(percentile(t, 95)), max: round(t.at(-1)) };
    log(`${label}: p50 ${r.p50} ms, p95 ${r.p95} ms, max ${r.max} ms (${RUNS} runs)`);
    return r;
  };
  result = {
    quarter: await time(`dashboard data, quarter ${current.quarter} ${current.year}`, current),
    year: await time(`dashboard data, whole year ${current.year}`, { year: current.year, quarter: null }),
  };
} finally {
  await database().close().catch(() => {});
  await dropDatabase().catch((e) => console.error(`could not drop the bench database: ${e.message}`));
  rmSync(dataDir, { recursive: true, force: true });
}
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, `dashboard-${kind}.json`), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, kind, applications: APPS, complaints: COMPLAINTS, responses: RESPONSES, runs: RUNS, ...result }, null, 2)}\n`);
