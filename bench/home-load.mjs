// Home page under load: starts the portal (`npm start`, embedded database, a fresh data folder
// under bench/results), measures its memory idle, then sends a bounded load to the home page on
// 127.0.0.1 with autocannon and reports requests per second, latency percentiles and memory.
//
//   node bench/home-load.mjs [--seconds 10] [--connections 10] [--port 3200]
//
// Results are printed and written to bench/results/home-load.json.
import autocannon from "autocannon";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { percentile, root, startPortal, stopPortal, treeRssMiB } from "./lib.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3200" },
  },
});
const seconds = Math.min(60, Number(values.seconds));
const connections = Math.min(100, Number(values.connections));
const port = Number(values.port);

const resultsDir = path.join(root, "bench", "results");
const dataDir = path.join(resultsDir, "home-load-data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const portal = await startPortal({ port, dataDir });
try {
  // Let start-up work settle, warm the page once, then read idle memory.
  await fetch(`http://127.0.0.1:${port}/`);
  await new Promise((r) => setTimeout(r, 5000));
  const idle = treeRssMiB(portal.child.pid);

  const latencies = [];
  let peak = idle;
  const sampler = setInterval(() => {
    const now = treeRssMiB(portal.child.pid);
    if (now.server > peak.server) peak = now;
  }, 250);

  const instance = autocannon({
    url: `http://127.0.0.1:${port}/`,
    connections,
    duration: seconds,
    headers: { "accept-language": "id" },
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  clearInterval(sampler);
  const after = treeRssMiB(portal.child.pid);

  latencies.sort((a, b) => a - b);
  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    url: "/",
    seconds,
    connections,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1),
    },
    rssMiB: {
      idleServer: Math.round(idle.server),
      idleTree: Math.round(idle.total),
      peakServerUnderLoad: Math.round(peak.server),
      serverAfterLoad: Math.round(after.server),
    },
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "home-load.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(JSON.stringify(summary, null, 2));
  if (summary.non2xx > 0 || summary.errors > 0) process.exitCode = 1;
} finally {
  await stopPortal(portal.child);
}
