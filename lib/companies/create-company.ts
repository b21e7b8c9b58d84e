import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getScaleGate } from "./get-scale-gate";
import { scaleIsEligible } from "./scale-gate";
import { storedLegalForm, type CompanyProfileData } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

export const nibTaken = () => new AppError("nib_taken", { nib: "nibTaken" });

/** The columns a profile form writes. */
export function companyColumns(data: CompanyProfileData) {
  return {
    nib: data.nib,
    npwp: data.npwp,
    name: data.name,
    legalForm: storedLegalForm(data.legalForm, data.legalFormOther),
    address: data.address,
    kecamatan: data.kecamatan,
    desa: data.desa,
    contactName: data.contactName,
    email: data.email,
    phone: data.phone,
    scale: data.scale,
  };
}

/**
 * Creates the applicant's company and attaches the applicant to it, with its audit event, in one
 * transaction. Refused: an actor who may not create a company ("forbidden"), a scale the service
 * does not serve ("scale_ineligible", nothing written), an actor who already has a company
 * ("already_has_company"), an NIB another company holds ("nib_taken").
 */
export async function createCompany({ actor, data }: { actor: Actor; data: CompanyProfileData }): Promise<{ id: string }> {
  if (!can(actor, "company.create")) throw new AppError("forbidden");
  const gate = await getScaleGate();
  if (!scaleIsEligible(gate, data.scale)) throw new AppError("scale_ineligible", { scale: "scaleIneligible" });

  const prisma = getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const me = await tx.user.findFirst({ where: { id: actor.id, isActive: true }, select: { companyId: true } });
      if (!me) throw new AppError("forbidden");
      if (me.companyId) throw new AppError("already_has_company");
      if (await tx.company.findUnique({ where: { nib: data.nib }, select: { id: true } })) throw nibTaken();

      const company = await tx.company.create({ data: companyColumns(data), select: { id: true } });
      // Only while the user still has no company: two submissions at once create one company.
      const attached = await tx.user.updateMany({ where: { id: actor.id, companyId: null }, data: { companyId: company.id } });
      if (attached.count !== 1) throw new AppError("already_has_company");
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "company.create",
          entityType: "Company",
          entityId: company.id,
          data: { nib: data.nib, name: data.name, scale: data.scale },
        },
      });
      return { id: company.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nibTaken();
    throw error;
  }
}
