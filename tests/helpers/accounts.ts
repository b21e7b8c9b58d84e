import { randomInt, randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { seed } from "@/lib/seed";

// Data for the account and company tests, unique per call, on the process database.

/** The service definition (with its scale gate). Two test files may seed at once on PostgreSQL. */
export async function seedService(): Promise<void> {
  try {
    await seed(getPrisma(), { demoAccounts: false, nodeEnv: "test" });
  } catch {
    await seed(getPrisma(), { demoAccounts: false, nodeEnv: "test" });
  }
}

export const uniqueEmail = (prefix = "u") => `${prefix}-${randomUUID()}@example.test`;
export const uniqueNib = () => `9${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;

export async function makeAccount(
  options: { roles?: Role[]; companyId?: string | null; password?: string; email?: string } = {},
): Promise<Actor> {
  const roles = options.roles ?? ["pemohon"];
  const email = options.email ?? uniqueEmail();
  const user = await getPrisma().user.create({
    data: {
      email,
      name: "Pengguna Uji",
      passwordHash: options.password ? await hashPassword(options.password) : "x",
      companyId: options.companyId ?? null,
      roles: { create: roles.map((role) => ({ role })) },
    },
    select: { id: true },
  });
  return { id: user.id, name: "Pengguna Uji", email, roles, companyId: options.companyId ?? null };
}

/** A valid profile form (as the schema parses it) with a fresh NIB. */
export function profileData(overrides: Record<string, unknown> = {}) {
  return {
    scale: "kecil" as const,
    nib: uniqueNib(),
    npwp: "0012345678409000",
    name: `PT Uji ${randomUUID().slice(0, 8)}`,
    legalForm: "PT" as const,
    legalFormOther: "",
    address: "Jalan Raya Sadang No. 10",
    kecamatan: "Bungursari",
    desa: "Cibening",
    contactName: "Siti Rahmawati",
    email: "info@contoh.id",
    phone: "+622648224794",
    ...overrides,
  };
}
