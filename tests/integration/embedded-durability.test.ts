import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/connect";

// The embedded database keeps what it committed when its process is killed, and a second
// process on the same folder is refused instead of corrupting it.

const childScript = path.join(process.cwd(), "tests", "fixtures", "pglite-child.ts");

interface Child {
  proc: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first stdout line matching, rejects if the child exits first. */
  waitFor(test: (line: string, all: string[]) => boolean): Promise<string>;
}

const children: Child[] = [];
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tirta-pglite-"));
  tempDirs.push(dir);
  return dir;
}

function startChild(mode: "writer" | "holder", dir: string): Child {
  const proc = spawn(process.execPath, ["--import", "tsx", childScript, mode, dir], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: "", NODE_ENV: "test" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let err = "";
  let buffered = "";
  const waiters: { test: (l: string, all: string[]) => boolean; resolve: (l: string) => void }[] = [];
  proc.stdout.setEncoding("utf8");
  proc.stdout.on("data", (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split("\n");
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.test(line, lines)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  proc.stderr.setEncoding("utf8");
  proc.stderr.on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("close", (code, signal) => resolve({ code, signal })),
  );
  const child: Child = {
    proc,
    lines,
    stderr: () => err,
    exited,
    waitFor: (test) =>
      new Promise<string>((resolve, reject) => {
        const found = lines.find((l) => test(l, lines));
        if (found !== undefined) return resolve(found);
        waiters.push({ test, resolve });
        void exited.then(({ code, signal }) =>
          reject(new Error(`${mode} exited (code ${code}, signal ${signal}) first; stderr:\n${err}`)),
        );
      }),
  };
  children.push(child);
  return child;
}

afterAll(async () => {
  for (const c of children) {
    if (c.proc.exitCode === null && c.proc.signalCode === null) {
      c.proc.kill("SIGKILL");
      await c.exited;
    }
  }
  for (const dir of tempDirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Always on PGlite in a folder of its own, also when the other tests run on PostgreSQL.
describe("embedded database (PGlite) in a data folder", () => {
  it("keeps every committed row when its process is killed, and reopens after the stale lock", async () => {
    const dir = path.join(tempDir(), "pglite");
    const writer = startChild("writer", dir);
    await writer.waitFor((_, all) => all.filter((l) => l.startsWith("committed ")).length >= 50);

    writer.proc.kill("SIGKILL");
    const { signal } = await writer.exited;
    expect(signal).toBe("SIGKILL");

    const committed = writer.lines.filter((l) => l.startsWith("committed ")).map((l) => BigInt(l.slice(10)));
    expect(committed.length).toBeGreaterThanOrEqual(50);
    // The dead writer's lock is still on disk; opening must take it over, not refuse.
    const lockFile = `${dir}.lock`;
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(writer.proc.pid);

    const db = openDatabase({ kind: "pglite", dir });
    try {
      expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
      expect(await db.migrate()).toMatchObject({ applied: [] });
      const stored = await db.prisma.auditEvent.findMany({
        where: { entityType: "DurabilityProbe" },
        select: { id: true },
      });
      const storedIds = new Set(stored.map((r) => r.id));
      const lost = committed.filter((id) => !storedIds.has(id));
      expect(lost).toEqual([]);
      // At most the one insert in flight at the kill can be there without having been printed.
      expect(stored.length - committed.length).toBeLessThanOrEqual(1);

      const added = await db.prisma.auditEvent.create({
        data: { action: "durability.after", entityType: "DurabilityProbe", entityId: "after-restart" },
      });
      expect(added.id > committed.at(-1)!).toBe(true);
      expect(await db.prisma.auditEvent.count({ where: { entityId: "after-restart" } })).toBe(1);
    } finally {
      await db.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it("refuses a second process on the same folder with a clear message, and the first keeps working", async () => {
    const dir = path.join(tempDir(), "pglite");
    const holder = startChild("holder", dir);
    await holder.waitFor((l) => l === "ready");
    holder.proc.stdin.write("ping\n");
    expect(await holder.waitFor((l) => l.startsWith("pong "))).toBe("pong 0");

    const intruder = startChild("holder", dir);
    const outcome = await Promise.race([
      intruder.exited.then(({ code }) => `exited ${code}`),
      intruder.waitFor((l) => l === "ready").then(() => "opened the folder too", () => "exited"),
    ]);
    expect(outcome).toBe("exited 2");
    const message = intruder.stderr();
    expect(message).toContain("error DataDirLockedError:");
    expect(message).toContain(path.resolve(dir));
    expect(message).toContain("PostgreSQL");
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain(`pid ${holder.proc.pid}`);
    expect(intruder.lines).not.toContain("ready");

    // Still the only user of the folder, and still answering.
    holder.proc.stdin.write("ping\n");
    await holder.waitFor((l, all) => l.startsWith("pong ") && all.filter((x) => x.startsWith("pong ")).length === 2);
    expect(holder.lines.filter((l) => l.startsWith("pong "))).toEqual(["pong 0", "pong 0"]);

    holder.proc.stdin.write("exit\n");
    expect((await holder.exited).code).toBe(0);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
