import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Verdict } from "@/lib/generated/prisma/enums";
import { EDITABLE_STATUSES } from "./workflow";

/**
 * Which applications an actor may read, as a `where` clause: an applicant its own company's,
 * officers every submitted one (never drafts), anyone else none. Queries filter by it, so an id
 * the actor may not see is simply not found (404), never fetched and then refused.
 */
export function readableApplications(actor: Actor): Prisma.ApplicationWhereInput | null {
  if (actor.companyId && can(actor, "application.read", { companyId: actor.companyId })) {
    const own: Prisma.ApplicationWhereInput = { companyId: actor.companyId };
    return can(actor, "application.list") ? { OR: [own, { status: { not: "draft" } }] } : own;
  }
  if (can(actor, "application.list")) return { status: { not: "draft" } };
  return null;
}

/** Applications the actor may change as an applicant: its own company's, in an editable status. */
export function editableApplications(actor: Actor): Prisma.ApplicationWhereInput | null {
  if (!actor.companyId || !can(actor, "application.edit", { companyId: actor.companyId })) return null;
  return { companyId: actor.companyId, status: { in: [...EDITABLE_STATUSES] } };
}

/** The where clause for one application, or an AppError("not_found") when the actor may see none. */
export function oneApplication(
  scope: Prisma.ApplicationWhereInput | null,
  id: string,
): Prisma.ApplicationWhereInput {
  if (!scope || typeof id !== "string" || id.length === 0 || id.length > 64) throw new AppError("not_found");
  return { AND: [{ id }, scope] };
}

/**
 * In a draft every item may change; in a file returned for correction only the items the officer
 * marked "tidak sesuai".
 */
export function itemEditable(status: ApplicationStatus, verdict: Verdict | null | undefined): boolean {
  if (status === "draft") return true;
  if (status === "needs_correction") return verdict === "tidak_sesuai";
  return false;
}
