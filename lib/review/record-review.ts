import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/policy";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyApplicant } from "@/lib/notifications/notify";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { dueDateOnComplete } from "@/lib/sla/clock";
import { oneApplication, readableApplications } from "@/lib/applications/access";
import { loadForReview, moveStatus, touchVersion } from "./core";
import type { z } from "zod";
import type { reviewInput } from "./schemas";

type ReviewData = z.output<typeof reviewInput>;

/**
 * The front office's document check: the verdict per requirement item (sesuai / tidak sesuai
 * with a note), and then, optionally, returning the file for correction (at least one item not
 * in order; pauses the clock if it had started) or declaring it complete and correct (every item
 * in order; starts the clock and tells the applicant the due date). One transaction: verdicts,
 * status, timeline, audit and notification land together or not at all.
 */
export async function recordReview({ actor, data, now = new Date() }: { actor: Actor; data: ReviewData; now?: Date }) {
  if (!can(actor, "application.review")) throw new AppError("forbidden");
  const prisma = getPrisma();
  const calendar = data.action === "complete" ? await loadWorkingCalendar() : null;
  // Read outside the transaction: on the embedded database the transaction holds the only
  // connection, so nothing inside it may use the global client.
  const found = await prisma.application.findFirst({
    where: oneApplication(readableApplications(actor), data.applicationId),
    select: { service: { select: { code: true, slaWorkingDays: true } } },
  });
  if (!found) throw new AppError("not_found");
  const service = found.service;
  const items = (await getServiceDefinition(service.code)).items;
  return prisma.$transaction(async (tx) => {
    const app = await loadForReview(tx, actor, data.applicationId);
    const reviewable = ["submitted", "complete", "field_verification", "awaiting_decision"];
    if (!reviewable.includes(app.status)) throw new AppError("transition_not_allowed", undefined, { status: app.status });

    // Verdicts: only the items given, and only when they change.
    const byCode = new Map(items.map((i) => [i.code, i]));
    const existing = await tx.applicationAnswer.findMany({
      where: { applicationId: app.id },
      select: { id: true, itemId: true, verdict: true, verdictNote: true },
    });
    const answerOf = new Map(existing.map((a) => [a.itemId, a]));
    const changed: { code: string; verdict: string; note: string }[] = [];
    for (const v of data.verdicts) {
      const item = byCode.get(v.code);
      if (!item) throw new AppError("invalid", { [`verdict.${v.code}`]: "invalid" });
      const answer = answerOf.get(item.id);
      const verdict = v.verdict === "" ? null : v.verdict;
      const note = verdict === "tidak_sesuai" ? v.note : v.note || null;
      if (!answer) {
        if (verdict) throw new AppError("invalid", { [`verdict.${v.code}`]: "invalid" });
        continue;
      }
      if (answer.verdict === verdict && (answer.verdictNote ?? null) === (note ?? null)) continue;
      await tx.applicationAnswer.update({
        where: { id: answer.id },
        data: { verdict, verdictNote: note, verdictById: verdict ? actor.id : null, verdictAt: verdict ? now : null },
      });
      changed.push({ code: v.code, verdict: verdict ?? "", note: note ?? "" });
    }

    const final = await tx.applicationAnswer.findMany({
      where: { applicationId: app.id },
      select: { itemId: true, verdict: true, verdictNote: true },
    });
    const finalOf = new Map(final.map((a) => [a.itemId, a]));
    const notInOrder = items.filter((i) => finalOf.get(i.id)?.verdict === "tidak_sesuai");
    const unchecked = items.filter((i) => !finalOf.get(i.id)?.verdict);

    const verdictData = changed.length > 0 ? ({ verdicts: changed } as Prisma.InputJsonValue) : undefined;
    if (data.action === "save") {
      if (changed.length === 0) return { status: app.status };
      await touchVersion(tx, app, data.version, { officerId: app.officerId ?? actor.id });
      await tx.applicationEvent.create({ data: { applicationId: app.id, type: "verdicts_recorded", actorId: actor.id, createdAt: now, data: verdictData! } });
      await tx.auditEvent.create({ data: { actorId: actor.id, action: "application.verdicts", entityType: "Application", entityId: app.id, occurredAt: now, data: verdictData! } });
      return { status: app.status };
    }

    if (data.action === "return") {
      if (notInOrder.length === 0) throw new AppError("nothing_to_correct");
      const clockRunning = app.completedAt !== null && app.clockPausedAt === null;
      const notes = notInOrder.map((i) => ({ code: i.code, note: finalOf.get(i.id)?.verdictNote ?? "" }));
      const status = await moveStatus(tx, {
        app,
        name: "requestCorrection",
        actor,
        version: data.version,
        now,
        set: { officerId: app.officerId ?? actor.id, ...(clockRunning ? { clockPausedAt: now } : {}) },
        eventType: "correction_requested",
        note: data.note || null,
        data: { items: notes, ...(verdictData ? { verdicts: changed } : {}), clockPaused: clockRunning },
      });
      await notifyApplicant(tx, {
        applicationId: app.id,
        type: "returned",
        data: { registrationNumber: app.registrationNumber, note: notes.map((n) => `${n.code}: ${n.note}`).join("\n") },
      });
      return { status };
    }

    // complete
    if (notInOrder.length > 0 || unchecked.length > 0) {
      throw new AppError("not_all_in_order", undefined, { count: notInOrder.length + unchecked.length });
    }
    let set: Prisma.ApplicationUncheckedUpdateManyInput = { officerId: app.officerId ?? actor.id };
    let dueDate = app.dueDate ? app.dueDate.toISOString().slice(0, 10) : null;
    if (!app.completedAt) {
      const due = dueDateOnComplete(now, service.slaWorkingDays, calendar!);
      dueDate = due.dueDate;
      set = { ...set, completedAt: now, dueDate: new Date(`${due.dueDate}T00:00:00Z`), dueProvisional: due.provisional };
    }
    const status = await moveStatus(tx, {
      app,
      name: "declareComplete",
      actor,
      version: data.version,
      now,
      set,
      eventType: "declared_complete",
      data: { dueDate, ...(verdictData ? { verdicts: changed } : {}) },
    });
    await notifyApplicant(tx, { applicationId: app.id, type: "declared_complete", data: { registrationNumber: app.registrationNumber, dueDate } });
    return { status, dueDate };
  });
}
