import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyApplicant } from "@/lib/notifications/notify";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { jakartaYear } from "@/lib/sla/calendar-status";
import { dueDateOnResume } from "@/lib/sla/clock";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { editableApplications, oneApplication } from "./access";
import { blockingEntries, buildChecklist } from "./checklist";
import { nextSequenceValue } from "./numbering";
import { ownButLocked } from "./save-answer";
import { formatRegistrationNumber } from "./registration-number";
import { canTransition } from "./workflow";

/**
 * Submits a draft (it gets its registration number, gap-free per year) or resubmits a file
 * returned for correction. Refused, with the list of what is missing, until every item is
 * complete and every item marked "tidak sesuai" has been changed.
 */
export async function submitApplication({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  const prisma = getPrisma();
  const app = await prisma.application.findFirst({
    where: oneApplication(editableApplications(actor), applicationId),
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      clockPausedAt: true,
      dueDate: true,
      service: { select: { code: true, kbli: true } },
      answers: {
        select: {
          itemId: true,
          value: true,
          answeredAt: true,
          verdict: true,
          verdictNote: true,
          verdictAt: true,
          _count: { select: { evidence: true } },
        },
      },
    },
  });
  if (!app) throw new AppError((await ownButLocked(actor, applicationId)) ? "already_submitted" : "not_found");
  const transition = app.status === "draft" ? "submit" : "resubmit";
  if (!canTransition(transition, app.status, actor.roles)) throw new AppError("not_editable");

  const service = await getServiceDefinition(app.service.code);
  const checklist = buildChecklist(
    service.items,
    app.answers.map((a) => ({ ...a, evidenceCount: a._count.evidence })),
    app.status,
  );
  const blocking = blockingEntries(checklist);
  if (blocking.length > 0) {
    throw new AppError("incomplete", undefined, {
      missing: blocking.map((e) => ({ code: e.item.code, status: e.status })),
      count: blocking.length,
    });
  }
  const corrected = checklist.filter((e) => e.answer?.verdict === "tidak_sesuai");
  // Back with the office: a clock paused for this correction resumes, its due date moved on by
  // the working days the file spent with the applicant.
  let resumed: { dueDate: string; provisional: boolean } | null = null;
  if (app.clockPausedAt && app.dueDate) {
    resumed = dueDateOnResume(app.dueDate.toISOString().slice(0, 10), app.clockPausedAt, now, await loadWorkingCalendar());
  }

  return prisma.$transaction(async (tx) => {
    // Lock the row: a second submit (another tab, a double click) waits here and then finds the
    // status changed.
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Application" WHERE "id" = ${app.id} FOR UPDATE`;
    if (rows[0]?.status !== app.status) throw new AppError("already_submitted");

    let registrationNumber = app.registrationNumber;
    if (!registrationNumber) {
      const year = jakartaYear(now);
      const seq = await nextSequenceValue(tx, `registration:${app.service.code}`, year);
      registrationNumber = formatRegistrationNumber(year, seq, app.service.kbli);
    }
    await tx.application.update({
      where: { id: app.id },
      data: {
        status: "submitted",
        registrationNumber,
        version: { increment: 1 },
        ...(transition === "submit" ? { submittedAt: now } : {}),
        ...(resumed ? { clockPausedAt: null, dueDate: new Date(`${resumed.dueDate}T00:00:00Z`), dueProvisional: resumed.provisional } : {}),
      },
    });
    if (corrected.length > 0) {
      // The officer checks the changed items afresh; their earlier notes stay in the timeline.
      await tx.applicationAnswer.updateMany({
        where: { applicationId: app.id, itemId: { in: corrected.map((e) => e.item.id) } },
        data: { verdict: null, verdictNote: null, verdictById: null, verdictAt: null },
      });
    }
    const data =
      corrected.length > 0 || resumed
        ? {
            ...(corrected.length > 0 ? { corrected: corrected.map((e) => ({ code: e.item.code, note: e.answer?.verdictNote ?? null })) } : {}),
            ...(resumed ? { dueDate: resumed.dueDate } : {}),
          }
        : undefined;
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        type: transition === "submit" ? "submitted" : "resubmitted",
        fromStatus: app.status,
        toStatus: "submitted",
        actorId: actor.id,
        createdAt: now,
        ...(data ? { data } : {}),
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: `application.${transition}`,
        entityType: "Application",
        entityId: app.id,
        data: { from: app.status, to: "submitted", registrationNumber, ...(data ?? {}) },
      },
    });
    await notifyApplicant(tx, {
      applicationId: app.id,
      type: transition === "submit" ? "submitted" : "resubmitted",
      data: { registrationNumber, dueDate: resumed?.dueDate ?? null },
    });
    return { id: app.id, registrationNumber };
  });
}
