import "server-only";
import { getPrisma } from "@/lib/db";

/** Calendar years in Asia/Jakarta. */
export function jakartaYear(now: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Jakarta", year: "numeric" }).format(now));
}

/**
 * The years (this one and the next) whose holiday calendar has not been confirmed by an
 * imported decree. Deadlines that fall in such a year count weekdays only.
 */
export async function missingCalendarYears(now = new Date()): Promise<number[]> {
  const year = jakartaYear(now);
  const confirmed = await getPrisma().calendarYear.findMany({
    where: { year: { in: [year, year + 1] } },
    select: { year: true },
  });
  const have = new Set(confirmed.map((c) => c.year));
  return [year, year + 1].filter((y) => !have.has(y));
}
