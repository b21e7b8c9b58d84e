import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editableApplications, itemEditable, oneApplication } from "./access";
import { draftValueSchema, missingFields, type AnswerValue } from "./answers";
import { getServiceDefinition } from "@/lib/service-standard/queries";

/**
 * Saves the applicant's answer to one item, as typed so far (autosave). Only known fields of
 * the right type and length are accepted; completeness is checked at submission, not here.
 * The whole value is replaced, so the last save from any device wins for that item.
 */
export async function saveAnswer({
  actor,
  applicationId,
  itemCode,
  value,
  now = new Date(),
}: {
  actor: Actor;
  applicationId: string;
  itemCode: string;
  value: unknown;
  now?: Date;
}) {
  const prisma = getPrisma();
  const app = await prisma.application.findFirst({
    where: oneApplication(editableApplications(actor), applicationId),
    select: { id: true, status: true, service: { select: { code: true } } },
  });
  if (!app) throw new AppError((await ownButLocked(actor, applicationId)) ? "not_editable" : "not_found");
  const service = await getServiceDefinition(app.service.code);
  const item = service.items.find((i) => i.code === itemCode);
  if (!item) throw new AppError("not_found");

  const parsed = draftValueSchema(item.fields).safeParse(value);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
    throw new AppError("invalid", fieldErrors);
  }
  const clean = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as AnswerValue;

  const existing = await prisma.applicationAnswer.findUnique({
    where: { applicationId_itemId: { applicationId: app.id, itemId: item.id } },
    select: { verdict: true },
  });
  if (!itemEditable(app.status, existing?.verdict)) throw new AppError("not_editable");

  const json = clean as unknown as Prisma.InputJsonValue;
  // The application row is locked and its status checked again, so a save racing a submission
  // either lands before it (and is submitted) or is refused.
  const saved = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Application" WHERE "id" = ${app.id} FOR UPDATE`;
    if (rows[0]?.status !== app.status) throw new AppError("not_editable");
    return tx.applicationAnswer.upsert({
      where: { applicationId_itemId: { applicationId: app.id, itemId: item.id } },
      create: { applicationId: app.id, itemId: item.id, value: json, answeredAt: now },
      update: { value: json, answeredAt: now },
      select: { answeredAt: true },
    });
  });
  return { savedAt: saved.answeredAt.toISOString(), missing: missingFields(item.fields, clean) };
}

/** The actor's own company's application, in a status where answers may no longer change. */
export async function ownButLocked(actor: Actor, applicationId: string): Promise<boolean> {
  if (!actor.companyId || typeof applicationId !== "string" || applicationId.length > 64) return false;
  const n = await getPrisma().application.count({ where: { id: applicationId, companyId: actor.companyId } });
  return n > 0;
}
