import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { openDatabase } from "@/lib/db/connect";
import { seed } from "@/lib/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { ROLES } from "@/lib/auth/roles";
import { freshEmptyDatabase } from "../helpers/db";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshEmptyDatabase();
  drop = fresh.drop;
  db = openDatabase(fresh.target);
  await db.migrate();
});
afterAll(async () => {
  await db.close();
  await drop();
});

async function snapshot() {
  const p = db.prisma;
  return {
    services: await p.serviceDefinition.findMany({ orderBy: { code: "asc" } }),
    items: await p.requirementItem.findMany({ orderBy: [{ serviceId: "asc" }, { position: "asc" }] }),
    holidays: await p.holiday.findMany({ orderBy: { date: "asc" } }),
    years: await p.calendarYear.findMany(),
    users: await p.user.findMany({ orderBy: { email: "asc" }, include: { roles: true } }),
    companies: await p.company.findMany({ orderBy: { nib: "asc" } }),
  };
}

describe("seed", () => {
  it("refuses demo accounts when NODE_ENV=production, before writing anything", async () => {
    await expect(seed(db.prisma, { demoAccounts: true, nodeEnv: "production" })).rejects.toThrow(/NODE_ENV=production/);
    expect(await db.prisma.serviceDefinition.count()).toBe(0);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("seeds the service, the 2026 calendar and one demo account per role", async () => {
    const report = await seed(db.prisma, { demoAccounts: true, nodeEnv: "test" });
    expect(report.service).toBe("created");
    const s = await snapshot();
    expect(s.services.map((x) => [x.code, x.kbli, x.slaWorkingDays, x.riskLevel])).toEqual([["kbli-11050", "11050", 7, "Menengah Tinggi"]]);
    expect(s.items.map((i) => i.code)).toEqual(["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4"]);
    // DOMAIN.md: 17 libur nasional and 8 cuti bersama in 2026.
    expect(s.holidays).toHaveLength(25);
    expect(s.holidays.filter((h) => h.kind === "libur_nasional")).toHaveLength(17);
    expect(s.holidays.filter((h) => h.kind === "cuti_bersama")).toHaveLength(8);
    expect(s.holidays[0]?.date.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(s.holidays.at(-1)?.date.toISOString().slice(0, 10)).toBe("2026-12-25");
    expect(s.years.map((y) => y.year)).toEqual([2026]);
    // No guessed dates for later years.
    expect(s.holidays.every((h) => h.date.getUTCFullYear() === 2026)).toBe(true);
    const roles = s.users.flatMap((u) => u.roles.map((r) => r.role)).sort();
    expect(roles).toEqual([...ROLES].sort());
    expect(s.users).toHaveLength(DEMO_ACCOUNTS.length);
    const applicant = s.users.find((u) => u.roles.some((r) => r.role === "pemohon"));
    expect(applicant?.companyId).toBe(s.companies[0]?.id);
    expect(await verifyPassword(applicant?.passwordHash ?? null, DEMO_PASSWORD)).toBe(true);
    expect(applicant?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await snapshot();
    const report = await seed(db.prisma, { demoAccounts: true, nodeEnv: "test" });
    expect(report.service).toBe("kept");
    expect(await snapshot()).toEqual(before);
  });

  it("keeps an admin's edit of the service standard", async () => {
    await db.prisma.serviceDefinition.update({ where: { code: "kbli-11050" }, data: { title: "Judul yang diubah admin" } });
    await seed(db.prisma, { demoAccounts: false });
    expect((await db.prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" } })).title).toBe("Judul yang diubah admin");
  });
});
