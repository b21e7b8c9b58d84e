import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { POST as checkUpload } from "@/app/api/verifikasi/route";
import { signedCertificateFile } from "@/lib/certificates/documents";
import { outcomeIsGenuine } from "@/lib/certificates/outcome";
import { issueCertificate } from "@/lib/certificates/issue";
import { loadSigningKey, makeSelfSignedP12, SigningConfigError } from "@/lib/certificates/keys";
import { certificateByToken, checkUploadedPdf } from "@/lib/certificates/public";
import { revokeCertificate } from "@/lib/certificates/revoke";
import { checkPdfSignature } from "@/lib/certificates/verify";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { ensureService, makeApplicationInStatus, makeUser } from "../helpers/fixtures";
import { outcome } from "../helpers/outcome";

const work = mkdtempSync(path.join(tmpdir(), "tirta-certs-"));
process.env.PGLITE_DATA_DIR ??= "memory";
process.env.FILE_STORAGE_DIR ??= path.join(work, "files");
process.env.DATA_DIR = work; // the development signing key is made here
const PASSWORD = "Tanda-Tangan-2026!";
const ORIGIN = "http://localhost:3000";

let signer: Actor;
beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
  signer = await makeUser(["penandatangan"]);
  await getPrisma().user.update({
    where: { id: signer.id },
    data: { name: "Drs. H. Asep Supriatna, M.Si.", position: "Kepala DPMPTSP Kabupaten Purwakarta", nip: "196907151994031005", passwordHash: await hashPassword(PASSWORD) },
  });
});
afterAll(async () => {
  await database().close();
  rmSync(work, { recursive: true, force: true });
});

const code = (p: Promise<unknown>) => outcome(p, { fieldErrors: true });

/** A year of its own, so this file's numbers are not shared with any other test run. */
const freeYear = () => 2100 + randomInt(0, 7000);
const inYear = (year: number) => new Date(`${year}-03-02T03:00:00Z`);

function pdfsig(bytes: Uint8Array): string {
  const file = path.join(work, `sig-${randomInt(1e9)}.pdf`);
  writeFileSync(file, bytes);
  return spawnSync("pdfsig", [file], { encoding: "utf8" }).stdout;
}

describe("issuing a certificate", () => {
  it("signs an approved file: pdfsig and the in-process verifier agree, before and after one byte changes", async () => {
    const app = await makeApplicationInStatus("approved");
    const year = freeYear();
    const issued = await issueCertificate({ actor: signer, data: { applicationId: app.id, version: app.version, password: PASSWORD }, origin: ORIGIN, now: inYear(year) });
    expect(issued.number).toBe(`503/SS-11050/DPMPTSP/${year}/0001`);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const row = await getPrisma().application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true, events: { select: { type: true } }, certificate: true } });
    expect(row.status).toBe("issued");
    expect(row.events.map((e) => e.type)).toContain("issued");
    expect(row.certificate).toMatchObject({ number: issued.number, year, sequence: 1, signerNip: "196907151994031005", revokedAt: null });
    const audit = await getPrisma().auditEvent.findFirst({ where: { entityId: app.id, action: "application.issue" } });
    expect(audit).not.toBeNull();
    const notice = await getPrisma().notification.findFirst({ where: { applicationId: app.id, userId: app.applicant.id, type: "issued" } });
    expect(notice).not.toBeNull();

    // The applicant downloads exactly the stored bytes.
    const file = await signedCertificateFile({ actor: app.applicant, applicationId: app.id });
    expect(file.name).toMatch(/^sertifikat-standar-503-SS-11050-DPMPTSP-\d{4}-0001\.pdf$/);
    const report = pdfsig(file.bytes);
    expect(report).toContain("Signature is Valid.");
    expect(report).toContain("Signer Certificate Common Name: Penandatangan Uji Tirta (bukan untuk produksi)");
    expect(report).toContain("Total document signed");
    const raw = Buffer.from(file.bytes).toString("latin1");
    expect(raw).toContain("/Location (Purwakarta)");
    expect(raw).toContain(`/Reason (Penerbitan Sertifikat Standar ${issued.number})`);
    expect(checkPdfSignature(file.bytes)).toMatchObject({ signed: true, intact: true });

    // One byte inside the signed range (in the document, before the signature) changes.
    const tampered = Buffer.from(file.bytes);
    const at = tampered.indexOf("/Producer");
    tampered[at + 1] = tampered[at + 1] === 0x50 ? 0x51 : 0x50;
    expect(pdfsig(tampered)).toMatch(/Digest Mismatch|Signature is Invalid/);
    expect(checkPdfSignature(tampered)).toMatchObject({ signed: true, intact: false });

    // Another company's applicant cannot have it.
    const other = await makeApplicationInStatus("submitted");
    expect(await code(signedCertificateFile({ actor: other.applicant, applicationId: app.id }))).toBe("not_found");
  });

  it("gives distinct consecutive numbers to files issued at the same time", async () => {
    const apps = await Promise.all(Array.from({ length: 6 }, () => makeApplicationInStatus("approved")));
    const year = freeYear();
    const results = await Promise.all(
      apps.map((app) => issueCertificate({ actor: signer, data: { applicationId: app.id, version: app.version, password: PASSWORD }, origin: ORIGIN, now: inYear(year) })),
    );
    const numbers = results.map((r) => r.number).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6].map((n) => `503/SS-11050/DPMPTSP/${year}/${String(n).padStart(4, "0")}`));
  });

  it("signs once when the official clicks twice: the second is refused and uses no number", async () => {
    const app = await makeApplicationInStatus("approved");
    const year = freeYear();
    const input = { applicationId: app.id, version: app.version, password: PASSWORD };
    const outcomes = await Promise.all([0, 1].map(() => code(issueCertificate({ actor: signer, data: input, origin: ORIGIN, now: inYear(year) }))));
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    const next = await makeApplicationInStatus("approved");
    const issued = await issueCertificate({ actor: signer, data: { applicationId: next.id, version: next.version, password: PASSWORD }, origin: ORIGIN, now: inYear(year) });
    expect(issued.number.endsWith("/0002")).toBe(true);
  });

  it("refuses a wrong password, another role and a file that is not approved, and changes nothing", async () => {
    const app = await makeApplicationInStatus("approved");
    const year = freeYear();
    const data = { applicationId: app.id, version: app.version, password: "salah" };
    expect(await code(issueCertificate({ actor: signer, data, origin: ORIGIN, now: inYear(year) }))).toBe("signPasswordWrong");
    const petugas = await makeUser(["petugas"]);
    expect(await code(issueCertificate({ actor: petugas, data: { ...data, password: PASSWORD }, origin: ORIGIN, now: inYear(year) }))).toBe("forbidden");
    const pending = await makeApplicationInStatus("awaiting_decision");
    expect(await code(issueCertificate({ actor: signer, data: { applicationId: pending.id, version: pending.version, password: PASSWORD }, origin: ORIGIN, now: inYear(year) }))).toBe("transition_not_allowed");
    const after = await getPrisma().application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true, certificate: true } });
    expect(after).toEqual({ status: "approved", certificate: null });
    // No number was used by the refusals.
    const issued = await issueCertificate({ actor: signer, data: { ...data, password: PASSWORD }, origin: ORIGIN, now: inYear(year) });
    expect(issued.number.endsWith("/0001")).toBe(true);
  });
});

describe("guessing the signing password", () => {
  it("stops after five wrong passwords within 15 minutes, even with the right one", async () => {
    const official = await makeUser(["penandatangan"]);
    await getPrisma().user.update({ where: { id: official.id }, data: { position: "Kepala", nip: "1", passwordHash: await hashPassword(PASSWORD) } });
    const app = await makeApplicationInStatus("approved");
    const now = new Date();
    const attempt = (password: string, at = now) => code(issueCertificate({ actor: official, data: { applicationId: app.id, version: app.version, password }, origin: ORIGIN, now: at }));
    for (let i = 0; i < 5; i++) expect(await attempt(`salah-${i}`)).toBe("signPasswordWrong");
    expect(await attempt(PASSWORD)).toBe("sign_locked");
    expect(await attempt(PASSWORD, new Date(now.getTime() + 16 * 60_000))).toBe("ok");
  });
});

describe("public verification and revocation", () => {
  it("shows valid, then revoked with date and reason; an uploaded copy is authentic, a changed one is not", async () => {
    const app = await makeApplicationInStatus("approved");
    const issued = await issueCertificate({ actor: signer, data: { applicationId: app.id, version: app.version, password: PASSWORD }, origin: ORIGIN, now: inYear(freeYear()) });
    const publicView = await certificateByToken(issued.token);
    expect(publicView).toMatchObject({ state: "valid", number: issued.number, kbli: "11050", office: "DPMPTSP Kabupaten Purwakarta" });
    // Only what the page may show: no NIB, NPWP, address, people.
    expect(Object.keys(publicView!).sort()).toEqual(["companyName", "issuedAt", "kbli", "kbliTitle", "number", "office", "revokedAt", "revokedReason", "state", "token"]);

    const { bytes } = await signedCertificateFile({ actor: signer, applicationId: app.id });
    expect(await checkUploadedPdf(bytes)).toMatchObject({ result: "checked", signature: "intact", certificate: { number: issued.number } });
    const changed = Buffer.from(bytes);
    const at = changed.indexOf("/Producer");
    changed[at + 1] = changed[at + 1] === 0x50 ? 0x51 : 0x50;
    expect(await checkUploadedPdf(changed)).toMatchObject({ result: "checked", signature: "broken", certificate: null });
    expect(await checkUploadedPdf(new Uint8Array(0))).toEqual({ result: "empty" });
    expect(await checkUploadedPdf(Buffer.from("bukan pdf"))).toEqual({ result: "not_pdf" });

    const petugas = await makeUser(["petugas"]);
    expect(await code(revokeCertificate({ actor: petugas, data: { applicationId: app.id, reason: "Uji" } }))).toBe("forbidden");
    const when = new Date("2026-12-01T04:00:00Z");
    await revokeCertificate({ actor: signer, data: { applicationId: app.id, reason: "Lokasi usaha tidak lagi sesuai tata ruang." }, now: when });
    expect(await certificateByToken(issued.token)).toMatchObject({ state: "revoked", revokedAt: when, revokedReason: "Lokasi usaha tidak lagi sesuai tata ruang." });
    expect(await code(revokeCertificate({ actor: signer, data: { applicationId: app.id, reason: "Lagi" } }))).toBe("already_revoked");
    const audit = await getPrisma().auditEvent.findFirst({ where: { entityType: "Certificate", action: "certificate.revoke", data: { path: ["number"], equals: issued.number } } });
    expect(audit).not.toBeNull();
  });

  it("knows no certificate for a malformed or unknown token", async () => {
    for (const token of ["", "x", "../../etc/passwd", "A".repeat(43), "A".repeat(44), "'; DROP TABLE \"Certificate\"; --"]) {
      expect(await certificateByToken(token)).toBeNull();
    }
  });
});

describe("POST /api/verifikasi", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    checkUpload(new Request("http://localhost:3000/api/verifikasi", { method: "POST", body, headers: { referer: "http://localhost:3000/verifikasi/abc", "x-forwarded-host": "localhost:3000", ...headers } }));
  const form = (bytes: Uint8Array | string, name = "berkas.pdf") => {
    const f = new FormData();
    f.set("berkas", new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type: "application/pdf" }));
    return f;
  };
  // The outcome's own fields (hasil, ttd, t), after checking that the server signed them.
  const outcome = (res: Response) => {
    expect(res.status).toBe(303);
    const query = Object.fromEntries(new URL(res.headers.get("location")!, "http://localhost:3000").searchParams);
    expect(outcomeIsGenuine(query)).toBe(true);
    return Object.fromEntries(Object.entries(query).filter(([k, v]) => ["hasil", "ttd", "t"].includes(k) && v !== ""));
  };

  it("answers every upload with a redirect that says what it found, and stores nothing", async () => {
    const app = await makeApplicationInStatus("approved");
    const issued = await issueCertificate({ actor: signer, data: { applicationId: app.id, version: app.version, password: PASSWORD }, origin: ORIGIN, now: inYear(freeYear()) });
    const { bytes } = await signedCertificateFile({ actor: signer, applicationId: app.id });
    const files = await getPrisma().storedFile.count();

    const res = await post(form(bytes));
    expect(new URL(res.headers.get("location")!, "http://x").pathname).toBe("/verifikasi/abc");
    expect(outcome(res)).toEqual({ hasil: "asli", ttd: "utuh", t: issued.token });
    const changed = Buffer.from(bytes);
    const at = changed.indexOf("/Producer") + 1;
    changed[at] = changed[at]! ^ 1;
    expect(outcome(await post(form(changed)))).toEqual({ hasil: "tidak-cocok", ttd: "rusak" });
    expect(outcome(await post(form("%PDF-1.7\n%%EOF\n")))).toEqual({ hasil: "tidak-cocok", ttd: "tanpa" });
    expect(outcome(await post(form("GIF89a bukan pdf", "x.pdf")))).toEqual({ hasil: "bukan-pdf" });
    expect(outcome(await post(form("")))).toEqual({ hasil: "kosong" });
    expect(outcome(await post(new FormData()))).toEqual({ hasil: "kosong" });
    expect(outcome(await post("bukan multipart", { "content-type": "text/plain" }))).toEqual({ hasil: "kosong" });
    // Too large: refused from its declared length, before the body is read.
    expect(outcome(await post("x", { "content-length": String(200 * 1024 * 1024) }))).toEqual({ hasil: "terlalu-besar" });
    expect(await getPrisma().storedFile.count()).toBe(files);
  });

  it("shows no result for a hand-made, altered or expired address", async () => {
    const query = Object.fromEntries(new URL((await post(form("%PDF-1.7\n"))).headers.get("location")!, "http://x").searchParams);
    expect(outcomeIsGenuine(query)).toBe(true);
    expect(outcomeIsGenuine({ ...query, hasil: "asli", ttd: "utuh", t: "A".repeat(43) })).toBe(false);
    expect(outcomeIsGenuine({ hasil: "asli", ttd: "utuh", t: "A".repeat(43) })).toBe(false);
    expect(outcomeIsGenuine(query, Date.now() + 16 * 60_000)).toBe(false);
  });
});

describe("the signing key", () => {
  const base = parseEnv({ NODE_ENV: "production", DATA_DIR: work });
  it("refuses to start in production without a certificate, naming the variable", async () => {
    await expect(loadSigningKey(base)).rejects.toMatchObject({ name: "SigningConfigError", variable: "SIGNING_P12_BASE64" });
    await expect(loadSigningKey(base)).rejects.toThrow(/SIGNING_P12_BASE64.*SIGNING_P12_PATH/);
    const p12 = makeSelfSignedP12("rahasia", "Pejabat Uji").toString("base64");
    await expect(loadSigningKey({ ...base, SIGNING_P12_BASE64: p12 })).rejects.toMatchObject({ variable: "SIGNING_P12_PASSPHRASE" });
    await expect(loadSigningKey({ ...base, SIGNING_P12_BASE64: p12, SIGNING_P12_PASSPHRASE: "salah" })).rejects.toBeInstanceOf(SigningConfigError);
    await expect(loadSigningKey({ ...base, SIGNING_P12_PATH: path.join(work, "tidak-ada.p12"), SIGNING_P12_PASSPHRASE: "x" })).rejects.toMatchObject({ variable: "SIGNING_P12_PATH" });
  });
  it("uses a configured P12, inline or from a file", async () => {
    const p12 = makeSelfSignedP12("rahasia", "Pejabat Uji");
    expect(await loadSigningKey({ ...base, SIGNING_P12_BASE64: p12.toString("base64"), SIGNING_P12_PASSPHRASE: "rahasia" })).toMatchObject({ subject: "Pejabat Uji", development: false });
    const file = path.join(work, "kantor.p12");
    writeFileSync(file, p12);
    expect(await loadSigningKey({ ...base, SIGNING_P12_PATH: file, SIGNING_P12_PASSPHRASE: "rahasia" })).toMatchObject({ subject: "Pejabat Uji", development: false });
  });
  it("makes one development key and keeps it", async () => {
    const dev = parseEnv({ NODE_ENV: "development", DATA_DIR: path.join(work, "dev") });
    const [a, b] = await Promise.all([loadSigningKey(dev), loadSigningKey(dev)]);
    expect(a.development).toBe(true);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect((await loadSigningKey(dev)).fingerprint).toBe(a.fingerprint);
  });
});
