// Newcomer start time: `git clone` of this repository into a temporary folder, then the README's
// first command (`npm install && npm start`), timed until the home page answers 200; then the
// server is stopped and started again (`npm start`), timed the same way. Uses whatever npm cache
// the machine has (run it twice for the warm-cache figure).
//
//   node bench/clone-to-serve.mjs [--port 3201] [--keep]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { root, startPortal, stopPortal } from "./lib.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3201" }, keep: { type: "boolean", default: false } },
});
const port = Number(values.port);
const work = mkdtempSync(path.join(tmpdir(), "tirta-clone-"));
const clone = path.join(work, "tirta");

try {
  const t0 = performance.now();
  execFileSync("git", ["clone", "--quiet", root, clone], { stdio: "inherit" });
  const cloneSeconds = (performance.now() - t0) / 1000;

  const first = await startPortal({
    cwd: clone,
    port,
    dataDir: path.join(clone, "data"),
    command: ["sh", "-c", "npm install --no-audit --no-fund && npm start"],
  });
  const firstTotal = cloneSeconds + first.seconds;
  await stopPortal(first.child);

  const second = await startPortal({ cwd: clone, port, dataDir: path.join(clone, "data") });
  await stopPortal(second.child);

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    cloneSeconds: +cloneSeconds.toFixed(1),
    cloneToServedSeconds: +firstTotal.toFixed(1),
    secondStartSeconds: +second.seconds.toFixed(1),
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  writeFileSync(path.join(root, "bench", "results", "clone-to-serve.json"), JSON.stringify(summary, null, 2) + "\n");
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${clone}`);
}
