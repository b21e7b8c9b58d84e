import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, env } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs session tokens. A production server must be given NEXTAUTH_SECRET
 * (`npm start` passes the one it keeps under ./data/); in development and tests one is
 * generated on first use and kept under the data folder, shared by every local process.
 */
export function authSecret(): string {
  cached ??= resolveSecret();
  return cached;
}

function resolveSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET wajib diisi di produksi (minimal 32 karakter acak, misalnya hasil `openssl rand -base64 48`).",
    );
  }
  return localSecret(path.join(dataDir(e), "auth-secret"));
}

/** Reads the secret kept in `file`, creating it (mode 600) on first use. */
export function localSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString("base64url");
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
