// `npm start`: serves the portal at http://localhost:3000 (PORT to change) on the embedded
// database, migrated and seeded with the demo accounts. Builds first when the sources are newer
// than the last build. For a real deployment see docs/operations.md.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./build-state.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const port = process.env.PORT || "3000";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The session-signing key: given, or generated once and kept under the data folder.
if (!env.NEXTAUTH_SECRET) {
  const file = path.resolve(env.DATA_DIR || "./data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

// The signing certificate: given (SIGNING_P12_*), or, for local use, the development one of the
// data folder (self-signed, made once; see docs/operations.md).
if (!env.SIGNING_P12_BASE64 && !env.SIGNING_P12_PATH) {
  const made = spawnSync(bin("tsx"), ["scripts/dev-signing-key.ts"], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (made.status !== 0) process.exit(made.status ?? 1);
  const key = JSON.parse(made.stdout);
  env.SIGNING_P12_BASE64 = key.p12;
  env.SIGNING_P12_PASSPHRASE = key.passphrase;
}

if (needsBuild(root)) {
  console.info("[tirta] membangun aplikasi (next build)…");
  run(bin("next"), ["build"], { NODE_ENV: "production" });
}
// Migrations and seed run in their own process before the server (demo accounts are never
// created by a production server process).
run(bin("tsx"), ["prisma/seed.ts"], { NODE_ENV: "development" });

const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
