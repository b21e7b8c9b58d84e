import "server-only";
import { getPrisma } from "@/lib/db";
import type { WorkingCalendar } from "./working-days";

// The working calendar from the Holiday and CalendarYear tables, cached per process for 60 s.
// An admin change calls `invalidateWorkingCalendar()`, so this process sees it at once; other
// processes (several app servers on one PostgreSQL) see it within 60 s. Due dates are stored when
// computed, so a short delay only matters for a change made in the same minute as a completion.

const TTL_MS = 60_000;

interface Cached {
  at: number;
  generation: number;
  value: Promise<WorkingCalendar>;
}

// On globalThis, like the database: Next.js may load this module in several bundles of one process.
const holder = globalThis as unknown as { __tirtaCalendar?: Cached; __tirtaCalendarGeneration?: number };

/** The holiday dates and the confirmed years, fresh within 60 s (at once after an admin change here). */
export function loadWorkingCalendar(): Promise<WorkingCalendar> {
  const generation = holder.__tirtaCalendarGeneration ?? 0;
  const cached = holder.__tirtaCalendar;
  const now = Date.now();
  if (cached && cached.generation === generation && now - cached.at < TTL_MS) return cached.value;
  const value = readCalendar();
  const entry: Cached = { at: now, generation, value };
  holder.__tirtaCalendar = entry;
  // A failed read is not cached: the next call tries again.
  value.catch(() => {
    if (holder.__tirtaCalendar === entry) holder.__tirtaCalendar = undefined;
  });
  return value;
}

/** Forgets the cached calendar; call after any change to Holiday or CalendarYear. */
export function invalidateWorkingCalendar(): void {
  holder.__tirtaCalendarGeneration = (holder.__tirtaCalendarGeneration ?? 0) + 1;
  holder.__tirtaCalendar = undefined;
}

async function readCalendar(): Promise<WorkingCalendar> {
  const prisma = getPrisma();
  const [holidays, years] = await Promise.all([
    prisma.holiday.findMany({ select: { date: true } }),
    prisma.calendarYear.findMany({ select: { year: true } }),
  ]);
  return {
    // @db.Date columns come back as midnight UTC of the stored date.
    holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))),
    confirmedYears: new Set(years.map((y) => y.year)),
  };
}
