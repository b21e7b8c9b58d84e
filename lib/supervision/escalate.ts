import "server-only";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RUNNING_STATUSES } from "@/lib/queue/clock-windows";
import { notifyUsers } from "@/lib/notifications/notify";
import { jakartaDate } from "@/lib/sla/working-days";

// Escalation to the supervisor (pengawasan atasan langsung) when a file's clock passes its due
// date: once per file, by a scheduled job. Each file is escalated in its own transaction with its
// timeline event and audit event, so a failure leaves the others done and nothing half-written.

const BATCH = 200;

export interface EscalationResult {
  escalated: number;
}

/**
 * Escalates every file whose clock runs (due date set, not paused, the office holds it) and whose
 * due date is before today's date in Asia/Jakarta, unless it was escalated before. Returns how
 * many it escalated now. Idempotent, and safe when two runs overlap (exactly one escalates a file).
 */
export async function escalateOverdue({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const prisma = getPrisma();
  const today = new Date(`${jakartaDate(now)}T00:00:00Z`);
  const overdue: Prisma.ApplicationWhereInput = {
    status: { in: [...RUNNING_STATUSES] },
    dueDate: { not: null, lt: today },
    clockPausedAt: null,
    escalatedAt: null,
  };
  let escalated = 0;
  let after: string | undefined;
  for (;;) {
    // Keyset by id: a file that fails (or that another run took) is not read again in this run.
    const batch = await prisma.application.findMany({
      where: after ? { AND: [overdue, { id: { gt: after } }] } : overdue,
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    for (const { id } of batch) {
      try {
        if (await escalateOne(id, overdue, now)) escalated++;
      } catch (error) {
        console.error(`[eskalasi] berkas ${id} gagal dieskalasi:`, error);
      }
    }
  }
  return escalated;
}

async function escalateOne(id: string, overdue: Prisma.ApplicationWhereInput, now: Date): Promise<boolean> {
  return getPrisma().$transaction(async (tx) => {
    // The guard and the change in one statement: a concurrent run, or a transition that paused
    // or decided the file meanwhile, makes this update touch no row.
    const claimed = await tx.application.updateMany({ where: { AND: [{ id }, overdue] }, data: { escalatedAt: now } });
    if (claimed.count === 0) return false;
    const app = await tx.application.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        dueDate: true,
        registrationNumber: true,
        officerId: true,
        technicalId: true,
        officer: { select: { supervisorId: true, name: true } },
        technical: { select: { supervisorId: true, name: true } },
      },
    });
    const dueDate = app.dueDate?.toISOString().slice(0, 10) ?? null;
    const recipients = await supervisorsFor(tx, app);
    const data = {
      dueDate,
      registrationNumber: app.registrationNumber,
      status: app.status,
      officerId: app.officerId,
      technicalId: app.technicalId,
      notified: recipients,
    };
    await tx.applicationEvent.create({
      data: { applicationId: id, type: "escalated", fromStatus: app.status, toStatus: app.status, actorId: null, data, createdAt: now },
    });
    await tx.auditEvent.create({
      data: { actorId: null, action: "application.escalate", entityType: "Application", entityId: id, data, occurredAt: now },
    });
    await notifySupervisors(tx, recipients, id, {
      dueDate,
      registrationNumber: app.registrationNumber,
      officerName: app.officer?.name ?? app.technical?.name ?? null,
    });
    return true;
  });
}

type Tx = Prisma.TransactionClient;

/** The direct supervisors of the officer and the technical-team member; every active supervisor when they have none. */
async function supervisorsFor(
  tx: Tx,
  app: { officer: { supervisorId: string | null } | null; technical: { supervisorId: string | null } | null },
): Promise<string[]> {
  const direct = [app.officer?.supervisorId, app.technical?.supervisorId].filter((id): id is string => !!id);
  if (direct.length > 0) {
    const active = await tx.user.findMany({ where: { id: { in: direct }, isActive: true }, select: { id: true } });
    if (active.length > 0) return [...new Set(active.map((u) => u.id))].sort();
  }
  const all = await tx.user.findMany({
    where: { isActive: true, roles: { some: { role: "atasan" } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return all.map((u) => u.id);
}

async function notifySupervisors(
  tx: Tx,
  userIds: string[],
  applicationId: string,
  data: { dueDate: string | null; registrationNumber: string | null; officerName: string | null },
): Promise<void> {
  await notifyUsers(tx, { userIds, applicationId, type: "escalated", data });
}
