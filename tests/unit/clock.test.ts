import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockState, dueDateOnComplete, dueDateOnResume } from "@/lib/sla/clock";
import { HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import { addWorkingDays, isWorkingDay, jakartaDate, workingDaysBetween, type WorkingCalendar } from "@/lib/sla/working-days";

const cal: WorkingCalendar = {
  holidays: new Set(HOLIDAYS_2026.map((h) => h.date)),
  confirmedYears: new Set([2026]),
};
const SLA = 7;

/** An instant in WIB: `wib("2026-01-05", "10:00")`. */
const wib = (date: string, time = "10:00") => new Date(`${date}T${time}:00+07:00`);
const due = (date: string, time = "10:00") => dueDateOnComplete(wib(date, time), SLA, cal);
const state = (dueDate: string | null, now: Date, extra: { pausedAt?: Date | null; stopped?: boolean } = {}) =>
  clockState({ dueDate, pausedAt: extra.pausedAt ?? null, stopped: extra.stopped ?? false, slaDays: SLA, now }, cal);

/** Instants from 2025-12-01 to early 2028, at any minute. */
const instantArb = fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2028, 1, 1) }).map((ms) => new Date(ms - (ms % 60_000)));

describe("dueDateOnComplete", () => {
  it("is the 7th working day after a working day D", () => {
    expect(due("2026-01-02")).toEqual({ dueDate: "2026-01-13", provisional: false }); // Friday → Tuesday
    expect(due("2026-01-05")).toEqual({ dueDate: "2026-01-14", provisional: false }); // Monday → Wednesday
    expect(due("2026-01-08")).toEqual({ dueDate: "2026-01-20", provisional: false }); // across Isra Mikraj (Fri 16)
  });

  it("counts a weekend or holiday completion from the next working day, which plays the role of D", () => {
    expect(due("2026-01-03").dueDate).toBe("2026-01-14"); // Saturday: like Monday 5 January
    expect(due("2026-01-04").dueDate).toBe("2026-01-14"); // Sunday: the same
    expect(due("2026-01-01").dueDate).toBe("2026-01-13"); // New Year (Thursday): like Friday 2 January
    expect(due("2026-03-18").dueDate).toBe("2026-04-06"); // cuti bersama Nyepi: like Wednesday 25 March
    expect(due("2026-03-21").dueDate).toBe("2026-04-06"); // Idul Fitri on a Saturday
  });

  it("belongs to the WIB date: 23:59 is that day, 00:01 the next", () => {
    expect(due("2026-01-02", "23:59").dueDate).toBe("2026-01-13");
    expect(due("2026-01-03", "00:01").dueDate).toBe("2026-01-14");
    expect(due("2026-01-08", "23:59").dueDate).toBe("2026-01-20");
    expect(due("2026-01-09", "00:01").dueDate).toBe("2026-01-21");
    // 00:01 WIB on Friday is still Thursday in UTC: the WIB date decides.
    expect(dueDateOnComplete(new Date("2026-01-08T17:01:00Z"), SLA, cal).dueDate).toBe("2026-01-21");
  });

  it("skips each 2026 holiday cluster", () => {
    expect(due("2026-02-13").dueDate).toBe("2026-02-26"); // Imlek pair 16–17 February
    expect(due("2026-02-12").dueDate).toBe("2026-02-25");
    expect(due("2026-03-16").dueDate).toBe("2026-04-01"); // Nyepi + Idul Fitri 18–24 March
    expect(due("2026-03-17").dueDate).toBe("2026-04-02");
    expect(due("2026-03-27").dueDate).toBe("2026-04-08"); // Wafat Yesus Kristus, Friday 3 April
    expect(due("2026-04-30").dueDate).toBe("2026-05-12"); // Hari Buruh, Friday 1 May
    expect(due("2026-05-13").dueDate).toBe("2026-05-26"); // Kenaikan + cuti bersama 14–15 May
    expect(due("2026-05-20").dueDate).toBe("2026-06-03"); // Idul Adha + cuti bersama 27–28 May, Pancasila 1 June
    expect(due("2026-06-10").dueDate).toBe("2026-06-22"); // 1 Muharam, Tuesday 16 June
    expect(due("2026-08-12").dueDate).toBe("2026-08-24"); // 17 August
    expect(due("2026-08-20").dueDate).toBe("2026-09-01"); // Maulid, Tuesday 25 August
    expect(due("2026-12-18")).toEqual({ dueDate: "2026-12-31", provisional: false }); // Natal 24–25 December
  });

  it("crosses into 2027 (unconfirmed) counting weekdays only, and is provisional", () => {
    expect(due("2026-12-21")).toEqual({ dueDate: "2027-01-01", provisional: true });
    expect(due("2026-12-31")).toEqual({ dueDate: "2027-01-11", provisional: true });
    expect(due("2027-01-04")).toEqual({ dueDate: "2027-01-13", provisional: true });
    const confirmed: WorkingCalendar = { holidays: new Set([...cal.holidays, "2027-01-01"]), confirmedYears: new Set([2026, 2027]) };
    expect(dueDateOnComplete(wib("2026-12-21"), SLA, confirmed)).toEqual({ dueDate: "2027-01-04", provisional: false });
  });

  it("refuses a service period that is not a whole number of days", () => {
    expect(() => dueDateOnComplete(wib("2026-01-02"), 0, cal)).toThrow(RangeError);
    expect(() => dueDateOnComplete(wib("2026-01-02"), 2.5, cal)).toThrow(RangeError);
  });

  it("is never a non-working day, and is exactly slaDays working days after D", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 20 }), (completedAt, sla) => {
        const { dueDate } = dueDateOnComplete(completedAt, sla, cal);
        expect(isWorkingDay(dueDate, cal)).toBe(true);
        const d = addWorkingDays(jakartaDate(completedAt), 0, cal);
        expect(workingDaysBetween(d, dueDate, cal)).toBe(sla);
      }),
      { numRuns: 500 },
    );
  });
});

describe("dueDateOnResume", () => {
  // Complete Monday 5 January → due Wednesday 14 January.
  const base = "2026-01-14";

  it("keeps the working days left after the pause date and counts them again after the resume date", () => {
    // Paused Thursday 8 January: 9, 12, 13, 14 are kept (4). Resumed Tuesday 13: 14, 15, 19, 20.
    expect(dueDateOnResume(base, wib("2026-01-08"), wib("2026-01-13"), cal)).toEqual({ dueDate: "2026-01-20", provisional: false });
    // Resumed over the Imlek pair.
    expect(dueDateOnResume(base, wib("2026-01-08"), wib("2026-02-13"), cal).dueDate).toBe("2026-02-23");
  });

  it("leaves the due date unchanged when resumed on the pause date", () => {
    expect(dueDateOnResume(base, wib("2026-01-08", "09:00"), wib("2026-01-08", "16:00"), cal).dueDate).toBe(base);
    expect(dueDateOnResume(base, wib("2026-01-10", "09:00"), wib("2026-01-10", "16:00"), cal).dueDate).toBe(base); // a Saturday
    // 23:59 and 00:01 WIB are two dates: the second one moves it.
    expect(dueDateOnResume(base, wib("2026-01-08", "23:59"), wib("2026-01-09", "00:01"), cal).dueDate).toBe("2026-01-15");
  });

  it("paused on a weekend keeps the days from Monday on", () => {
    // Paused Saturday 10 January: 12, 13, 14 kept (3). Resumed Monday 12: 13, 14, 15.
    expect(dueDateOnResume(base, wib("2026-01-10"), wib("2026-01-12"), cal).dueDate).toBe("2026-01-15");
  });

  it("paused on the due date gives the resume date (or the next working day) as the new due date", () => {
    expect(dueDateOnResume(base, wib("2026-01-14"), wib("2026-01-19"), cal).dueDate).toBe("2026-01-19");
    expect(dueDateOnResume(base, wib("2026-01-14"), wib("2026-01-17"), cal).dueDate).toBe("2026-01-19"); // resumed Saturday
  });

  it("keeps the due date of a file paused when already overdue", () => {
    expect(dueDateOnResume(base, wib("2026-01-15"), wib("2026-01-22"), cal).dueDate).toBe(base);
  });

  it("does not move earlier even when the due date became a holiday after it was set", () => {
    // An admin adds a holiday on 14 January after the due date was computed. Paused Friday 9,
    // resumed Saturday 10: only 12 and 13 are left in (9, 14], which would give the 13th.
    const changed: WorkingCalendar = { holidays: new Set([...cal.holidays, base]), confirmedYears: cal.confirmedYears };
    expect(dueDateOnResume(base, wib("2026-01-09"), wib("2026-01-10"), changed).dueDate).toBe(base);
  });

  it("becomes provisional when the resumed count reaches an unconfirmed year", () => {
    // Complete Friday 18 December 2026 → 31 December. Paused 22 December: 23, 28, 29, 30, 31 kept.
    expect(due("2026-12-18").dueDate).toBe("2026-12-31");
    expect(dueDateOnResume("2026-12-31", wib("2026-12-22"), wib("2027-01-04"), cal)).toEqual({ dueDate: "2027-01-11", provisional: true });
  });

  it("never moves a due date earlier, nor to a non-working day, and the same date changes nothing", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 20 * 86_400_000 }), fc.integer({ min: 0, max: 40 * 86_400_000 }), (completedAt, toPause, pauseLength) => {
        const first = dueDateOnComplete(completedAt, SLA, cal).dueDate;
        const pausedAt = new Date(completedAt.getTime() + toPause);
        const resumedAt = new Date(pausedAt.getTime() + pauseLength);
        const next = dueDateOnResume(first, pausedAt, resumedAt, cal).dueDate;
        expect(next >= first).toBe(true);
        expect(isWorkingDay(next, cal)).toBe(true);
        if (jakartaDate(pausedAt) === jakartaDate(resumedAt)) expect(next).toBe(first);
        // Paused up to the due date and resumed on a later date: the kept days are kept exactly.
        const p = jakartaDate(pausedAt);
        const r = jakartaDate(resumedAt);
        if (p < first && r > p) expect(workingDaysBetween(r, next, cal)).toBe(workingDaysBetween(p, first, cal));
        if (p === first && r > p) expect(next).toBe(addWorkingDays(r, 0, cal));
        if (p > first) expect(next).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe("clockState", () => {
  // Complete Monday 5 January 2026 → due Wednesday 14 January.
  const d = "2026-01-14";

  it("counts day 1 from the first working day after D to day 7 on the due date", () => {
    const days = [
      ["2026-01-05", 1, 7, "on_time"], // D itself
      ["2026-01-06", 1, 7, "on_time"],
      ["2026-01-07", 2, 6, "on_time"],
      ["2026-01-08", 3, 5, "on_time"],
      ["2026-01-09", 4, 4, "on_time"],
      ["2026-01-10", 5, 3, "warning"], // Saturday: the days left are Monday to Wednesday
      ["2026-01-11", 5, 3, "warning"],
      ["2026-01-12", 5, 3, "warning"],
      ["2026-01-13", 6, 2, "warning"],
      ["2026-01-14", 7, 1, "warning"],
      ["2026-01-15", 8, 0, "overdue"],
      ["2026-01-16", 9, -1, "overdue"], // Isra Mikraj: the next working day is the second late one
      ["2026-01-19", 9, -1, "overdue"],
      ["2026-01-20", 10, -2, "overdue"],
    ] as const;
    for (const [date, day, remaining, badge] of days) {
      expect(state(d, wib(date)), date).toEqual({ badge, day, remaining, dueDate: d });
    }
  });

  it("turns overdue at 00:01 WIB after the due date, not at 23:59", () => {
    expect(state(d, wib("2026-01-14", "23:59")).badge).toBe("warning");
    expect(state(d, wib("2026-01-15", "00:01")).badge).toBe("overdue");
  });

  it("warns from day 5 across the Idul Fitri block", () => {
    // Complete Monday 16 March → due Wednesday 1 April; 18–24 March are not working days.
    const march = due("2026-03-16").dueDate;
    expect(march).toBe("2026-04-01");
    expect(state(march, wib("2026-03-17"))).toMatchObject({ day: 1, badge: "on_time" });
    expect(state(march, wib("2026-03-20"))).toMatchObject({ day: 2, badge: "on_time" }); // the next working day (25 March) is day 2
    expect(state(march, wib("2026-03-27"))).toMatchObject({ day: 4, badge: "on_time" });
    expect(state(march, wib("2026-03-28"))).toMatchObject({ day: 5, badge: "warning" });
    expect(state(march, wib("2026-04-01"))).toMatchObject({ day: 7, remaining: 1, badge: "warning" });
    expect(state(march, wib("2026-04-02"))).toMatchObject({ day: 8, remaining: 0, badge: "overdue" });
  });

  it("freezes while paused, at the pause date", () => {
    const paused = { pausedAt: wib("2026-01-08") }; // day 3
    expect(state(d, wib("2026-01-08"), paused)).toEqual({ badge: "paused", day: 3, remaining: 5, dueDate: d });
    expect(state(d, wib("2026-02-20"), paused)).toEqual({ badge: "paused", day: 3, remaining: 5, dueDate: d });
    // Resumed Tuesday 13: the resume day is day 3 again, then the count goes on.
    const next = dueDateOnResume(d, wib("2026-01-08"), wib("2026-01-13"), cal).dueDate;
    expect(state(next, wib("2026-01-13"))).toMatchObject({ day: 3, remaining: 5, badge: "on_time" });
    expect(state(next, wib("2026-01-14"))).toMatchObject({ day: 4, remaining: 4, badge: "on_time" });
    expect(state(next, wib("2026-01-20"))).toMatchObject({ day: 7, remaining: 1, badge: "warning" });
  });

  it("is stopped when decided or withdrawn, and not started without a due date", () => {
    expect(state(d, wib("2026-01-20"), { stopped: true })).toEqual({ badge: "stopped", day: null, remaining: null, dueDate: d });
    expect(state(null, wib("2026-01-20"))).toEqual({ badge: "not_started", day: null, remaining: null, dueDate: null });
    expect(state(null, wib("2026-01-20"), { stopped: true }).badge).toBe("stopped");
  });

  it("never shows a day beyond slaDays before overdue, nor one before 1; overdue means after the due date", () => {
    fc.assert(
      fc.property(instantArb, instantArb, fc.integer({ min: 1, max: 20 }), (completedAt, now, sla) => {
        const { dueDate } = dueDateOnComplete(completedAt, sla, cal);
        const s = clockState({ dueDate, pausedAt: null, stopped: false, slaDays: sla, now }, cal);
        expect(s.day).not.toBeNull();
        expect(s.day!).toBeGreaterThanOrEqual(1);
        expect(s.day! + s.remaining!).toBe(sla + 1);
        if (s.badge === "overdue") {
          expect(jakartaDate(now) > dueDate).toBe(true);
          expect(s.day!).toBeGreaterThan(sla);
        } else {
          expect(jakartaDate(now) <= dueDate).toBe(true);
          expect(s.day!).toBeLessThanOrEqual(sla);
          expect(s.badge).toBe(s.day! >= Math.max(1, sla - 2) ? "warning" : "on_time");
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never goes backwards as time passes", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 0, max: 5 * 86_400_000 }), (completedAt, a, step) => {
        const { dueDate } = dueDateOnComplete(completedAt, SLA, cal);
        const s1 = state(dueDate, new Date(completedAt.getTime() + a));
        const s2 = state(dueDate, new Date(completedAt.getTime() + a + step));
        expect(s2.day!).toBeGreaterThanOrEqual(s1.day!);
      }),
      { numRuns: 500 },
    );
  });
});
