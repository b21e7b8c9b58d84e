// Complaints at scale:
//  1. the public form under load: S submitters at once (default 20), each sending its next
//     complaint as soon as the last is answered, for T seconds, to the production build started
//     with `npm start` on 127.0.0.1 (the per-address hourly limit raised for the run): p50/p95;
//  2. the overdue-complaints query (the supervisors' "Terlambat" list and count) with 50,000
//     complaints in a fresh database, in-process: p50/p95 over N runs.
//
//   node --import tsx bench/complaints.mjs [--submitters 20] [--seconds 30] [--rows 50000] [--runs 30] [--port 3220]
//   DATABASE_URL=postgresql://… node --import tsx bench/complaints.mjs   # both parts on PostgreSQL
//
// PostgreSQL: part 2 uses a new database next to the one DATABASE_URL names, dropped at the end.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase, ignoreServerOnly, percentile, root, startPortal, stopPortal } from "./lib.mjs";

ignoreServerOnly();

const { values } = parseArgs({
  options: {
    submitters: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    rows: { type: "string", default: "50000" },
    runs: { type: "string", default: "30" },
    port: { type: "string", default: "3220" },
  },
});
const SUBMITTERS = Math.max(1, Math.min(100, Number(values.submitters)));
const SECONDS = Math.max(5, Math.min(120, Number(values.seconds)));
const ROWS = Math.max(1000, Math.min(500_000, Number(values.rows)));
const RUNS = Math.max(3, Math.min(500, Number(values.runs)));
const PORT = Number(values.port);
const kind = process.env.DATABASE_URL ? "postgresql" : "pglite";
const resultsDir = path.join(root, "bench", "results");
const round = (n) => Math.round(n * 10) / 10;

// ---- 1. The form under load ---------------------------------------------------------------
const dataDir = path.join(resultsDir, "complaints-data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const portal = await startPortal({ port: PORT, dataDir, env: { COMPLAINT_MAX_PER_HOUR: "100000" } });
const base = `http://127.0.0.1:${PORT}`;
const latencies = [];
let failures = 0;
try {
  const send = async (n) => {
    const form = new FormData();
    form.set("name", `Pelapor ${n}`);
    form.set("email", `pelapor${n}@contoh.id`);
    form.set("problemType", "jangka_waktu");
    form.set("serviceReceivedOn", new Date().toISOString().slice(0, 10));
    form.set("description", `Pengaduan uji beban nomor ${n}: antrean pemeriksaan berkas terlalu lama.`);
    const start = performance.now();
    const res = await fetch(`${base}/api/pengaduan`, { method: "POST", body: form, headers: { accept: "application/json", origin: base } });
    const body = await res.json().catch(() => null);
    latencies.push(performance.now() - start);
    if (res.status !== 201 || !body?.ok) failures++;
  };
  for (let i = 0; i < 5; i++) await send(-i - 1); // warm-up
  latencies.length = 0;
  failures = 0;
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: SUBMITTERS }, async () => {
      while (performance.now() < until) await send(n++);
    }),
  );
} finally {
  await stopPortal(portal.child);
  rmSync(dataDir, { recursive: true, force: true });
}
latencies.sort((a, b) => a - b);
const form = { submitters: SUBMITTERS, seconds: SECONDS, sent: latencies.length, failures, perSecond: round(latencies.length / SECONDS), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), max: round(latencies.at(-1) ?? 0) };
console.log(`form (${kind}): ${form.sent} complaints in ${SECONDS} s from ${SUBMITTERS} submitters (${form.perSecond}/s), p50 ${form.p50} ms, p95 ${form.p95} ms, failures ${failures}`);

// ---- 2. The overdue query with many complaints ---------------------------------------------
const queryDir = path.join(resultsDir, "complaints-query-data");
const { drop: dropDatabase } = await freshDatabase("complaints", queryDir);
const { database, ensureMigrated, getPrisma } = await import("../lib/db/index.ts");
const { countOverdueComplaints, listComplaints } = await import("../lib/complaints/read.ts");
let query;
try {
  await ensureMigrated();
  const prisma = getPrisma();
  const officer = await prisma.user.create({ data: { email: "bench-pengaduan@bench.tirta.test", name: "Pengelola", passwordHash: "x", roles: { create: { role: "pengelola_pengaduan" } } } });
  const actor = { id: officer.id, name: "Pengelola", email: officer.email, roles: ["pengelola_pengaduan"], companyId: null };
  // Spread over two years; most answered; a few thousand open, some of them past their date.
  await database().withSession((s) =>
    s.exec(`
INSERT INTO "Complaint" ("id", "ticket", "secretHash", "channel", "receivedAt", "name", "description", "kind", "kindReasons", "status",
  "dueDate", "problemType", "answeredAt", "answer", "updatedAt")
SELECT 'bc' || i, 'ADU-' || (2025 + i % 2) || '-' || lpad(i::text, 6, '0'), repeat('0', 64),
       (ARRAY['web','whatsapp','telepon','surat','email','lisan_mpp'])[1 + i % 6]::"ComplaintChannel",
       now() - make_interval(days => i % 700), 'Pelapor ' || i, 'Uraian pengaduan ' || i,
       (CASE WHEN i % 5 = 0 THEN 'saran' ELSE 'pengaduan' END)::"ComplaintKind", '{}',
       (CASE WHEN i % 100 < 92 THEN 'selesai' WHEN i % 100 < 95 THEN 'ditindaklanjuti' WHEN i % 100 < 98 THEN 'ditelaah' ELSE 'diterima' END)::"ComplaintStatus",
       CASE WHEN i % 5 = 0 THEN NULL ELSE (now() - make_interval(days => i % 700))::date + 20 END,
       (ARRAY['persyaratan','prosedur','jangka_waktu','biaya','produk','sarana','kompetensi','lainnya'])[1 + i % 8]::"ComplaintProblem",
       CASE WHEN i % 100 < 92 THEN now() - make_interval(days => i % 700) + interval '5 days' END,
       CASE WHEN i % 100 < 92 THEN 'Jawaban ' || i END, now()
FROM generate_series(1, ${ROWS}) AS i;
ANALYZE "Complaint";`),
  );
  const overdue = await countOverdueComplaints(actor);
  const time = async (fn) => {
    for (let i = 0; i < 3; i++) await fn();
    const t = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await fn();
      t.push(performance.now() - s);
    }
    t.sort((a, b) => a - b);
    return { p50: round(percentile(t, 50)), p95: round(percentile(t, 95)) };
  };
  const list = await time(() => listComplaints(actor, { tab: "terlambat", q: "" }));
  const count = await time(() => countOverdueComplaints(actor));
  query = { rows: ROWS, overdue, runs: RUNS, list, count };
  console.log(`overdue query (${kind}, ${ROWS} complaints, ${overdue} overdue): list page p50 ${list.p50} ms, p95 ${list.p95} ms; count p50 ${count.p50} ms, p95 ${count.p95} ms`);
} finally {
  await database().close().catch(() => {});
  await dropDatabase().catch((e) => console.error(`could not drop the bench database: ${e.message}`));
  rmSync(queryDir, { recursive: true, force: true });
}

mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, `complaints-${kind}.json`), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, kind, form, query }, null, 2)}\n`);
