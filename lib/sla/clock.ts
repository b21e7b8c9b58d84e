// The service clock (Jangka Waktu Penyelesaian): 7 working days from the receipt of the complete
// and correct file. Pure functions, no I/O. The rules, also in docs/decisions/0010-working-day-clock.md:
//
// - Completion. A file declared complete on working day D (its Asia/Jakarta date) is due at the
//   end of the `slaDays`-th working day after D; D itself is not counted. Declared complete on a
//   non-working day (weekend, holiday), the next working day plays the role of D: completed on
//   Saturday 3 January 2026 counts like Monday 5 January, so it is due Wednesday 14 January (the
//   7th working day after the 5th), as a Monday completion is. 23:59 WIB belongs to that day,
//   00:01 WIB to the next.
// - Pause and resume. Paused at P (a correction requested of the applicant) and resumed at R, the
//   working days still left after P's date up to the due date are counted again after R's date:
//   new due = the k-th working day after R, k = working days in (P, due]. P's own day is spent;
//   resuming on P's date leaves the due date as it was; pausing never moves a due date earlier;
//   a file paused once already overdue keeps its due date (a pause does not wipe out lateness).
//   A file paused on its due date (k = 0) is due at the end of R's date (or the next working day).
// - State. `remaining` = the working days still available, today included when today is a
//   working day (on the due date: 1; on a weekend before it: the days from Monday on). `day` =
//   slaDays − remaining + 1, clamped to 1…slaDays while not overdue, so day 1 is the first working
//   day after D and day `slaDays` is the due date; on a non-working day it shows the next working
//   day's number. While paused, both are frozen at the pause date. The badge warns in the last
//   three working days (from day 5 of 7) and is overdue once the Jakarta date is after the due date.
// - Provisional. A due date is provisional when some year from the completion (or pause) date to
//   the due date has no confirmed holiday calendar.

import {
  addWorkingDays,
  isProvisional,
  isWorkingDay,
  jakartaDate,
  workingDaysBetween,
  type WorkingCalendar,
} from "./working-days";

export type ClockBadge = "not_started" | "on_time" | "warning" | "overdue" | "paused" | "stopped";

/** The due date of a file declared complete at `completedAt`. */
export function dueDateOnComplete(
  completedAt: Date,
  slaDays: number,
  cal: WorkingCalendar,
): { dueDate: string; provisional: boolean } {
  checkSlaDays(slaDays);
  const received = jakartaDate(completedAt);
  const d = addWorkingDays(received, 0, cal); // D: the completion date, or the next working day
  const dueDate = addWorkingDays(d, slaDays, cal);
  return { dueDate, provisional: isProvisional(received, dueDate, cal) };
}

/** The due date after a pause from `pausedAt` to `resumedAt`. */
export function dueDateOnResume(
  dueDate: string,
  pausedAt: Date,
  resumedAt: Date,
  cal: WorkingCalendar,
): { dueDate: string; provisional: boolean } {
  const paused = jakartaDate(pausedAt);
  const resumed = jakartaDate(resumedAt);
  let next = dueDate;
  if (resumed > paused && paused <= dueDate) {
    const kept = workingDaysBetween(paused, dueDate, cal); // working days in (P, due], ≥ 0 here
    const moved = addWorkingDays(resumed, kept, cal);
    if (moved > dueDate) next = moved; // never earlier, even if the calendar changed meanwhile
  }
  return { dueDate: next, provisional: isProvisional(paused < resumed ? paused : resumed, next, cal) };
}

/** The clock as shown to applicants and officers: badge, "hari ke-X dari N", working days left. */
export function clockState(
  input: { dueDate: string | null; pausedAt: Date | null; stopped: boolean; slaDays: number; now: Date },
  cal: WorkingCalendar,
): { badge: ClockBadge; day: number | null; remaining: number | null; dueDate: string | null } {
  const { dueDate, pausedAt, stopped, slaDays, now } = input;
  if (stopped) return { badge: "stopped", day: null, remaining: null, dueDate };
  if (dueDate === null) return { badge: "not_started", day: null, remaining: null, dueDate: null };
  checkSlaDays(slaDays);

  const at = jakartaDate(pausedAt ?? now);
  const overdue = at > dueDate;
  let remaining = workingDaysBetween(at, dueDate, cal) + (isWorkingDay(at, cal) ? 1 : 0);
  if (overdue) {
    // Past the due date: 0 on the first working day after it, −1 on the second, …
    remaining = Math.min(remaining, 0);
  } else {
    remaining = Math.max(1, Math.min(remaining, slaDays));
  }
  const day = slaDays - remaining + 1;

  let badge: ClockBadge;
  if (pausedAt) badge = "paused";
  else if (overdue) badge = "overdue";
  else if (day >= warningDay(slaDays)) badge = "warning";
  else badge = "on_time";
  return { badge, day, remaining, dueDate };
}

/** Day 5 of 7: the last three working days. */
function warningDay(slaDays: number): number {
  return Math.max(1, slaDays - 2);
}

function checkSlaDays(slaDays: number): void {
  if (!Number.isSafeInteger(slaDays) || slaDays < 1) throw new RangeError(`slaDays must be a whole number ≥ 1, got ${slaDays}`);
}
