import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { kbli11050Service } from "@/lib/service-standard/kbli-11050";
import { DECREE_2026, HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import { DEMO_ACCOUNTS, DEMO_COMPANY, DEMO_PASSWORD } from "./demo-accounts";

export interface SeedReport {
  service: "created" | "kept";
  requirementItems: number;
  holidays: number;
  demoAccounts: number;
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Reference data (the KBLI 11050 service definition, the 2026 holiday calendar) and, outside
 * production, one demo account per role. Idempotent: a second run changes nothing. Existing
 * rows are kept as they are, so edits made by an admin are never overwritten.
 */
export async function seed(
  prisma: PrismaClient,
  options: { demoAccounts: boolean; nodeEnv?: string },
): Promise<SeedReport> {
  if (options.demoAccounts && (options.nodeEnv ?? process.env.NODE_ENV) === "production") {
    throw new Error("Akun demo tidak boleh dibuat ketika NODE_ENV=production.");
  }
  const s = kbli11050Service;
  const existing = await prisma.serviceDefinition.findUnique({ where: { code: s.code }, select: { id: true } });
  const service =
    existing ??
    (await prisma.serviceDefinition.create({
      data: {
        code: s.code,
        kbli: s.kbli,
        title: s.title,
        riskLevel: s.riskLevel,
        slaWorkingDays: s.slaWorkingDays,
        procedure: json(s.procedure),
        standard: json(s.standard),
      },
      select: { id: true },
    }));
  for (const item of s.requirements) {
    await prisma.requirementItem.upsert({
      where: { serviceId_code: { serviceId: service.id, code: item.code } },
      update: {},
      create: {
        serviceId: service.id,
        code: item.code,
        group: item.group,
        position: item.position,
        title: json(item.title),
        guidance: json(item.guidance),
        fields: json(item.fields),
        evidenceRequired: item.evidenceRequired,
      },
    });
  }

  for (const h of HOLIDAYS_2026) {
    await prisma.holiday.upsert({
      where: { date: new Date(`${h.date}T00:00:00Z`) },
      update: {},
      create: { date: new Date(`${h.date}T00:00:00Z`), kind: h.kind, name: h.name, decree: DECREE_2026 },
    });
  }
  await prisma.calendarYear.upsert({ where: { year: 2026 }, update: {}, create: { year: 2026, decree: DECREE_2026 } });

  let demoAccounts = 0;
  if (options.demoAccounts) demoAccounts = await seedDemoAccounts(prisma);

  return {
    service: existing ? "kept" : "created",
    requirementItems: s.requirements.length,
    holidays: HOLIDAYS_2026.length,
    demoAccounts,
  };
}

async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  const company = await prisma.company.upsert({
    where: { nib: DEMO_COMPANY.nib },
    update: {},
    create: DEMO_COMPANY,
  });
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const passwordHash = existing.size < DEMO_ACCOUNTS.length ? await hashPassword(DEMO_PASSWORD) : "";
  for (const a of DEMO_ACCOUNTS) {
    if (existing.has(a.email)) continue;
    await prisma.user.create({
      data: {
        email: a.email,
        name: a.name,
        passwordHash,
        nip: a.nip,
        position: a.position,
        companyId: a.role === "pemohon" ? company.id : null,
        roles: { create: { role: a.role } },
      },
    });
  }
  const atasan = await prisma.user.findUniqueOrThrow({ where: { email: "atasan@demo.tirta.test" }, select: { id: true } });
  await prisma.user.updateMany({
    where: { email: { in: DEMO_ACCOUNTS.filter((a) => a.reportsToAtasan).map((a) => a.email) }, supervisorId: null },
    data: { supervisorId: atasan.id },
  });
  return DEMO_ACCOUNTS.length;
}
