import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { readableApplications, oneApplication } from "./access";
import { buildChecklist } from "./checklist";

/**
 * An application as its pages show it: the service's items with answers, statuses and evidence,
 * and the timeline. Throws AppError("not_found") for anything the actor may not read.
 */
export const readApplication = cache(async (actor: Actor, applicationId: string) => {
  const prisma = getPrisma();
  const app = await prisma.application.findFirst({
    where: oneApplication(readableApplications(actor), applicationId),
    select: {
      id: true,
      status: true,
      version: true,
      registrationNumber: true,
      submittedAt: true,
      completedAt: true,
      dueDate: true,
      clockPausedAt: true,
      dueProvisional: true,
      decidedAt: true,
      decisionReason: true,
      officerId: true,
      technicalId: true,
      technical: { select: { name: true } },
      certificate: { select: { number: true, issuedAt: true, token: true, revokedAt: true, revokedReason: true, signerName: true } },
      surveyInvitation: { select: { respondedAt: true } },
      fieldReports: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          visitDate: true,
          findings: true,
          recommendation: true,
          createdAt: true,
          photos: { select: { id: true, file: { select: { originalName: true } } } },
        },
      },
      createdAt: true,
      updatedAt: true,
      companyId: true,
      company: { select: { name: true, nib: true, npwp: true, address: true, kecamatan: true, desa: true } },
      service: { select: { code: true, slaWorkingDays: true } },
      answers: {
        select: {
          itemId: true,
          value: true,
          answeredAt: true,
          verdict: true,
          verdictNote: true,
          verdictAt: true,
          evidence: {
            orderBy: { createdAt: "asc" },
            select: { id: true, file: { select: { originalName: true, size: true, mimeType: true } } },
          },
        },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true },
      },
    },
  });
  if (!app) throw new AppError("not_found");
  const service = await getServiceDefinition(app.service.code);
  const checklist = buildChecklist(
    service.items,
    app.answers.map((a) => ({ ...a, evidenceCount: a.evidence.length })),
    app.status,
  );
  const evidenceByItem = new Map(
    app.answers.map((a) => [
      a.itemId,
      a.evidence.map((e) => ({ id: e.id, name: e.file.originalName, size: e.file.size, type: e.file.mimeType })),
    ]),
  );
  const lastSavedAt = app.answers.reduce<Date | null>((max, a) => (!max || a.answeredAt > max ? a.answeredAt : max), null);
  return { app, service, checklist, evidenceByItem, lastSavedAt };
});

export type ApplicationView = Awaited<ReturnType<typeof readApplication>>;

/** The actor's company's applications, newest first. */
export async function listCompanyApplications(actor: Actor) {
  if (!actor.companyId) return [];
  return getPrisma().application.findMany({
    where: { AND: [{ companyId: actor.companyId }, readableApplications(actor) ?? { id: "" }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      submittedAt: true,
      dueDate: true,
      createdAt: true,
      updatedAt: true,
      service: { select: { kbli: true, title: true } },
      certificate: { select: { number: true, revokedAt: true } },
    },
  });
}

/** For pages: the application, or Next.js's 404 for anything the actor may not read. */
export async function readApplicationOr404(actor: Actor, applicationId: string): Promise<ApplicationView> {
  try {
    return await readApplication(actor, applicationId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
