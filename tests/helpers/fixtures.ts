import { randomInt, randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import type { BusinessScale } from "@/lib/generated/prisma/enums";
import { seed } from "@/lib/seed";

// Data for integration tests, unique per call, on the process database.

export async function ensureService(): Promise<void> {
  await seed(getPrisma(), { demoAccounts: false, nodeEnv: "test" });
}

export function randomNib(): string {
  return Array.from({ length: 13 }, () => randomInt(10)).join("");
}

export async function makeCompany(scale: BusinessScale | null = "kecil") {
  return getPrisma().company.create({
    data: { nib: randomNib(), name: `PT Uji ${randomUUID().slice(0, 8)}`, scale },
    select: { id: true, nib: true, name: true },
  });
}

export async function makeUser(roles: Role[], companyId: string | null = null): Promise<Actor> {
  const email = `u-${randomUUID()}@example.test`;
  const user = await getPrisma().user.create({
    data: { email, name: "Pengguna Uji", passwordHash: "x", companyId, roles: { create: roles.map((role) => ({ role })) } },
    select: { id: true },
  });
  return { id: user.id, name: "Pengguna Uji", email, roles, companyId };
}

/** An applicant with a company of its own (scale kecil unless said otherwise). */
export async function makeApplicant(scale: BusinessScale | null = "kecil"): Promise<Actor & { companyId: string }> {
  const company = await makeCompany(scale);
  const actor = await makeUser(["pemohon"], company.id);
  return { ...actor, companyId: company.id };
}

/** Attaches a stored file as evidence of an item (bypassing the upload checks). */
export async function attachEvidence(applicationId: string, itemCode: string): Promise<void> {
  const prisma = getPrisma();
  const item = await prisma.requirementItem.findFirstOrThrow({ where: { code: itemCode, service: { code: "kbli-11050" } } });
  const answer = await prisma.applicationAnswer.upsert({
    where: { applicationId_itemId: { applicationId, itemId: item.id } },
    create: { applicationId, itemId: item.id, value: {} },
    update: {},
  });
  const file = await prisma.storedFile.create({
    data: { sha256: "0".repeat(64), size: 10, mimeType: "application/pdf", originalName: "bukti.pdf" },
  });
  await prisma.evidenceFile.create({ data: { answerId: answer.id, fileId: file.id } });
}

/** Complete answers for every item of KBLI 11050 (A.4 outside an estate). */
export const COMPLETE_ANSWERS: Record<string, Record<string, unknown>> = {
  A1: { scale: "kecil" },
  A2: { siinasUsername: "pt-uji" },
  A3: { lastSubmission: "Semester II 2025" },
  A4: {
    locationType: "luar_kawasan",
    outsideCondition: "tidak_ada_kawasan_industri",
    outsideJustification: "Belum ada kawasan industri yang tersedia di kecamatan ini.",
    inIndustrialZone: true,
    address: "Jl. Raya Sadang No. 1",
    kecamatan: "Campaka",
    desa: "Cijunti",
    coordinates: { lat: "-6.5569", lng: "107.4433" },
  },
  A5: { acknowledged: true },
  B1: { facilities: "Mesin pengisian galon, 2 unit, 1.000 galon/hari" },
  B2: { notes: "" },
  B3: { consumerService: "Label produk, nomor pengaduan konsumen." },
  B4: { system: "HACCP", notes: "" },
};
export const EVIDENCE_ITEMS = ["A2", "A3", "A4", "B1", "B2", "B3", "B4"];

let fixtureSeq = 0;

/**
 * An application put straight into `status` (as if it had got there), with every item answered
 * and evidenced, a registration number, and the given clock and assignment.
 */
export async function makeApplicationInStatus(
  status: import("@/lib/generated/prisma/enums").ApplicationStatus,
  extra: { technicalId?: string | null; completedAt?: Date | null; dueDate?: string | null; clockPausedAt?: Date | null } = {},
) {
  const prisma = getPrisma();
  const applicant = await makeApplicant();
  const service = await prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" }, include: { items: true } });
  const number = `SS-11050-2099-${String(randomInt(1, 999_999)).padStart(6, "0")}-${++fixtureSeq}-${randomUUID().slice(0, 4)}`;
  const app = await prisma.application.create({
    data: {
      serviceId: service.id,
      companyId: applicant.companyId,
      createdById: applicant.id,
      status,
      registrationNumber: number,
      submittedAt: new Date(),
      completedAt: extra.completedAt ?? null,
      clockPausedAt: extra.clockPausedAt ?? null,
      dueDate: extra.dueDate ? new Date(`${extra.dueDate}T00:00:00Z`) : null,
      technicalId: extra.technicalId ?? null,
      answers: {
        create: service.items.map((item) => ({ itemId: item.id, value: (COMPLETE_ANSWERS[item.code] ?? {}) as object })),
      },
    },
    select: { id: true, version: true, registrationNumber: true },
  });
  for (const code of EVIDENCE_ITEMS) await attachEvidence(app.id, code);
  return { ...app, applicant };
}
