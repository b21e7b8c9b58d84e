import { randomInt, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEvidence, listEvidence, readEvidence, removeEvidence } from "@/lib/applications/evidence";
import type { Actor } from "@/lib/auth/roles";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { fileStorage, sha256Hex } from "@/lib/files/storage";
import type { ApplicationStatus, Verdict } from "@/lib/generated/prisma/enums";
import { tinyJpeg, tinyPdf, tinyPng } from "../fixtures/files";

// Runs on the process database: PostgreSQL when DATABASE_URL is set, else PGlite in memory.
// Files go to a temporary folder of this test file (set before anything reads the environment).
process.env.PGLITE_DATA_DIR ??= "memory";
const storageDir = mkdtempSync(path.join(tmpdir(), "tirta-evidence-"));
process.env.FILE_STORAGE_DIR = storageDir;

const prisma = () => getPrisma();
let serviceId: string;
let otherServiceId: string;

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
}

const nib = () => String(randomInt(1e6, 1e7 - 1)) + String(randomInt(1e5, 1e6 - 1));

async function makeApplicant(): Promise<Actor & { companyId: string }> {
  const company = await prisma().company.create({ data: { nib: nib(), name: `PT Uji ${randomUUID().slice(0, 8)}` } });
  const email = `pemohon-${randomUUID()}@example.test`;
  const user = await prisma().user.create({
    data: { email, name: "Pemohon Uji", passwordHash: "x", companyId: company.id, roles: { create: [{ role: "pemohon" }] } },
  });
  return { id: user.id, name: user.name, email, roles: ["pemohon"], companyId: company.id };
}

async function makeOfficer(): Promise<Actor> {
  const email = `petugas-${randomUUID()}@example.test`;
  const user = await prisma().user.create({
    data: { email, name: "Petugas Uji", passwordHash: "x", roles: { create: [{ role: "petugas" }] } },
  });
  return { id: user.id, name: user.name, email, roles: ["petugas"], companyId: null };
}

async function makeApplication(actor: Actor & { companyId: string }, status: ApplicationStatus = "draft", service = serviceId) {
  return prisma().application.create({ data: { serviceId: service, companyId: actor.companyId, createdById: actor.id, status } });
}

async function setVerdict(applicationId: string, itemCode: string, verdict: Verdict | null) {
  const item = await prisma().requirementItem.findUniqueOrThrow({ where: { serviceId_code: { serviceId, code: itemCode } } });
  return prisma().applicationAnswer.create({ data: { applicationId, itemId: item.id, value: { catatan: "ada" }, verdict } });
}

const pdf = (name = "surat.pdf", tag = randomUUID()) => ({ name, declaredType: "application/pdf", bytes: tinyPdf(tag) });

async function auditOf(applicationId: string) {
  return prisma().auditEvent.findMany({ where: { entityType: "Application", entityId: applicationId }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  await ensureMigrated();
  const item = (code: string, position: number, evidenceRequired: boolean) => ({
    code,
    group: code.startsWith("A") ? "umum" : "khusus",
    position,
    title: { id: `Butir ${code}`, en: `Item ${code}` },
    guidance: { id: "-", en: "-" },
    fields: [],
    evidenceRequired,
  });
  const service = await prisma().serviceDefinition.create({
    data: {
      code: `uji-berkas-${randomUUID()}`,
      kbli: "11050",
      title: "Layanan uji",
      riskLevel: "Menengah Tinggi",
      slaWorkingDays: 7,
      procedure: {},
      standard: {},
      items: { create: [item("A1", 1, false), item("A2", 2, true), item("B1", 3, true), item("B2", 4, true)] },
    },
  });
  serviceId = service.id;
  const other = await prisma().serviceDefinition.create({
    data: {
      code: `uji-lain-${randomUUID()}`,
      kbli: "99999",
      title: "Layanan lain",
      riskLevel: "Rendah",
      slaWorkingDays: 5,
      procedure: {},
      standard: {},
      items: { create: [item("X1", 1, true)] },
    },
  });
  otherServiceId = other.id;
});

afterAll(async () => {
  await database().close();
  await rm(storageDir, { recursive: true, force: true });
});

describe("addEvidence", () => {
  it("stores the file by SHA-256, creates the answer, stamps answeredAt and writes the audit event", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const now = new Date("2026-04-06T02:00:00Z");
    const file = pdf("Surat SIINas.pdf");
    const saved = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file, now });

    expect(saved).toMatchObject({ name: "Surat SIINas.pdf", size: file.bytes.length, type: "application/pdf" });
    const sha = sha256Hex(file.bytes);
    const evidence = await prisma().evidenceFile.findUniqueOrThrow({ where: { id: saved.id }, include: { file: true, answer: true } });
    expect(evidence.file).toMatchObject({ sha256: sha, size: file.bytes.length, mimeType: "application/pdf", uploadedById: applicant.id });
    expect(evidence.answer).toMatchObject({ applicationId: application.id, value: {}, answeredAt: now });
    expect(await fileStorage().has(sha)).toBe(true);
    expect(await filesOnDisk()).toContain(sha);

    const [event] = await auditOf(application.id);
    expect(event).toMatchObject({ action: "evidence.add", actorId: applicant.id });
    expect(event!.data).toMatchObject({ itemCode: "A2", evidenceId: saved.id, sha256: sha, name: "Surat SIINas.pdf" });

    const read = await readEvidence({ actor: applicant, evidenceId: saved.id });
    expect(read).toMatchObject({ name: "Surat SIINas.pdf", type: "application/pdf", size: file.bytes.length, sha256: sha });
    expect(Buffer.from(read.bytes).equals(Buffer.from(file.bytes))).toBe(true);
  });

  it("keeps an existing answer's value and only moves answeredAt", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const answer = await setVerdict(application.id, "B1", null);
    const now = new Date("2026-04-07T03:00:00Z");
    await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf(), now });
    const after = await prisma().applicationAnswer.findUniqueOrThrow({ where: { id: answer.id } });
    expect(after.value).toEqual({ catatan: "ada" });
    expect(after.answeredAt).toEqual(now);
  });

  it("replaces a file in one step: the old evidence and its record go, the new one takes its place", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const first = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf("lama.pdf") });
    const oldFileId = (await prisma().evidenceFile.findUniqueOrThrow({ where: { id: first.id } })).fileId;
    const later = new Date(Date.now() + 60_000);
    const png = { name: "baru.png", declaredType: "image/png", bytes: tinyPng(randomUUID()) };
    const second = await addEvidence({
      actor: applicant,
      applicationId: application.id,
      itemCode: "B1",
      file: png,
      replaceEvidenceId: first.id,
      now: later,
    });

    expect(await prisma().evidenceFile.findUnique({ where: { id: first.id } })).toBeNull();
    expect(await prisma().storedFile.findUnique({ where: { id: oldFileId } })).toBeNull();
    expect((await listEvidence({ actor: applicant, applicationId: application.id })).B1?.map((f) => f.name)).toEqual(["baru.png"]);
    expect(second.type).toBe("image/png");
    const answer = await prisma().applicationAnswer.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(answer.answeredAt).toEqual(later);
    const actions = (await auditOf(application.id)).map((e) => e.action);
    expect(actions).toEqual(["evidence.add", "evidence.replace"]);
    expect((await auditOf(application.id))[1]!.data).toMatchObject({ replaced: { id: first.id, name: "lama.pdf" } });
  });

  it("stores identical content once on disk, with a record per upload", async () => {
    const applicant = await makeApplicant();
    const a = await makeApplication(applicant);
    const b = await makeApplication(applicant);
    const bytes = tinyJpeg(randomUUID());
    const sha = sha256Hex(bytes);
    const file = { name: "foto.jpg", declaredType: "image/jpeg", bytes };
    await addEvidence({ actor: applicant, applicationId: a.id, itemCode: "B1", file });
    await addEvidence({ actor: applicant, applicationId: a.id, itemCode: "B2", file });
    await addEvidence({ actor: applicant, applicationId: b.id, itemCode: "B1", file: { ...file, name: "foto-lagi.jpeg" } });
    expect(await prisma().storedFile.count({ where: { sha256: sha } })).toBe(3);
    expect((await filesOnDisk()).filter((name) => name === sha)).toHaveLength(1);
  });

  it("refuses empty, oversized, wrong and lying files with their code, and stores nothing", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const before = await filesOnDisk();
    const cases = [
      { code: "empty", file: { name: "kosong.pdf", declaredType: "application/pdf", bytes: new Uint8Array(0) } },
      { code: "too_large", file: pdf("besar.pdf"), maxBytes: 100 },
      { code: "wrong_type", file: { name: "catatan.txt", declaredType: "text/plain", bytes: new TextEncoder().encode(randomUUID()) } },
      { code: "type_mismatch", file: { name: "surat.pdf", declaredType: "application/pdf", bytes: tinyPng(randomUUID()) } },
      { code: "type_mismatch", file: { name: "surat.pdf", declaredType: "application/pdf", bytes: new TextEncoder().encode(`teks ${randomUUID()}`) } },
    ];
    for (const c of cases) {
      await expect(
        addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file: c.file, maxBytes: c.maxBytes }),
      ).rejects.toMatchObject({ name: "AppError", code: c.code });
    }
    const overDefault = { name: "pindaian.pdf", declaredType: "application/pdf", bytes: new Uint8Array(10 * 1024 * 1024 + 1) };
    await expect(
      addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file: overDefault }),
    ).rejects.toMatchObject({ code: "too_large", details: { max: 10 } });
    await expect(
      addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file: cases[3]!.file }),
    ).rejects.toMatchObject({ details: { extension: ".pdf", kind: "PDF" } });
    expect(await prisma().storedFile.count({ where: { uploadedById: applicant.id } })).toBe(0);
    expect(await prisma().applicationAnswer.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await auditOf(application.id)).toEqual([]);
    expect(await filesOnDisk()).toEqual(before);
  });

  it("allows at most 10 files per item; the 11th is refused before it is stored", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    for (let i = 0; i < 10; i++) {
      await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file: pdf(`hal-${i}.pdf`) });
    }
    const before = await filesOnDisk();
    const eleventh = pdf("hal-10.pdf");
    await expect(
      addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file: eleventh }),
    ).rejects.toMatchObject({ code: "too_many_files", details: { max: 10 } });
    expect(await filesOnDisk()).toEqual(before);
    expect(await fileStorage().has(sha256Hex(eleventh.bytes))).toBe(false);
    // Replacing one of the ten is still possible, and another item has room of its own.
    const [first] = (await listEvidence({ actor: applicant, applicationId: application.id })).B2!;
    await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file: eleventh, replaceEvidenceId: first!.id });
    await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf() });
    expect((await listEvidence({ actor: applicant, applicationId: application.id })).B2).toHaveLength(10);
  });

  it("refuses items that do not exist in the application's service, or take no documents", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "X1", file: pdf() })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "Z9", file: pdf() })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A1", file: pdf() })).rejects.toMatchObject({
      code: "no_evidence",
    });
    // …while the other service's own item works for an application of that service.
    const other = await makeApplication(applicant, "draft", otherServiceId);
    await expect(addEvidence({ actor: applicant, applicationId: other.id, itemCode: "X1", file: pdf() })).resolves.toMatchObject({
      type: "application/pdf",
    });
  });

  it("refuses a replacement id that is not a file of this item, storing nothing", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const onB1 = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf() });
    const file = pdf();
    await expect(
      addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file, replaceEvidenceId: onB1.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await fileStorage().has(sha256Hex(file.bytes))).toBe(false);
    expect(await prisma().evidenceFile.findUnique({ where: { id: onB1.id } })).not.toBeNull();
  });

  it("refuses changes once the application is submitted", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const saved = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf() });
    await prisma().application.update({ where: { id: application.id }, data: { status: "submitted" } });
    const file = pdf();
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file })).rejects.toMatchObject({
      code: "not_editable",
    });
    await expect(removeEvidence({ actor: applicant, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_editable" });
    expect(await fileStorage().has(sha256Hex(file.bytes))).toBe(false);
    // Still readable by its company.
    await expect(readEvidence({ actor: applicant, evidenceId: saved.id })).resolves.toMatchObject({ type: "application/pdf" });
  });
});

describe("removeEvidence", () => {
  it("removes the file's records, moves answeredAt and writes the audit event", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const saved = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file: pdf("hapus.pdf") });
    const fileId = (await prisma().evidenceFile.findUniqueOrThrow({ where: { id: saved.id } })).fileId;
    const later = new Date(Date.now() + 120_000);
    const removed = await removeEvidence({ actor: applicant, evidenceId: saved.id, now: later });

    expect(removed).toEqual({ id: saved.id, applicationId: application.id, itemCode: "A2" });
    expect(await prisma().evidenceFile.findUnique({ where: { id: saved.id } })).toBeNull();
    expect(await prisma().storedFile.findUnique({ where: { id: fileId } })).toBeNull();
    const answer = await prisma().applicationAnswer.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(answer.answeredAt).toEqual(later);
    const events = await auditOf(application.id);
    expect(events.map((e) => e.action)).toEqual(["evidence.add", "evidence.remove"]);
    expect(events[1]!.data).toMatchObject({ itemCode: "A2", evidenceId: saved.id, name: "hapus.pdf" });
    await expect(readEvidence({ actor: applicant, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeEvidence({ actor: applicant, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("who may see and change evidence", () => {
  it("another company's applicant gets not_found for add, remove, read and list", async () => {
    const owner = await makeApplicant();
    const stranger = await makeApplicant();
    const application = await makeApplication(owner);
    const saved = await addEvidence({ actor: owner, applicationId: application.id, itemCode: "A2", file: pdf() });
    const file = pdf();

    await expect(addEvidence({ actor: stranger, applicationId: application.id, itemCode: "A2", file })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(removeEvidence({ actor: stranger, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(readEvidence({ actor: stranger, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listEvidence({ actor: stranger, applicationId: application.id })).rejects.toMatchObject({ code: "not_found" });
    // The same answer as for an id that does not exist at all.
    await expect(readEvidence({ actor: stranger, evidenceId: "tidak-ada" })).rejects.toMatchObject({ code: "not_found" });
    expect(await fileStorage().has(sha256Hex(file.bytes))).toBe(false);
    expect(await prisma().evidenceFile.findUnique({ where: { id: saved.id } })).not.toBeNull();
  });

  it("an officer reads evidence of a submitted application, not of a draft, and cannot change it", async () => {
    const applicant = await makeApplicant();
    const officer = await makeOfficer();
    const draft = await makeApplication(applicant);
    const inDraft = await addEvidence({ actor: applicant, applicationId: draft.id, itemCode: "A2", file: pdf() });
    await expect(readEvidence({ actor: officer, evidenceId: inDraft.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listEvidence({ actor: officer, applicationId: draft.id })).rejects.toMatchObject({ code: "not_found" });

    const submitted = await makeApplication(applicant);
    const file = pdf("akun-siinas.pdf");
    const saved = await addEvidence({ actor: applicant, applicationId: submitted.id, itemCode: "A2", file });
    await prisma().application.update({ where: { id: submitted.id }, data: { status: "submitted" } });
    const read = await readEvidence({ actor: officer, evidenceId: saved.id });
    expect(read.name).toBe("akun-siinas.pdf");
    expect(Buffer.from(read.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    expect((await listEvidence({ actor: officer, applicationId: submitted.id })).A2?.map((f) => f.id)).toEqual([saved.id]);

    await expect(removeEvidence({ actor: officer, evidenceId: saved.id })).rejects.toMatchObject({ code: "not_editable" });
    await expect(addEvidence({ actor: officer, applicationId: submitted.id, itemCode: "A2", file: pdf() })).rejects.toMatchObject({
      code: "not_editable",
    });
  });

  it("in a file returned for correction, only items marked tidak_sesuai take changes", async () => {
    const applicant = await makeApplicant();
    const application = await makeApplication(applicant);
    const onB1 = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf() });
    const onB2 = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file: pdf() });
    await prisma().applicationAnswer.updateMany({
      where: { applicationId: application.id, item: { code: "B1" } },
      data: { verdict: "sesuai" },
    });
    await prisma().applicationAnswer.updateMany({
      where: { applicationId: application.id, item: { code: "B2" } },
      data: { verdict: "tidak_sesuai", verdictNote: "Struktur organisasi belum memuat uraian tugas." },
    });
    await prisma().application.update({ where: { id: application.id }, data: { status: "needs_correction" } });

    // Accepted item (sesuai): locked.
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B1", file: pdf() })).rejects.toMatchObject({
      code: "not_editable",
    });
    await expect(removeEvidence({ actor: applicant, evidenceId: onB1.id })).rejects.toMatchObject({ code: "not_editable" });
    // Item without an answer (no verdict): locked too.
    await expect(addEvidence({ actor: applicant, applicationId: application.id, itemCode: "A2", file: pdf() })).rejects.toMatchObject({
      code: "not_editable",
    });
    // Item to correct (tidak_sesuai): replace, add and remove all work.
    const replacement = await addEvidence({
      actor: applicant,
      applicationId: application.id,
      itemCode: "B2",
      file: pdf("struktur-organisasi-revisi.pdf"),
      replaceEvidenceId: onB2.id,
    });
    const extra = await addEvidence({ actor: applicant, applicationId: application.id, itemCode: "B2", file: pdf("uraian-tugas.pdf") });
    await removeEvidence({ actor: applicant, evidenceId: extra.id });
    const list = await listEvidence({ actor: applicant, applicationId: application.id });
    expect(list.B2?.map((f) => f.id)).toEqual([replacement.id]);
    expect(list.B1?.map((f) => f.id)).toEqual([onB1.id]);
  });
});
