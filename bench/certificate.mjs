// The certificate's costs:
//  1. generate + sign one certificate (render the PDF with its QR code, add the signature field,
//     CMS-sign it with a P12), N times in-process: p50/p95 (target p50 < 150 ms);
//  2. the public verification page under a bounded local load: a fresh embedded database gets
//     one issued certificate through the portal's own issuing function, then the portal is
//     started on it and autocannon requests /verifikasi/<token> on 127.0.0.1 for S seconds.
//
//   node --import tsx bench/certificate.mjs [--runs 200] [--seconds 10] [--connections 10] [--port 3210]
//
// Results are printed and written to bench/results/certificate.json.
import autocannon from "autocannon";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ignoreServerOnly, percentile, root, startPortal, stopPortal } from "./lib.mjs";

ignoreServerOnly();

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3210" },
  },
});
const RUNS = Math.max(10, Math.min(2000, Number(values.runs)));
const SECONDS = Math.max(2, Math.min(60, Number(values.seconds)));
const CONNECTIONS = Math.max(1, Math.min(100, Number(values.connections)));
const PORT = Number(values.port);

const resultsDir = path.join(root, "bench", "results");
const dataDir = path.join(resultsDir, "certificate-data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
process.env.DATA_DIR = dataDir;
process.env.PGLITE_DATA_DIR = path.join(dataDir, "pglite");
process.env.NEXTAUTH_URL = `http://127.0.0.1:${PORT}`;

const { makeSelfSignedP12 } = await import("../lib/certificates/keys.ts");
const { signedCertificatePdf } = await import("../lib/certificates/sign.ts");

// 1. Generate + sign.
const passphrase = "bench";
const p12 = makeSelfSignedP12(passphrase);
const data = (i) => ({
  number: `503/SS-11050/DPMPTSP/2026/${String(i + 1).padStart(4, "0")}`,
  companyName: `PT Tirta Jernih Purwakarta ${i}`,
  nib: "9120001234567",
  npwp: "0012345678901234",
  kbli: "11050",
  kbliTitle: "Industri Air Minum dan Air Mineral",
  riskLevel: "Menengah Tinggi",
  scale: "Kecil",
  location: "Jl. Raya Sadang No. 12, Desa/Kelurahan Cijunti, Kecamatan Campaka, Kabupaten Purwakarta",
  issuedAt: new Date(),
  place: "Purwakarta",
  signer: { name: "Drs. H. Asep Supriatna, M.Si.", position: "Kepala DPMPTSP Kabupaten Purwakarta", nip: "196907151994031005" },
  verifyUrl: `http://127.0.0.1:${PORT}/verifikasi/${"x".repeat(43)}`,
});
const sign = (i) => signedCertificatePdf(data(i), { p12, passphrase, location: "Purwakarta", contactInfo: "bench@tirta.test", signingTime: new Date() });
for (let i = 0; i < 10; i++) await sign(i); // warm-up
const times = [];
let bytes = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const pdf = await sign(i);
  times.push(performance.now() - t0);
  bytes = pdf.byteLength;
}
times.sort((a, b) => a - b);
const signing = { runs: RUNS, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1)), pdfBytes: bytes, targetP50Ms: 150 };
console.log(`generate + sign: ${RUNS} runs, p50 ${signing.p50} ms, p95 ${signing.p95} ms, max ${signing.max} ms (${bytes} bytes per PDF); target p50 < 150 ms: ${signing.p50 < 150 ? "met" : "MISSED"}`);

// 2. One real certificate in a fresh database, then the verification page under load.
const { database, ensureMigrated, getPrisma } = await import("../lib/db/index.ts");
const { seed } = await import("../lib/seed/index.ts");
const { issueCertificate } = await import("../lib/certificates/issue.ts");
const { DEMO_PASSWORD } = await import("../lib/seed/demo-accounts.ts");
await ensureMigrated();
const prisma = getPrisma();
await seed(prisma, { demoAccounts: true, nodeEnv: "development" });
const service = await prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" } });
const signer = await prisma.user.findUniqueOrThrow({ where: { email: "penandatangan@demo.tirta.test" }, include: { roles: true } });
const applicant = await prisma.user.findUniqueOrThrow({ where: { email: "pemohon@demo.tirta.test" } });
const app = await prisma.application.create({
  data: {
    serviceId: service.id,
    companyId: applicant.companyId,
    createdById: applicant.id,
    status: "approved",
    registrationNumber: "SS-11050-2026-900001",
    submittedAt: new Date(),
  },
});
const issued = await issueCertificate({
  actor: { id: signer.id, name: signer.name, email: signer.email, roles: signer.roles.map((r) => r.role), companyId: null },
  data: { applicationId: app.id, version: app.version, password: DEMO_PASSWORD },
  origin: `http://127.0.0.1:${PORT}`,
});
await database().close();
console.log(`issued ${issued.number}; starting the portal on ${PORT}`);

const portal = await startPortal({ port: PORT, dataDir });
let load;
try {
  const url = `http://127.0.0.1:${PORT}/verifikasi/${issued.token}`;
  const first = await fetch(url);
  const html = await first.text();
  if (first.status !== 200 || !html.includes(issued.number)) throw new Error(`the verification page did not show ${issued.number} (${first.status})`);
  for (let i = 0; i < 20; i++) await fetch(url); // warm-up
  const latencies = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { "accept-language": "id" } });
  instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  load = {
    url: "/verifikasi/<token>",
    seconds: SECONDS,
    connections: CONNECTIONS,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1)) },
  };
  console.log(
    `verification page: ${load.requestsPerSecond} req/s over ${SECONDS} s with ${CONNECTIONS} connections, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, p99 ${load.latencyMs.p99} ms; non-2xx ${load.non2xx}, errors ${load.errors}`,
  );
} finally {
  await stopPortal(portal.child);
  rmSync(dataDir, { recursive: true, force: true });
}

const summary = { date: new Date().toISOString(), node: process.version, signing, verificationPage: load };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "certificate.json"), `${JSON.stringify(summary, null, 2)}\n`);

function round(n) {
  return Math.round(n * 10) / 10;
}
