import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * An embedded database folder belongs to one process. The lock is a file beside the folder,
 * created atomically (O_EXCL) with the holder's pid; a lock whose process is gone (killed,
 * crashed) is stale and taken over.
 */

export class DataDirLockedError extends Error {
  constructor(
    public readonly dir: string,
    public readonly holderPid: number,
  ) {
    super(
      `Basis data tertanam di ${dir} sedang dipakai oleh proses lain (pid ${holderPid}). ` +
        `PGlite hanya boleh dibuka oleh satu proses: hentikan proses itu, atau jalankan beberapa ` +
        `proses dengan server PostgreSQL (DATABASE_URL).\n` +
        `The embedded database at ${dir} is in use by another process (pid ${holderPid}); ` +
        `stop it, or use a PostgreSQL server (DATABASE_URL) for more than one process.`,
    );
    this.name = "DataDirLockedError";
  }
}

interface Holder {
  pid: number;
  host: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A reused pid on Linux: only a node process can hold this lock. Its executable tells, not its
  // command line, which a process may rewrite (`next start` renames itself "next-server").
  try {
    return path.basename(readlinkSync(`/proc/${pid}/exe`)).startsWith("node");
  } catch (error) {
    // ENOENT: no /proc on this system (trust the signal check), or the process is a zombie.
    return (error as NodeJS.ErrnoException).code !== "ENOENT" || !existsSync(`/proc/${pid}`);
  }
}

function readHolder(lockPath: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as Partial<Holder>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host) } : null;
  } catch {
    return null;
  }
}

export function lockDataDir(dir: string): () => void {
  const lockPath = `${path.resolve(dir)}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder?.pid === process.pid) return () => {};
      if (holder && holder.host === os.hostname() && isRunning(holder.pid)) {
        throw new DataDirLockedError(path.resolve(dir), holder.pid);
      }
      try {
        unlinkSync(lockPath); // stale: its process is gone
      } catch {
        /* another process removed it first */
      }
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date() }));
    closeSync(fd);
    const release = () => {
      if (readHolder(lockPath)?.pid === process.pid) {
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      }
    };
    process.once("exit", release);
    return release;
  }
  throw new Error(`Tidak dapat mengunci ${lockPath}`);
}
