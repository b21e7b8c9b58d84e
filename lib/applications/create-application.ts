import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getServiceDefinition } from "@/lib/service-standard/queries";

/**
 * Starts an application for the actor's company, or returns the draft it already has (one draft
 * at a time: "save and come back" resumes it rather than starting over). The company must exist
 * and have an eligible business scale; the scale answer (A.1) is taken from the company profile.
 */
export async function createApplication({ actor, serviceCode = "kbli-11050" }: { actor: Actor; serviceCode?: string }) {
  if (!can(actor, "application.create")) throw new AppError("forbidden");
  if (!actor.companyId) throw new AppError("company_missing");
  const prisma = getPrisma();
  const service = await getServiceDefinition(serviceCode);
  const company = await prisma.company.findUnique({ where: { id: actor.companyId }, select: { id: true, scale: true } });
  if (!company) throw new AppError("company_missing");

  const scaleItem = service.items.find((item) => item.fields.some((f) => f.name === "scale" && f.eligible));
  const scaleField = scaleItem?.fields.find((f) => f.name === "scale");
  if (!company.scale || (scaleField?.eligible && !scaleField.eligible.includes(company.scale))) {
    throw new AppError("scale_ineligible");
  }

  return prisma.$transaction(async (tx) => {
    const existing = await tx.application.findFirst({
      where: { companyId: company.id, serviceId: service.id, status: "draft" },
      select: { id: true },
    });
    if (existing) return { id: existing.id, created: false };
    const app = await tx.application.create({
      data: {
        serviceId: service.id,
        companyId: company.id,
        createdById: actor.id,
        ...(scaleItem ? { answers: { create: { itemId: scaleItem.id, value: { scale: company.scale } } } } : {}),
        events: { create: { type: "created", toStatus: "draft", actorId: actor.id } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "application.create", entityType: "Application", entityId: app.id },
    });
    return { id: app.id, created: true };
  });
}
