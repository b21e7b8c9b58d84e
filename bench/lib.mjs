// Shared helpers for the benchmarks: start the portal on a private port and data folder, wait
// for it, read the memory of its process tree, stop it; for in-process benches, load the domain
// modules and give them a fresh database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import pg from "pg";

export const root = path.resolve(import.meta.dirname, "..");

export async function waitFor(url, { timeoutMs = 300_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function portFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

/** Starts `npm start` in `cwd`; resolves when the home page answers. */
export async function startPortal({ cwd = root, port, dataDir, command = ["npm", "start"], env = {} }) {
  if (!(await portFree(port))) throw new Error(`port ${port} is already answering; stop that server first`);
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, PGLITE_DATA_DIR: path.join(dataDir, "pglite"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const exited = new Promise((_, reject) =>
    child.on("exit", (code) => reject(new Error(`portal exited (${code}) before answering:\n${log.slice(-4000)}`))),
  );
  exited.catch(() => {});
  await Promise.race([waitFor(`http://127.0.0.1:${port}/`), exited]);
  return { child, seconds: (performance.now() - started) / 1000, log: () => log };
}

/** Stops the whole process group (npm, the start script, the Next.js server) and waits for it. */
export async function stopPortal(child) {
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(-child.pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(-child.pid, "SIGKILL");
  while (alive()) await new Promise((r) => setTimeout(r, 100));
}

function children() {
  const byParent = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(entry));
      byParent.set(ppid, list);
    } catch {
      // process ended while reading
    }
  }
  return byParent;
}

function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Resident memory of a process tree, in MiB (Linux only): `server` is the largest process (the
 * Next.js server; the others are the npm and start wrappers), `total` the whole tree.
 */
export function treeRssMiB(pid) {
  const byParent = children();
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    const kib = rssKiB(p);
    total += kib;
    largest = Math.max(largest, kib);
    stack.push(...(byParent.get(p) ?? []));
  }
  return { server: largest / 1024, total: total / 1024 };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** Domain modules start with `import "server-only"`, which throws outside a React server bundle: here it is empty. */
export function ignoreServerOnly() {
  register(
    "data:text/javascript," +
      encodeURIComponent(
        'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
      ),
  );
}

/**
 * A fresh database for an in-process bench, set up before the portal's db layer reads its
 * environment: with DATABASE_URL, a new database next to the one it names (`drop` removes it);
 * otherwise a new PGlite folder under `dataDir` (removed first; the caller removes it at the end).
 */
export async function freshDatabase(label, dataDir) {
  if (!process.env.DATABASE_URL) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    process.env.DATA_DIR = dataDir;
    process.env.PGLITE_DATA_DIR = path.join(dataDir, "pglite");
    return { kind: "pglite", where: process.env.PGLITE_DATA_DIR, drop: async () => {} };
  }
  const adminUrl = process.env.DATABASE_URL;
  const name = `tirta_bench_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const drop = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
  return { kind: "postgresql", where: name, drop };
}
