import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import type { WorkingCalendar } from "@/lib/sla/working-days";
import { escalateOverdue } from "@/lib/supervision/escalate";
import { supervisionOverview } from "@/lib/supervision/overview";
import { ensureService } from "../helpers/fixtures";
import { makeFiles, makeStaff, token } from "../helpers/queue-fixtures";

process.env.PGLITE_DATA_DIR ??= "memory";

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

// Wednesday 15 July 2026, 10:00 WIB; yesterday's due date is overdue, today's is not (yet).
const NOW = new Date("2026-07-15T03:00:00Z");
const YESTERDAY = "2026-07-14";
const TODAY = "2026-07-15";
const cal: WorkingCalendar = { holidays: new Set(HOLIDAYS_2026.map((h) => h.date)), confirmedYears: new Set([2026]) };

async function timeline(applicationId: string) {
  const prisma = getPrisma();
  const [app, events, audits, notifications] = await Promise.all([
    prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { escalatedAt: true, status: true } }),
    prisma.applicationEvent.findMany({ where: { applicationId, type: "escalated" } }),
    prisma.auditEvent.findMany({ where: { entityType: "Application", entityId: applicationId, action: "application.escalate" } }),
    prisma.notification.findMany({ where: { applicationId, type: "escalated" }, select: { userId: true } }),
  ]);
  return { app, events, audits, notified: notifications.map((n) => n.userId).sort() };
}

describe("escalateOverdue", () => {
  it("escalates an overdue file once, with a timeline event, an audit event and a notice to the officer's supervisor", async () => {
    const tok = token();
    const boss = await makeStaff(["atasan"]);
    const officer = await makeStaff(["petugas"], { supervisorId: boss.id });
    const [file] = await makeFiles(tok, [{ status: "complete", dueDate: YESTERDAY, officerId: officer.id }]);

    expect(await escalateOverdue({ now: NOW })).toBeGreaterThanOrEqual(1);
    const first = await timeline(file!.id);
    expect(first.app.escalatedAt?.toISOString()).toBe(NOW.toISOString());
    expect(first.app.status).toBe("complete");
    expect(first.events).toHaveLength(1);
    expect(first.events[0]).toMatchObject({ fromStatus: "complete", toStatus: "complete", actorId: null });
    expect(first.events[0]!.data).toMatchObject({ dueDate: YESTERDAY, registrationNumber: file!.registrationNumber });
    expect(first.audits).toHaveLength(1);
    expect(first.audits[0]).toMatchObject({ actorId: null });
    expect(first.notified).toEqual([boss.id]);
    const mails = await getPrisma().outboxEmail.findMany({ where: { to: boss.email, subject: { contains: file!.registrationNumber! } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Eskalasi");

    // Again, later: nothing new for this file.
    await escalateOverdue({ now: new Date(NOW.getTime() + 86_400_000) });
    const second = await timeline(file!.id);
    expect(second.app.escalatedAt?.toISOString()).toBe(NOW.toISOString());
    expect([second.events.length, second.audits.length, second.notified.length]).toEqual([1, 1, 1]);
  });

  it("leaves alone paused, decided, withdrawn, not-yet-due, not-started and already escalated files", async () => {
    const tok = token();
    const officer = await makeStaff(["petugas"]);
    const files = await makeFiles(tok, [
      { status: "needs_correction", dueDate: YESTERDAY, clockPausedAt: new Date("2026-07-10T03:00:00Z"), officerId: officer.id },
      { status: "complete", dueDate: YESTERDAY, clockPausedAt: new Date("2026-07-10T03:00:00Z") },
      { status: "approved", dueDate: YESTERDAY },
      { status: "rejected", dueDate: YESTERDAY },
      { status: "issued", dueDate: YESTERDAY },
      { status: "withdrawn", dueDate: YESTERDAY },
      { status: "complete", dueDate: TODAY },
      { status: "submitted" },
      { status: "awaiting_decision", dueDate: YESTERDAY, escalatedAt: new Date("2026-07-14T20:00:00Z") },
    ]);
    await escalateOverdue({ now: NOW });
    for (const f of files.slice(0, 8)) {
      const t = await timeline(f.id);
      expect(t.app.escalatedAt, f.companyName).toBeNull();
      expect(t.events.length + t.audits.length + t.notified.length).toBe(0);
    }
    const already = await timeline(files[8]!.id);
    expect(already.events).toHaveLength(0);
  });

  it("escalates every running state, and the technical member's supervisor too", async () => {
    const tok = token();
    const boss1 = await makeStaff(["atasan"]);
    const boss2 = await makeStaff(["atasan"]);
    const officer = await makeStaff(["petugas"], { supervisorId: boss1.id });
    const tech = await makeStaff(["tim_teknis"], { supervisorId: boss2.id });
    const files = await makeFiles(tok, [
      { status: "submitted", dueDate: YESTERDAY, officerId: officer.id },
      { status: "field_verification", dueDate: YESTERDAY, officerId: officer.id, technicalId: tech.id },
      { status: "awaiting_decision", dueDate: "2026-07-01", officerId: officer.id },
    ]);
    await escalateOverdue({ now: NOW });
    const [a, b, c] = await Promise.all(files.map((f) => timeline(f.id)));
    expect(a!.notified).toEqual([boss1.id]);
    expect(b!.notified).toEqual([boss1.id, boss2.id].sort());
    expect(c!.events).toHaveLength(1);
  });

  it("tells every active supervisor when the officer has none (or nobody handles the file)", async () => {
    const tok = token();
    const boss = await makeStaff(["atasan"]);
    const retired = await makeStaff(["atasan"], { isActive: false });
    const [file] = await makeFiles(tok, [{ status: "complete", dueDate: YESTERDAY }]);
    await escalateOverdue({ now: NOW });
    const t = await timeline(file!.id);
    expect(t.notified).toContain(boss.id);
    expect(t.notified).not.toContain(retired.id);
    const activeAtasan = await getPrisma().user.count({ where: { isActive: true, roles: { some: { role: "atasan" } } } });
    expect(t.notified.length).toBeGreaterThanOrEqual(Math.min(activeAtasan, 1));
  });

  it("escalates a file exactly once when two runs overlap", async () => {
    const tok = token();
    const files = await makeFiles(tok, [
      { status: "complete", dueDate: YESTERDAY },
      { status: "awaiting_decision", dueDate: YESTERDAY },
      { status: "field_verification", dueDate: YESTERDAY },
    ]);
    await Promise.all([escalateOverdue({ now: NOW }), escalateOverdue({ now: NOW }), escalateOverdue({ now: NOW })]);
    for (const f of files) {
      const t = await timeline(f.id);
      expect([t.events.length, t.audits.length]).toEqual([1, 1]);
    }
  });
});

describe("supervisionOverview", () => {
  it("groups the overdue and at-risk files of the supervisor's people by who holds them", async () => {
    const tok = token();
    const boss = await makeStaff(["atasan"]);
    const lead = await makeStaff(["atasan"], { supervisorId: boss.id, name: `Ketua ${tok}` });
    const officer = await makeStaff(["petugas"], { supervisorId: lead.id, name: `Petugas ${tok}` });
    const tech = await makeStaff(["tim_teknis"], { supervisorId: boss.id, name: `Teknis ${tok}` });
    const otherBoss = await makeStaff(["atasan"]);
    const stranger = await makeStaff(["petugas"], { supervisorId: otherBoss.id });
    const files = await makeFiles(tok, [
      { status: "complete", dueDate: YESTERDAY, officerId: officer.id }, // 0 overdue, officer (two levels down)
      { status: "awaiting_decision", dueDate: "2026-07-17", officerId: officer.id }, // 1 warning, officer
      { status: "complete", dueDate: "2026-07-22", officerId: officer.id }, // 2 on time: not shown
      { status: "field_verification", dueDate: TODAY, officerId: officer.id, technicalId: tech.id }, // 3 warning, held by tech
      { status: "needs_correction", dueDate: YESTERDAY, clockPausedAt: NOW, officerId: officer.id }, // 4 paused: not shown
      { status: "complete", dueDate: YESTERDAY, officerId: stranger.id }, // 5 someone else's people: not shown
    ]);

    const view = await supervisionOverview({ actor: boss, now: NOW, calendar: cal });
    const officerGroup = view.groups.find((g) => g.holderId === officer.id);
    const techGroup = view.groups.find((g) => g.holderId === tech.id);
    expect(officerGroup).toMatchObject({ holderName: `Petugas ${tok}`, overdue: 1, warning: 1 });
    expect(officerGroup!.files.map((f) => [f.id, f.clock.badge])).toEqual([
      [files[0]!.id, "overdue"],
      [files[1]!.id, "warning"],
    ]);
    expect(techGroup).toMatchObject({ holderName: `Teknis ${tok}`, overdue: 0, warning: 1 });
    expect(techGroup!.files.map((f) => [f.id, f.clock.day])).toEqual([[files[3]!.id, 7]]);
    const shown = view.groups.flatMap((g) => g.files.map((f) => f.id));
    for (const hidden of [files[2], files[4], files[5]]) expect(shown).not.toContain(hidden!.id);

    // The other supervisor sees the stranger's file, not these.
    const other = await supervisionOverview({ actor: otherBoss, now: NOW, calendar: cal });
    expect(other.groups.find((g) => g.holderId === stranger.id)?.overdue).toBe(1);
    expect(other.groups.find((g) => g.holderId === officer.id)).toBeUndefined();

    // Files nobody handles are everyone's: "belum ditangani".
    const [orphan] = await makeFiles(tok, [{ status: "complete", dueDate: YESTERDAY }]);
    const again = await supervisionOverview({ actor: boss, now: NOW, calendar: cal });
    const none = again.groups.find((g) => g.holderId === null);
    expect(none?.holderName).toBeNull();
    // (On a PostgreSQL database shared with other test files the list may be cut at the most urgent 300.)
    if (!again.truncated) expect(none?.files.map((f) => f.id) ?? []).toContain(orphan!.id);
    expect(none?.overdue).toBeGreaterThanOrEqual(1);
  });

  it("is for supervisors only", async () => {
    for (const roles of [["petugas"], ["penandatangan"], ["pemohon"]] as const) {
      const actor = await makeStaff([...roles]);
      await expect(supervisionOverview({ actor, now: NOW, calendar: cal })).rejects.toBeInstanceOf(AppError);
    }
  });
});
