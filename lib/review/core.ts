import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { oneApplication, readableApplications } from "@/lib/applications/access";
import { canTransition, TRANSITIONS, type TransitionName } from "@/lib/applications/workflow";

export const REVIEW_SELECT = {
  id: true,
  status: true,
  version: true,
  companyId: true,
  registrationNumber: true,
  completedAt: true,
  clockPausedAt: true,
  dueDate: true,
  officerId: true,
  technicalId: true,
} as const;

export type ReviewApplication = Prisma.ApplicationGetPayload<{ select: typeof REVIEW_SELECT }>;

/** The application an officer acts on, as they may read it; not found otherwise. */
export async function loadForReview(tx: Prisma.TransactionClient, actor: Actor, applicationId: string): Promise<ReviewApplication> {
  const app = await tx.application.findFirst({ where: oneApplication(readableApplications(actor), applicationId), select: REVIEW_SELECT });
  if (!app) throw new AppError("not_found");
  return app;
}

/**
 * The one place a status changes: checks the transition table for the actor's roles, then
 * writes the new status only if nobody changed the file since the actor saw it (`version`), so of
 * two officers acting at once exactly one succeeds and the other is told the current state.
 * Writes the timeline event and the audit event in the caller's transaction.
 */
export async function moveStatus(
  tx: Prisma.TransactionClient,
  input: {
    app: ReviewApplication;
    name: TransitionName;
    actor: Actor;
    version: number;
    now: Date;
    set?: Prisma.ApplicationUncheckedUpdateManyInput;
    eventType: string;
    note?: string | null;
    data?: Prisma.InputJsonValue;
  },
): Promise<ApplicationStatus> {
  const { app, name, actor, version, now } = input;
  await assertCurrent(tx, app, version);
  if (!canTransition(name, app.status, actor.roles)) {
    throw new AppError("transition_not_allowed", undefined, { status: app.status });
  }
  const to = TRANSITIONS[name].to;
  const changed = await tx.application.updateMany({
    where: { id: app.id, version, status: app.status },
    data: { status: to, version: { increment: 1 }, ...input.set },
  });
  if (changed.count === 0) await conflict(tx, app.id);
  await tx.applicationEvent.create({
    data: {
      applicationId: app.id,
      type: input.eventType,
      fromStatus: app.status,
      toStatus: to,
      actorId: actor.id,
      note: input.note ?? null,
      createdAt: now,
      ...(input.data !== undefined ? { data: input.data } : {}),
    },
  });
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      action: `application.${name}`,
      entityType: "Application",
      entityId: app.id,
      occurredAt: now,
      data: { from: app.status, to, ...(input.note ? { note: input.note } : {}), ...(input.data && typeof input.data === "object" ? { details: input.data } : {}) },
    },
  });
  return to;
}

/** Refuses when the file changed since the actor loaded the page. */
export async function assertCurrent(tx: Prisma.TransactionClient, app: ReviewApplication, version: number): Promise<void> {
  if (app.version !== version) await conflict(tx, app.id);
}

async function conflict(tx: Prisma.TransactionClient, id: string): Promise<never> {
  const now = await tx.application.findUnique({ where: { id }, select: { status: true } });
  throw new AppError("conflict", undefined, { status: now?.status ?? "unknown" });
}

/** Bumps the version without a status change (verdicts, assignment), checking it first. */
export async function touchVersion(tx: Prisma.TransactionClient, app: ReviewApplication, version: number, set: Prisma.ApplicationUncheckedUpdateManyInput = {}): Promise<void> {
  await assertCurrent(tx, app, version);
  const changed = await tx.application.updateMany({ where: { id: app.id, version }, data: { version: { increment: 1 }, ...set } });
  if (changed.count === 0) await conflict(tx, app.id);
}
