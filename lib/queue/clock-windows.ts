import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { clockState } from "@/lib/sla/clock";
import { jakartaDate, type WorkingCalendar } from "@/lib/sla/working-days";

// The clock badge as a `where` clause. A badge is computed from the due date by the clock
// (working days, holidays); a filter on it must use an index, so the badge is turned into due-date
// ranges by asking the clock itself which due dates give "overdue" and which "warning" today.
// The list and the filter therefore agree by construction, whatever the clock's rules are.

/** Statuses in which the office holds the file: the clock runs unless it is paused. */
export const RUNNING_STATUSES = ["submitted", "complete", "field_verification", "awaiting_decision"] as const satisfies readonly ApplicationStatus[];
/** Statuses that stop the clock for good. */
export const STOPPED_STATUSES = ["approved", "rejected", "issued", "withdrawn"] as const satisfies readonly ApplicationStatus[];

export function isStopped(status: ApplicationStatus): boolean {
  return (STOPPED_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** A clock that runs: the office holds the file, the clock has started and is not paused. */
export const RUNNING_CLOCK: Prisma.ApplicationWhereInput = {
  status: { in: [...RUNNING_STATUSES] },
  dueDate: { not: null },
  clockPausedAt: null,
};

export interface BadgeWindows {
  /** A running clock whose due date is before this date ("YYYY-MM-DD") is overdue. */
  overdueBefore: string;
  /** Due dates from … to (inclusive) that give "warning"; null when none does. */
  warning: { from: string; to: string } | null;
}

const DAY_MS = 86_400_000;
// Far enough for any SLA of up to a few weeks and the longest holiday run (Idul Fitri).
const PROBE_BEFORE_DAYS = 7;
const PROBE_AFTER_DAYS = 60;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The due-date ranges that give "overdue" and "warning" at `now`, for a service of `slaDays` working days. */
export function badgeWindows(now: Date, slaDays: number, cal: WorkingCalendar): BadgeWindows {
  const today = jakartaDate(now);
  let overdueBefore: string | null = null;
  let warningFrom: string | null = null;
  let warningTo: string | null = null;
  for (let offset = -PROBE_BEFORE_DAYS; offset <= PROBE_AFTER_DAYS; offset++) {
    const dueDate = addDays(today, offset);
    const { badge } = clockState({ dueDate, pausedAt: null, stopped: false, slaDays, now }, cal);
    if (badge !== "overdue" && overdueBefore === null) overdueBefore = dueDate;
    if (badge === "warning") {
      warningFrom ??= dueDate;
      warningTo = dueDate;
    }
  }
  return {
    // Every probed date overdue cannot happen with a sane clock; fall back to "before today".
    overdueBefore: overdueBefore ?? today,
    warning: warningFrom && warningTo ? { from: warningFrom, to: warningTo } : null,
  };
}

export const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);

/** Running clocks with this badge, for services of these ids (all sharing one SLA). */
export function badgeWhere(
  badge: "overdue" | "warning",
  windows: BadgeWindows,
  serviceIds: string[] | null,
): Prisma.ApplicationWhereInput {
  const service = serviceIds ? { serviceId: { in: serviceIds } } : {};
  if (badge === "overdue") return { ...RUNNING_CLOCK, ...service, dueDate: { lt: dateOnly(windows.overdueBefore) } };
  if (!windows.warning) return { id: { in: [] } };
  return {
    ...RUNNING_CLOCK,
    ...service,
    dueDate: { gte: dateOnly(windows.warning.from), lte: dateOnly(windows.warning.to) },
  };
}

/** The services' SLAs grouped: one badge condition per distinct number of working days. */
export function badgeWhereForServices(
  badge: "overdue" | "warning",
  services: readonly { id: string; slaWorkingDays: number }[],
  now: Date,
  cal: WorkingCalendar,
): Prisma.ApplicationWhereInput {
  const bySla = new Map<number, string[]>();
  for (const s of services) bySla.set(s.slaWorkingDays, [...(bySla.get(s.slaWorkingDays) ?? []), s.id]);
  const parts = [...bySla].map(([sla, ids]) =>
    // One service (the usual case) needs no service condition.
    badgeWhere(badge, badgeWindows(now, sla, cal), bySla.size === 1 ? null : ids),
  );
  if (parts.length === 0) return { id: { in: [] } };
  return parts.length === 1 ? parts[0]! : { OR: parts };
}
