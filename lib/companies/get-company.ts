import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import type { Company } from "@/lib/generated/prisma/client";

export type CompanyProfile = Pick<
  Company,
  | "id"
  | "nib"
  | "npwp"
  | "name"
  | "legalForm"
  | "address"
  | "kecamatan"
  | "desa"
  | "contactName"
  | "email"
  | "phone"
  | "scale"
  | "version"
  | "createdAt"
  | "updatedAt"
>;

const profileSelect = {
  id: true,
  nib: true,
  npwp: true,
  name: true,
  legalForm: true,
  address: true,
  kecamatan: true,
  desa: true,
  contactName: true,
  email: true,
  phone: true,
  scale: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * The company the actor belongs to (its applicant profile), or null when the actor has none or
 * may not manage it. Read by id *and* the actor's own company, never by a given id.
 */
export async function getOwnCompany({ actor }: { actor: Actor }): Promise<CompanyProfile | null> {
  if (!actor.companyId || !can(actor, "company.manage", { companyId: actor.companyId })) return null;
  return getPrisma().company.findUnique({ where: { id: actor.companyId }, select: profileSelect });
}
