// `npm test`: every check and test, in order: types, lint, unit, integration (real database),
// then the browser tests against the production build. With DATABASE_URL set, the database
// and browser tests run on that PostgreSQL server; otherwise on the embedded database.
// Ends with one line "total: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./build-state.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = path.join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv[2]; // optional: unit | integration | e2e

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function step(name, command, args, extraEnv = {}) {
  console.info(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  console.info(`◀ ${name}: ${result.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
}

function vitest(project) {
  const out = path.join(reports, `${project}.json`);
  step(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  countVitest(out);
}

if (!only) {
  step("typecheck", bin("tsc"), ["--noEmit"]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
}
if (!only || only === "unit") vitest("unit");
if (!only || only === "integration") vitest("integration");
if (!only || only === "e2e") {
  if (needsBuild(root)) step("build", bin("next"), ["build"], { NODE_ENV: "production" });
  const out = path.join(reports, "e2e.json");
  step("browser tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  countPlaywright(out);
}

if (failedSteps.length) console.info(`\nFailed steps: ${failedSteps.join(", ")}`);
console.info(`\ntotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
