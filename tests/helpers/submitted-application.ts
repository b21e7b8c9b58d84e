import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { formatRegistrationNumber } from "@/lib/applications/registration-number";
import type { Actor, Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// Rows for the tracking and receipt tests, unique per call (several test files may share one
// PostgreSQL database): a service of its own with a random 5-digit code, companies with random
// NIBs, registration numbers in that service's own series.

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("");

export interface TestService {
  id: string;
  kbli: string;
  items: { id: string; code: string; title: { id: string; en: string }; evidenceRequired: boolean }[];
}

export async function makeService(): Promise<TestService> {
  const kbli = digits(5);
  const itemDefs = [
    { code: "A1", title: { id: "Skala usaha kecil atau menengah", en: "Small or medium business scale" }, evidenceRequired: false },
    { code: "A2", title: { id: "Akun SIINas", en: "SIINas account" }, evidenceRequired: true },
    { code: "B1", title: { id: "Sarana dan fasilitas produksi", en: "Production facilities" }, evidenceRequired: true },
  ];
  const service = await getPrisma().serviceDefinition.create({
    data: {
      code: `uji-${randomUUID()}`,
      kbli,
      title: "Industri Uji",
      riskLevel: "Menengah Tinggi",
      slaWorkingDays: 7,
      procedure: { steps: [] },
      standard: { components: [], parts: [] },
      items: {
        create: itemDefs.map((item, position) => ({
          ...item,
          group: item.code.startsWith("A") ? "umum" : "khusus",
          position,
          guidance: { id: "", en: "" },
          fields: [],
        })),
      },
    },
    select: { id: true, kbli: true, items: { orderBy: { position: "asc" }, select: { id: true, code: true, evidenceRequired: true } } },
  });
  return {
    id: service.id,
    kbli: service.kbli,
    items: service.items.map((item) => ({ ...item, title: itemDefs.find((d) => d.code === item.code)!.title })),
  };
}

export async function makeCompany() {
  return getPrisma().company.create({
    data: { nib: digits(13), npwp: digits(16), name: `PT Uji Lacak ${randomUUID().slice(0, 8)}`, contactName: "Narahubung Uji" },
    select: { id: true, nib: true, npwp: true, name: true },
  });
}

export async function makeUser(roles: Role[], companyId: string | null = null, name = "Pengguna Uji"): Promise<Actor> {
  const email = `u-${randomUUID()}@example.test`;
  const user = await getPrisma().user.create({
    data: { email, name, passwordHash: "x", companyId, roles: { create: roles.map((role) => ({ role })) } },
    select: { id: true },
  });
  return { id: user.id, name, email, roles, companyId };
}

export function uniqueRegistrationNumber(service: TestService): string {
  return formatRegistrationNumber(2026, randomInt(1, 1_000_000), service.kbli);
}

export interface ApplicationFixture {
  service: TestService;
  companyId: string;
  createdById: string;
  status: ApplicationStatus;
  registrationNumber?: string | null;
  submittedAt?: Date | null;
  completedAt?: Date | null;
  dueDate?: Date | null;
  decidedAt?: Date | null;
  /** Evidence files per item code. */
  evidence?: Record<string, number>;
  /** Who submitted it (an ApplicationEvent to "submitted"). */
  submittedById?: string;
}

export async function makeApplication(f: ApplicationFixture): Promise<{ id: string; registrationNumber: string | null }> {
  const prisma = getPrisma();
  const app = await prisma.application.create({
    data: {
      serviceId: f.service.id,
      companyId: f.companyId,
      createdById: f.createdById,
      status: f.status,
      registrationNumber: f.registrationNumber ?? null,
      submittedAt: f.submittedAt ?? null,
      completedAt: f.completedAt ?? null,
      dueDate: f.dueDate ?? null,
      decidedAt: f.decidedAt ?? null,
    },
    select: { id: true, registrationNumber: true },
  });
  for (const [code, count] of Object.entries(f.evidence ?? {})) {
    const item = f.service.items.find((i) => i.code === code)!;
    const answer = await prisma.applicationAnswer.create({ data: { applicationId: app.id, itemId: item.id, value: {} } });
    for (let i = 0; i < count; i++) {
      const file = await prisma.storedFile.create({
        data: { sha256: randomBytes(32).toString("hex"), size: 10, mimeType: "application/pdf", originalName: `bukti-${i}.pdf` },
      });
      await prisma.evidenceFile.create({ data: { answerId: answer.id, fileId: file.id } });
    }
  }
  if (f.submittedById) {
    await prisma.applicationEvent.create({
      data: { applicationId: app.id, type: "submitted", fromStatus: "draft", toStatus: "submitted", actorId: f.submittedById },
    });
  }
  return app;
}
