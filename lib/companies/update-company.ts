import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { companyColumns, nibTaken } from "./create-company";
import { getScaleGate } from "./get-scale-gate";
import { scaleIsEligible } from "./scale-gate";
import type { UpdateCompanyData } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

/**
 * Changes the actor's own company profile, made from `data.version`. A stale version (someone
 * saved in between) is refused with "conflict" and nothing is overwritten. Returns the new version.
 */
export async function updateCompany({ actor, data }: { actor: Actor; data: UpdateCompanyData }): Promise<{ version: number }> {
  const companyId = actor.companyId;
  if (!companyId || !can(actor, "company.manage", { companyId })) throw new AppError("forbidden");
  const gate = await getScaleGate();
  if (!scaleIsEligible(gate, data.scale)) throw new AppError("scale_ineligible", { scale: "scaleIneligible" });

  const columns = companyColumns(data);
  try {
    return await getPrisma().$transaction(async (tx) => {
      const before = await tx.company.findUnique({ where: { id: companyId } });
      if (!before) throw new AppError("not_found");
      if (before.version !== data.version) throw new AppError("conflict");
      const other = await tx.company.findFirst({ where: { nib: columns.nib, id: { not: companyId } }, select: { id: true } });
      if (other) throw nibTaken();

      const updated = await tx.company.updateMany({
        where: { id: companyId, version: data.version },
        data: { ...columns, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("conflict");
      const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => before[k] !== columns[k]);
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "company.update",
          entityType: "Company",
          entityId: companyId,
          data: { changed, fromVersion: data.version },
        },
      });
      return { version: data.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nibTaken();
    throw error;
  }
}
