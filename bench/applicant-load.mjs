// Applicants at work: N simulated applicants (default 20) register, sign in, make a company and
// an application with every item answered and evidenced, then autosave answers as fast as a
// person typing would allow them (one save per applicant at a time, no think time: a worst case)
// for a fixed time; finally all of them submit at once. Reports autosave and submit latency
// (p50, p95) measured on 127.0.0.1 against the production build started with `npm start`.
//
//   node bench/applicant-load.mjs [--applicants 20] [--seconds 30] [--port 3203]
//   DATABASE_URL=postgresql://… node bench/applicant-load.mjs     # on a PostgreSQL server
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { actionId, prepareApplicant } from "./applicant.mjs";
import { percentile, root, startPortal, stopPortal, treeRssMiB } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    applicants: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    port: { type: "string", default: "3203" },
  },
});
const applicants = Math.min(100, Number(values.applicants));
const seconds = Math.min(120, Number(values.seconds));
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

const resultsDir = path.join(root, "bench", "results");
const dataDir = path.join(resultsDir, "applicant-load-data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const portal = await startPortal({ port, dataDir });
try {
  const t0 = performance.now();
  const people = [];
  for (let i = 0; i < applicants; i += 4) {
    people.push(...(await Promise.all(Array.from({ length: Math.min(4, applicants - i) }, (_, k) => prepareApplicant(base, i + k)))));
  }
  const setupSeconds = (performance.now() - t0) / 1000;

  // Autosave under load: every applicant saves B1 again and again, each save waiting for the last.
  const saveId = actionId("saveAnswerAction");
  const autosave = [];
  let failures = 0;
  let peak = treeRssMiB(portal.child.pid);
  const sampler = setInterval(() => {
    const now = treeRssMiB(portal.child.pid);
    if (now.server > peak.server) peak = now;
  }, 500);
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    people.map(async ({ c, id }, n) => {
      let k = 0;
      while (performance.now() < until) {
        const start = performance.now();
        const r = await c.action(saveId, `/permohonan/${id}/butir/B1`, [{ applicationId: id, itemCode: "B1", value: { facilities: `Mesin pengisian galon, ${n}-${k++} unit` } }]);
        autosave.push(performance.now() - start);
        if (r.res.status !== 200 || !r.text.includes('"ok":true')) failures++;
      }
    }),
  );

  // Submissions: everyone at once.
  const submitId = actionId("submitApplicationAction");
  const submits = [];
  const numbers = [];
  await Promise.all(
    people.map(async ({ c, id }) => {
      const form = new FormData();
      form.set("applicationId", id);
      const start = performance.now();
      const r = await c.action(submitId, `/permohonan/${id}/periksa`, [null, form]);
      submits.push(performance.now() - start);
      const to = r.res.headers.get("x-action-redirect") ?? "";
      if (!to.includes("/terkirim")) failures++;
      else numbers.push(id);
    }),
  );
  clearInterval(sampler);

  autosave.sort((a, b) => a - b);
  submits.sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    database: process.env.DATABASE_URL ? "postgresql" : "pglite",
    applicants,
    seconds,
    setupSeconds: round(setupSeconds),
    autosave: { count: autosave.length, perSecond: round(autosave.length / seconds), p50: round(percentile(autosave, 50)), p95: round(percentile(autosave, 95)), max: round(autosave.at(-1)) },
    submit: { count: submits.length, succeeded: numbers.length, p50: round(percentile(submits, 50)), p95: round(percentile(submits, 95)), max: round(submits.at(-1)) },
    failures,
    peakServerRssMiB: Math.round(peak.server),
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `applicant-load-${summary.database}.json`), JSON.stringify(summary, null, 2) + "\n");
  console.log(JSON.stringify(summary, null, 2));
  if (failures > 0) process.exitCode = 1;
} finally {
  await stopPortal(portal.child);
}
