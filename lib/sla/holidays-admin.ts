import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/companies/unique-violation";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { HolidayKind } from "@/lib/generated/prisma/enums";
import { invalidateWorkingCalendar } from "./calendar";
import { jakartaYear } from "./calendar-status";
import { parseHolidayCsv } from "./holiday-csv";
import type { DeleteHolidayData, HolidayData, ImportYearData, UpdateHolidayData } from "./holiday-schemas";

// The holiday calendar's administration: one year's list (admins and supervisors), and the
// admin's changes: add, edit, remove one holiday, or import a whole year from its decree (CSV),
// which confirms that year. Every change is checked against the policy, written in one
// transaction with its audit event, and drops the cached working calendar.

export interface HolidayView {
  id: string;
  date: string; // YYYY-MM-DD
  name: string;
  kind: HolidayKind;
  decree: string;
  /** The row's updatedAt (ISO): an edit or removal made from an older one is a conflict. */
  version: string;
}

export interface HolidayYearView {
  year: number;
  holidays: HolidayView[];
  /** The imported decree that confirmed the year, or null. */
  confirmed: { decree: string; importedAt: Date } | null;
  /** Years to offer: this one, the next, and every year with holidays or a confirmed calendar. */
  years: number[];
  /** Every confirmed year, oldest first. */
  confirmedYears: { year: number; decree: string }[];
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const yearRange = (year: number) => ({ gte: dayOf(`${year}-01-01`), lt: dayOf(`${year + 1}-01-01`) });

/** One year's holidays, for whoever may view the calendar. */
export async function listHolidayYear({ actor, year, now = new Date() }: { actor: Actor; year: number; now?: Date }): Promise<HolidayYearView> {
  if (!can(actor, "holiday.view")) throw new AppError("forbidden");
  const prisma = getPrisma();
  const [holidays, confirmedYears, bounds] = await Promise.all([
    prisma.holiday.findMany({ where: { date: yearRange(year) }, orderBy: { date: "asc" } }),
    prisma.calendarYear.findMany({ orderBy: { year: "asc" } }),
    prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS "year" FROM "Holiday"`,
  ]);
  const current = jakartaYear(now);
  const years = new Set<number>([current, current + 1, year, ...confirmedYears.map((c) => c.year), ...bounds.map((b) => Number(b.year))]);
  const confirmed = confirmedYears.find((c) => c.year === year);
  return {
    year,
    holidays: holidays.map((h) => ({
      id: h.id,
      date: h.date.toISOString().slice(0, 10),
      name: h.name,
      kind: h.kind,
      decree: h.decree,
      version: h.updatedAt.toISOString(),
    })),
    confirmed: confirmed ? { decree: confirmed.decree, importedAt: confirmed.importedAt } : null,
    years: [...years].sort((a, b) => a - b),
    confirmedYears: confirmedYears.map((c) => ({ year: c.year, decree: c.decree })),
  };
}

function requireManager(actor: Actor): void {
  if (!can(actor, "holiday.manage")) throw new AppError("forbidden");
}

const dateTaken = () => new AppError("date_taken", { date: "dateTaken" });

/** Adds one holiday. A date already in the calendar is refused ("date_taken"). */
export async function createHoliday({ actor, data }: { actor: Actor; data: HolidayData }): Promise<{ id: string }> {
  requireManager(actor);
  try {
    const created = await getPrisma().$transaction(async (tx) => {
      if (await tx.holiday.findUnique({ where: { date: dayOf(data.date) }, select: { id: true } })) throw dateTaken();
      const row = await tx.holiday.create({
        data: { date: dayOf(data.date), name: data.name, kind: data.kind, decree: data.decree },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "holiday.create", entityType: "Holiday", entityId: row.id, data: { ...data } },
      });
      return row;
    });
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw dateTaken();
    throw error;
  } finally {
    invalidateWorkingCalendar();
  }
}

/** Changes one holiday, made from `data.version`; someone else's change in between is a conflict. */
export async function updateHoliday({ actor, data }: { actor: Actor; data: UpdateHolidayData }): Promise<{ version: string }> {
  requireManager(actor);
  try {
    return await getPrisma().$transaction(async (tx) => {
      const before = await tx.holiday.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("not_found");
      if (before.updatedAt.toISOString() !== data.version) throw new AppError("conflict");
      const other = await tx.holiday.findFirst({ where: { date: dayOf(data.date), id: { not: data.id } }, select: { id: true } });
      if (other) throw dateTaken();
      const changed = await tx.holiday.updateMany({
        where: { id: data.id, updatedAt: before.updatedAt },
        data: { date: dayOf(data.date), name: data.name, kind: data.kind, decree: data.decree },
      });
      if (changed.count !== 1) throw new AppError("conflict");
      const after = await tx.holiday.findUniqueOrThrow({ where: { id: data.id }, select: { updatedAt: true } });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "holiday.update",
          entityType: "Holiday",
          entityId: data.id,
          data: {
            before: { date: before.date.toISOString().slice(0, 10), name: before.name, kind: before.kind, decree: before.decree },
            after: { date: data.date, name: data.name, kind: data.kind, decree: data.decree },
          },
        },
      });
      return { version: after.updatedAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw dateTaken();
    throw error;
  } finally {
    invalidateWorkingCalendar();
  }
}

/** Removes one holiday, as it was when the page was loaded. */
export async function deleteHoliday({ actor, data }: { actor: Actor; data: DeleteHolidayData }): Promise<{ date: string }> {
  requireManager(actor);
  try {
    return await getPrisma().$transaction(async (tx) => {
      const before = await tx.holiday.findUnique({ where: { id: data.id } });
      if (!before) throw new AppError("not_found");
      if (before.updatedAt.toISOString() !== data.version) throw new AppError("conflict");
      const removed = await tx.holiday.deleteMany({ where: { id: data.id, updatedAt: before.updatedAt } });
      if (removed.count !== 1) throw new AppError("conflict");
      const date = before.date.toISOString().slice(0, 10);
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "holiday.delete",
          entityType: "Holiday",
          entityId: data.id,
          data: { date, name: before.name, kind: before.kind, decree: before.decree },
        },
      });
      return { date };
    });
  } finally {
    invalidateWorkingCalendar();
  }
}

/**
 * Imports a year's calendar from its decree: every CSV row is checked first, and with any problem
 * nothing is written ("csv_invalid", the problems in `details.rows`). Otherwise the year's holidays
 * are replaced by the CSV's and the year is confirmed (CalendarYear), in one transaction with the
 * audit event. Importing a confirmed year again (an amended decree) replaces it the same way.
 */
export async function importHolidayYear({
  actor,
  data,
}: {
  actor: Actor;
  data: ImportYearData;
}): Promise<{ year: number; imported: number; replaced: number }> {
  requireManager(actor);
  const { rows, errors } = parseHolidayCsv(data.csv, data.year);
  if (errors.length > 0) throw new AppError("csv_invalid", { csv: "csvRowsInvalid" }, { rows: errors, count: errors.length });
  try {
    return await getPrisma().$transaction(async (tx) => {
      const removed = await tx.holiday.deleteMany({ where: { date: yearRange(data.year) } });
      await tx.holiday.createMany({
        data: rows.map((r) => ({ date: dayOf(r.date), name: r.name, kind: r.kind, decree: data.decree })),
      });
      const previous = await tx.calendarYear.findUnique({ where: { year: data.year } });
      await tx.calendarYear.upsert({
        where: { year: data.year },
        create: { year: data.year, decree: data.decree },
        update: { decree: data.decree, importedAt: new Date() },
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "holiday.import",
          entityType: "CalendarYear",
          entityId: String(data.year),
          data: {
            year: data.year,
            decree: data.decree,
            imported: rows.length,
            replaced: removed.count,
            previousDecree: previous?.decree ?? null,
            libur_nasional: rows.filter((r) => r.kind === "libur_nasional").length,
            cuti_bersama: rows.filter((r) => r.kind === "cuti_bersama").length,
          },
        },
      });
      return { year: data.year, imported: rows.length, replaced: removed.count };
    });
  } catch (error) {
    // Two imports of one year at once: the second meets the first's rows.
    if (isUniqueViolation(error)) throw new AppError("conflict");
    throw error;
  } finally {
    invalidateWorkingCalendar();
  }
}
