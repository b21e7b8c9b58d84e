import "server-only";
import { getPrisma } from "@/lib/db";
import { jakartaDate } from "@/lib/sla/working-days";
import { overdueWhere } from "./read";

// A complaint not answered within its 14 working days is escalated to the supervisors once: an
// event on the complaint and an audit entry, in one statement per complaint (so two overlapping
// runs escalate it once). Supervisors see escalated complaints at the top of the late list.

export async function escalateOverdueComplaints({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const prisma = getPrisma();
  const today = new Date(`${jakartaDate(now)}T00:00:00Z`);
  const due = await prisma.complaint.findMany({ where: { AND: [overdueWhere(today), { escalatedAt: null }] }, select: { id: true, ticket: true, dueDate: true }, take: 1000 });
  let escalated = 0;
  for (const c of due) {
    const done = await prisma.$transaction(async (tx) => {
      const changed = await tx.complaint.updateMany({ where: { id: c.id, escalatedAt: null }, data: { escalatedAt: now } });
      if (changed.count === 0) return false;
      const dueDate = c.dueDate?.toISOString().slice(0, 10) ?? null;
      await tx.complaintEvent.create({ data: { complaintId: c.id, type: "escalated", createdAt: now, data: { dueDate } } });
      await tx.auditEvent.create({ data: { action: "complaint.escalate", entityType: "Complaint", entityId: c.id, occurredAt: now, data: { ticket: c.ticket, dueDate } } });
      return true;
    });
    if (done) escalated++;
  }
  return escalated;
}
