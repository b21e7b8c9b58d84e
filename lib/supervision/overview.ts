import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { badgeWhereForServices } from "@/lib/queue/clock-windows";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { clockState } from "@/lib/sla/clock";
import type { WorkingCalendar } from "@/lib/sla/working-days";

// Pengawasan atasan langsung berjenjang: a supervisor sees the overdue and at-risk ("perhatian")
// files of the people under them, at every level below, grouped by who holds each file now.
// Files held by someone without a supervisor, or by nobody, are shown to every supervisor (the
// escalation notifies every supervisor about those too).

export const SUPERVISION_FILE_LIMIT = 300;

export interface SupervisedFile {
  id: string;
  registrationNumber: string | null;
  status: ApplicationStatus;
  companyName: string;
  nib: string;
  dueDate: string | null;
  escalated: boolean;
  officerName: string | null;
  technicalName: string | null;
  slaDays: number;
  clock: { badge: "overdue" | "warning"; day: number | null; remaining: number | null };
}

export interface SupervisionGroup {
  /** Who holds the files: the technical-team member during field verification, else the officer; null for nobody ("belum ditangani"). */
  holderId: string | null;
  holderName: string | null;
  overdue: number;
  warning: number;
  files: SupervisedFile[];
}

export interface SupervisionOverview {
  groups: SupervisionGroup[];
  overdue: number;
  warning: number;
  /** More files than SUPERVISION_FILE_LIMIT: the lists show the most urgent ones, the counts all. */
  truncated: boolean;
}

/** The ids of everyone under `supervisorId`, at every level (a supervisor's own subordinates included). */
export async function subordinateIds(supervisorId: string): Promise<string[]> {
  const prisma = getPrisma();
  const found = new Set<string>();
  let level = [supervisorId];
  // Bounded: an org chart is not deeper than this, and a cycle (A under B under A) stops here too.
  for (let depth = 0; depth < 10 && level.length > 0; depth++) {
    const rows = await prisma.user.findMany({ where: { supervisorId: { in: level } }, select: { id: true } });
    level = rows.map((r) => r.id).filter((id) => !found.has(id) && id !== supervisorId);
    for (const id of level) found.add(id);
  }
  return [...found];
}

/** The files a supervisor watches: held by one of theirs, by someone without a supervisor, or by nobody. */
function supervisedScope(actorId: string, subordinates: string[]): Prisma.ApplicationWhereInput {
  const people = [actorId, ...subordinates];
  return {
    OR: [
      // Field verification: the technical-team member holds the file (or the officer, before one is named).
      { status: "field_verification", technicalId: { in: people } },
      { status: "field_verification", technical: { is: { supervisorId: null } } },
      { status: "field_verification", technicalId: null, officerId: { in: people } },
      { status: "field_verification", technicalId: null, officer: { is: { supervisorId: null } } },
      { status: "field_verification", technicalId: null, officerId: null },
      // Every other running state: the front-office officer.
      { status: { not: "field_verification" }, officerId: { in: people } },
      { status: { not: "field_verification" }, officer: { is: { supervisorId: null } } },
      { status: { not: "field_verification" }, officerId: null },
    ],
  };
}

function holderOf(f: { status: ApplicationStatus; officerId: string | null; technicalId: string | null }): string | null {
  return f.status === "field_verification" ? (f.technicalId ?? f.officerId) : f.officerId;
}

export async function supervisionOverview({
  actor,
  now = new Date(),
  calendar,
}: {
  actor: Actor;
  now?: Date;
  calendar?: WorkingCalendar;
}): Promise<SupervisionOverview> {
  if (!can(actor, "supervision.view")) throw new AppError("forbidden");
  const prisma = getPrisma();
  const [cal, services, subordinates] = await Promise.all([
    calendar ?? loadWorkingCalendar(),
    prisma.serviceDefinition.findMany({ select: { id: true, slaWorkingDays: true } }),
    subordinateIds(actor.id),
  ]);
  const scope = supervisedScope(actor.id, subordinates);
  const overdueWhere: Prisma.ApplicationWhereInput = { AND: [scope, badgeWhereForServices("overdue", services, now, cal)] };
  const warningWhere: Prisma.ApplicationWhereInput = { AND: [scope, badgeWhereForServices("warning", services, now, cal)] };

  const by = ["status", "officerId", "technicalId"] as const;
  const [overdueCounts, warningCounts, files] = await Promise.all([
    prisma.application.groupBy({ by: [...by], where: overdueWhere, _count: { _all: true } }),
    prisma.application.groupBy({ by: [...by], where: warningWhere, _count: { _all: true } }),
    prisma.application.findMany({
      where: { OR: [overdueWhere, warningWhere] },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: SUPERVISION_FILE_LIMIT + 1,
      select: {
        id: true,
        registrationNumber: true,
        status: true,
        dueDate: true,
        clockPausedAt: true,
        escalatedAt: true,
        officerId: true,
        technicalId: true,
        company: { select: { name: true, nib: true } },
        officer: { select: { name: true } },
        technical: { select: { name: true } },
        service: { select: { slaWorkingDays: true } },
      },
    }),
  ]);

  const groups = new Map<string | null, SupervisionGroup>();
  const group = (holderId: string | null) => {
    let g = groups.get(holderId);
    if (!g) {
      g = { holderId, holderName: null, overdue: 0, warning: 0, files: [] };
      groups.set(holderId, g);
    }
    return g;
  };
  for (const c of overdueCounts) group(holderOf(c)).overdue += c._count._all;
  for (const c of warningCounts) group(holderOf(c)).warning += c._count._all;

  for (const f of files.slice(0, SUPERVISION_FILE_LIMIT)) {
    const dueDate = f.dueDate ? f.dueDate.toISOString().slice(0, 10) : null;
    const slaDays = f.service.slaWorkingDays;
    const c = clockState({ dueDate, pausedAt: f.clockPausedAt, stopped: false, slaDays, now }, cal);
    // The where clause asked the clock for these dates; a file the clock now sees otherwise is left out.
    if (c.badge !== "overdue" && c.badge !== "warning") continue;
    group(holderOf(f)).files.push({
      id: f.id,
      registrationNumber: f.registrationNumber,
      status: f.status,
      companyName: f.company.name,
      nib: f.company.nib,
      dueDate,
      escalated: f.escalatedAt !== null,
      officerName: f.officer?.name ?? null,
      technicalName: f.technical?.name ?? null,
      slaDays,
      clock: { badge: c.badge, day: c.day, remaining: c.remaining },
    });
  }

  const holderIds = [...groups.keys()].filter((id): id is string => id !== null);
  const names = holderIds.length
    ? await prisma.user.findMany({ where: { id: { in: holderIds } }, select: { id: true, name: true } })
    : [];
  for (const n of names) group(n.id).holderName = n.name;

  const list = [...groups.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.warning - a.warning ||
      // "Belum ditangani" last among equals, then by name.
      Number(a.holderId === null) - Number(b.holderId === null) ||
      (a.holderName ?? "").localeCompare(b.holderName ?? "", "id"),
  );
  return {
    groups: list,
    overdue: list.reduce((n, g) => n + g.overdue, 0),
    warning: list.reduce((n, g) => n + g.warning, 0),
    truncated: files.length > SUPERVISION_FILE_LIMIT,
  };
}
