import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import {
  addWorkingDays,
  isProvisional,
  isWorkingDay,
  jakartaDate,
  workingDaysBetween,
  type WorkingCalendar,
} from "@/lib/sla/working-days";

// The seeded 2026 calendar (SKB 3 Menteri), 2027 not confirmed.
const cal: WorkingCalendar = {
  holidays: new Set(HOLIDAYS_2026.map((h) => h.date)),
  confirmedYears: new Set([2026]),
};
const noHolidays: WorkingCalendar = { holidays: new Set(), confirmedYears: new Set() };

/** A date `offset` days after 2025-12-01, "YYYY-MM-DD" (written independently of the module). */
const iso = (offset: number) => new Date(Date.UTC(2025, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const dateArb = fc.integer({ min: 0, max: 800 }).map(iso); // 2025-12-01 … 2028-02-09
/** The reference: walk the days one by one. */
function naiveBetween(from: string, to: string, c: WorkingCalendar): number {
  const [a, b, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let t = Date.parse(`${a}T00:00:00Z`) + 86_400_000; t <= Date.parse(`${b}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !c.holidays.has(iso)) n++;
  }
  return n === 0 ? 0 : sign * n;
}
/** A calendar with random holidays (some on weekends), for the properties. */
const calendarArb = fc
  .uniqueArray(dateArb, { maxLength: 60 })
  .map((dates): WorkingCalendar => ({ holidays: new Set(dates), confirmedYears: new Set([2026]) }));

describe("jakartaDate", () => {
  it("is the date in WIB (UTC+7): 23:59 WIB is that day, 00:01 WIB the next", () => {
    expect(jakartaDate(new Date("2026-01-02T23:59:00+07:00"))).toBe("2026-01-02");
    expect(jakartaDate(new Date("2026-01-03T00:01:00+07:00"))).toBe("2026-01-03");
    expect(jakartaDate(new Date("2026-01-02T16:59:59.999Z"))).toBe("2026-01-02");
    expect(jakartaDate(new Date("2026-01-02T17:00:00.000Z"))).toBe("2026-01-03");
    expect(jakartaDate(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(jakartaDate(new Date("2028-02-28T17:00:00Z"))).toBe("2028-02-29");
  });

  it("refuses an invalid Date", () => {
    expect(() => jakartaDate(new Date("nonsense"))).toThrow(RangeError);
  });

  it("agrees with Intl for Asia/Jakarta at any instant", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(jakartaDate(new Date(ms))).toBe(intl.format(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isWorkingDay", () => {
  it("is Monday to Friday", () => {
    expect(isWorkingDay("2026-01-02", cal)).toBe(true); // Friday
    expect(isWorkingDay("2026-01-03", cal)).toBe(false); // Saturday
    expect(isWorkingDay("2026-01-04", cal)).toBe(false); // Sunday
    expect(isWorkingDay("2026-01-05", cal)).toBe(true); // Monday
  });

  it("excludes every 2026 libur nasional and cuti bersama", () => {
    for (const h of HOLIDAYS_2026) expect(isWorkingDay(h.date, cal), h.date).toBe(false);
    // The Imlek pair (CB Monday 16, LN Tuesday 17 February) and the days around it.
    expect(["2026-02-13", "2026-02-16", "2026-02-17", "2026-02-18"].map((d) => isWorkingDay(d, cal))).toEqual([true, false, false, true]);
    // Nyepi and Idul Fitri: nothing from Wednesday 18 to Tuesday 24 March.
    const march = ["2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24", "2026-03-25"];
    expect(march.map((d) => isWorkingDay(d, cal))).toEqual([true, false, false, false, false, false, true]);
    // Cuti bersama beside Kenaikan (14–15 May), Idul Adha (28 May), Natal (24 December).
    expect(isWorkingDay("2026-05-15", cal)).toBe(false);
    expect(isWorkingDay("2026-05-28", cal)).toBe(false);
    expect(isWorkingDay("2026-12-24", cal)).toBe(false);
    expect(isWorkingDay("2026-12-23", cal)).toBe(true);
  });

  it("counts an unconfirmed year's weekdays (1 January 2027 is a Friday with no decree yet)", () => {
    expect(isWorkingDay("2027-01-01", cal)).toBe(true);
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-5", "05-01-2026", "2026-01-05T00:00", "", "2026-02-29"]) {
      expect(() => isWorkingDay(bad, cal), bad).toThrow(RangeError);
    }
    expect(isWorkingDay("2028-02-29", cal)).toBe(true); // a leap day (Tuesday)
  });
});

describe("addWorkingDays", () => {
  it("with n = 0 is the day itself when working, else the next working day", () => {
    expect(addWorkingDays("2026-01-02", 0, cal)).toBe("2026-01-02");
    expect(addWorkingDays("2026-01-03", 0, cal)).toBe("2026-01-05");
    expect(addWorkingDays("2026-01-01", 0, cal)).toBe("2026-01-02");
    expect(addWorkingDays("2026-03-18", 0, cal)).toBe("2026-03-25");
  });

  it("skips weekends", () => {
    expect(addWorkingDays("2026-01-02", 1, cal)).toBe("2026-01-05");
    expect(addWorkingDays("2026-01-02", 7, cal)).toBe("2026-01-13");
    expect(addWorkingDays("2026-01-03", 1, cal)).toBe("2026-01-05");
  });

  it("skips each 2026 holiday cluster", () => {
    expect(addWorkingDays("2026-01-15", 1, cal)).toBe("2026-01-19"); // Isra Mikraj on Friday 16 January
    expect(addWorkingDays("2026-02-13", 1, cal)).toBe("2026-02-18"); // Imlek 16–17 February
    expect(addWorkingDays("2026-02-13", 7, cal)).toBe("2026-02-26");
    expect(addWorkingDays("2026-03-17", 1, cal)).toBe("2026-03-25"); // Nyepi + Idul Fitri 18–24 March
    expect(addWorkingDays("2026-03-16", 7, cal)).toBe("2026-04-01");
    expect(addWorkingDays("2026-03-25", 7, cal)).toBe("2026-04-06"); // Wafat Yesus Kristus 3 April
    expect(addWorkingDays("2026-05-13", 1, cal)).toBe("2026-05-18"); // Kenaikan + cuti bersama 14–15 May
    expect(addWorkingDays("2026-05-26", 1, cal)).toBe("2026-05-29"); // Idul Adha + cuti bersama 27–28 May
    expect(addWorkingDays("2026-05-29", 1, cal)).toBe("2026-06-02"); // Pancasila 1 June
    expect(addWorkingDays("2026-08-14", 1, cal)).toBe("2026-08-18"); // 17 August
    expect(addWorkingDays("2026-12-23", 1, cal)).toBe("2026-12-28"); // Natal 24–25 December
  });

  it("crosses into an unconfirmed 2027 counting weekdays only", () => {
    expect(addWorkingDays("2026-12-31", 1, cal)).toBe("2027-01-01");
    expect(addWorkingDays("2026-12-31", 7, cal)).toBe("2027-01-11");
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays("2026-01-02", -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-02", 1.5, cal)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-02", Number.NaN, cal)).toThrow(RangeError);
  });

  it("always lands on a working day, after the start when n ≥ 1", () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 0, max: 40 }), (c, date, n) => {
        const result = addWorkingDays(date, n, c);
        expect(isWorkingDay(result, c)).toBe(true);
        if (n >= 1) expect(result > date).toBe(true);
        else expect(result >= date).toBe(true);
      }),
    );
  });
});

describe("workingDaysBetween", () => {
  it("counts working days in (from, to]", () => {
    expect(workingDaysBetween("2026-01-02", "2026-01-02", cal)).toBe(0);
    expect(workingDaysBetween("2026-01-02", "2026-01-05", cal)).toBe(1);
    expect(workingDaysBetween("2026-01-03", "2026-01-04", cal)).toBe(0);
    expect(workingDaysBetween("2026-01-02", "2026-01-13", cal)).toBe(7);
    expect(workingDaysBetween("2026-03-17", "2026-03-25", cal)).toBe(1);
    expect(workingDaysBetween("2025-12-31", "2026-12-31", cal)).toBe(261 - 21); // 261 weekdays, 21 holidays on weekdays
  });

  it("is negative when `to` is before `from`", () => {
    expect(workingDaysBetween("2026-01-13", "2026-01-02", cal)).toBe(-7);
    expect(workingDaysBetween("2026-01-05", "2026-01-03", cal)).toBe(-1);
  });

  it("agrees with a day-by-day count, is antisymmetric and additive", () => {
    fc.assert(
      fc.property(calendarArb, dateArb, dateArb, dateArb, (c, a, b, m) => {
        const ab = workingDaysBetween(a, b, c);
        expect(ab).toBe(naiveBetween(a, b, c));
        expect(workingDaysBetween(b, a, c)).toBe(0 - ab); // and never −0
        expect(workingDaysBetween(a, m, c) + workingDaysBetween(m, b, c)).toBe(ab);
      }),
    );
  });

  it("round-trips with addWorkingDays", () => {
    fc.assert(
      fc.property(calendarArb, dateArb, fc.integer({ min: 1, max: 60 }), (c, date, n) => {
        const later = addWorkingDays(date, n, c);
        expect(workingDaysBetween(date, later, c)).toBe(n);
        // …and back: the working day k days after `date` is found again from the count.
        expect(addWorkingDays(date, workingDaysBetween(date, later, c), c)).toBe(later);
      }),
    );
  });

  it("counts the same with a fresh calendar object or one grown in place", () => {
    const grown = new Set<string>();
    const c: WorkingCalendar = { holidays: grown, confirmedYears: new Set() };
    expect(workingDaysBetween("2026-01-02", "2026-01-09", c)).toBe(5);
    grown.add("2026-01-07");
    expect(workingDaysBetween("2026-01-02", "2026-01-09", c)).toBe(4);
    expect(workingDaysBetween("2026-01-02", "2026-01-09", noHolidays)).toBe(5);
  });
});

describe("isProvisional", () => {
  it("is true when a year in the range has no confirmed calendar", () => {
    expect(isProvisional("2026-01-02", "2026-12-31", cal)).toBe(false);
    expect(isProvisional("2026-12-31", "2027-01-11", cal)).toBe(true);
    expect(isProvisional("2027-01-04", "2027-01-13", cal)).toBe(true);
    expect(isProvisional("2025-12-31", "2026-01-12", cal)).toBe(true);
    expect(isProvisional("2027-01-11", "2026-12-31", cal)).toBe(true); // either order
  });

  it("is false across a year end when both years are confirmed", () => {
    const both: WorkingCalendar = { holidays: cal.holidays, confirmedYears: new Set([2026, 2027]) };
    expect(isProvisional("2026-12-31", "2027-01-11", both)).toBe(false);
    expect(isProvisional("2026-12-31", "2028-01-03", both)).toBe(true); // 2028 still missing
  });
});
