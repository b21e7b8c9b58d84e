// The working-day clock's cost: dueDateOnComplete + clockState for 100,000 files, with the seeded
// 2026 calendar (2027 unconfirmed) and random completion instants in 2026. Pure computation, no
// server, no database: bounded to a few seconds.
//
//   node --import tsx bench/clock.mjs
//
// Prints the median of 5 timed rounds (after one warm-up round) and writes bench/results/clock.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clockState, dueDateOnComplete } from "../lib/sla/clock.ts";
import { HOLIDAYS_2026 } from "../lib/sla/holidays-2026.ts";

const FILES = 100_000;
const ROUNDS = 5;
const SLA_DAYS = 7;
const TARGET_MS = 1000;

const cal = { holidays: new Set(HOLIDAYS_2026.map((h) => h.date)), confirmedYears: new Set([2026]) };

// A seeded generator (mulberry32), so every run computes the same files.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Completion instants anywhere in 2026 (WIB); "now" from 0 to 20 days later, so every badge occurs.
const rnd = random(11050);
const start = Date.parse("2026-01-01T00:00:00+07:00");
const end = Date.parse("2027-01-01T00:00:00+07:00");
const completed = new Array(FILES);
const nows = new Array(FILES);
for (let i = 0; i < FILES; i++) {
  const at = start + Math.floor(rnd() * (end - start));
  completed[i] = new Date(at);
  nows[i] = new Date(at + Math.floor(rnd() * 20 * 86_400_000));
}

function round() {
  const badges = {};
  let provisional = 0;
  let checksum = 0;
  for (let i = 0; i < FILES; i++) {
    const due = dueDateOnComplete(completed[i], SLA_DAYS, cal);
    const state = clockState({ dueDate: due.dueDate, pausedAt: null, stopped: false, slaDays: SLA_DAYS, now: nows[i] }, cal);
    badges[state.badge] = (badges[state.badge] ?? 0) + 1;
    if (due.provisional) provisional++;
    checksum += state.day ?? 0;
  }
  return { badges, provisional, checksum };
}

round(); // warm-up
const times = [];
let last;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  last = round();
  times.push(performance.now() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(ROUNDS / 2)];
const result = {
  files: FILES,
  rounds: ROUNDS,
  medianMs: Number(median.toFixed(1)),
  bestMs: Number(sorted[0].toFixed(1)),
  worstMs: Number(sorted[ROUNDS - 1].toFixed(1)),
  perFileMicroseconds: Number(((median * 1000) / FILES).toFixed(2)),
  targetMs: TARGET_MS,
  withinTarget: median < TARGET_MS,
  badges: last.badges,
  provisionalDueDates: last.provisional,
  node: process.version,
  at: new Date().toISOString(),
};

console.log(`clock: ${FILES.toLocaleString("en")} files (dueDateOnComplete + clockState), median of ${ROUNDS} rounds`);
console.log(`  total ${result.medianMs} ms (best ${result.bestMs}, worst ${result.worstMs}), ${result.perFileMicroseconds} µs per file`);
console.log(`  target < ${TARGET_MS} ms: ${result.withinTarget ? "met" : "MISSED"}`);
console.log(`  badges ${JSON.stringify(result.badges)}, provisional due dates (into 2027) ${result.provisionalDueDates}`);

const out = path.resolve(import.meta.dirname, "results", "clock.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
if (!result.withinTarget) process.exitCode = 1;
