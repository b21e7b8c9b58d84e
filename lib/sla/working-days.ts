// Working days ("hari kerja") for the service clock: Monday–Friday in Asia/Jakarta, minus the
// holiday table (libur nasional and cuti bersama). Pure functions, no I/O: the calendar is passed
// in (see lib/sla/calendar.ts for loading it from the database).
//
// Dates are calendar dates written "YYYY-MM-DD". Internally they become day numbers (days since
// 1970-01-01) so that 100,000 due dates take milliseconds, not seconds.
//
// Every holiday in `holidays` counts, whatever its year. A year missing from `confirmedYears` has
// no imported decree: usually no holidays are listed for it, so it counts weekdays only there, and
// a due date reaching into it is provisional (`isProvisional`). See
// docs/decisions/0010-working-day-clock.md.

export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  confirmedYears: ReadonlySet<number>;
} // "YYYY-MM-DD" dates

const DAY_MS = 86_400_000;
/** Asia/Jakarta has been UTC+7 without daylight saving since 1964. */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Asia/Jakarta (WIB, UTC+7) of an instant, "YYYY-MM-DD". */
export function jakartaDate(at: Date): string {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("jakartaDate: invalid Date");
  return formatDay(Math.floor((ms + JAKARTA_OFFSET_MS) / DAY_MS));
}

/** Monday–Friday and not a holiday. */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  return isWeekday(parseDay(date)) && !cal.holidays.has(date);
}

/**
 * The n-th working day after `date` (n ≥ 0). With n = 0: `date` itself when it is a working day,
 * else the next working day.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  const holidays = derive(cal).all;
  const working = (d: number) => isWeekday(d) && !holidays.has(d);
  let day = parseDay(date);
  if (n === 0) {
    while (!working(day)) day++;
    return formatDay(day);
  }
  let left = n;
  while (left > 0) {
    day++;
    if (working(day)) left--;
  }
  return formatDay(day);
}

/** The number of working days in (from, to]; negative (the count in (to, from]) when to < from. */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar): number {
  const a = parseDay(from);
  const b = parseDay(to);
  if (a === b) return 0;
  return a < b ? countWorking(a, b, cal) : 0 - countWorking(b, a, cal); // 0 − x: never −0
}

/** Whether some year in [from, to] (either order) has no confirmed holiday calendar. */
export function isProvisional(from: string, to: string, cal: WorkingCalendar): boolean {
  parseDay(from);
  parseDay(to);
  const y1 = Number(from.slice(0, 4));
  const y2 = Number(to.slice(0, 4));
  for (let y = Math.min(y1, y2); y <= Math.max(y1, y2); y++) if (!cal.confirmedYears.has(y)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Day numbers

/** 1970-01-01 was a Thursday; with Monday = 0, weekday(day) = (day + 3) mod 7. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function isWeekday(day: number): boolean {
  return weekdayIndex(day) < 5;
}

/** Weekdays in (a, b] for a < b, minus the holidays on weekdays in that range. */
function countWorking(a: number, b: number, cal: WorkingCalendar): number {
  let count = weekdaysUpTo(b) - weekdaysUpTo(a);
  const holidays = derive(cal).weekdays;
  count -= upperBound(holidays, b) - upperBound(holidays, a);
  return count;
}

/** The number of weekdays in [M, day], M being the Monday 1969-12-29 (day −3), for any day ≥ −3; differences are exact for any days. */
function weekdaysUpTo(day: number): number {
  const t = day + 3;
  const weeks = Math.floor(t / 7);
  const rest = t - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(rest + 1, 5);
}

/** The index of the first element > x in a sorted array. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The holidays as day numbers (all of them, and the sorted ones on weekdays), derived once per
// holiday set. The set is read-only by contract; its size is checked too, so a set grown in place
// is not served stale.
interface Derived {
  size: number;
  all: Set<number>;
  weekdays: number[];
}
const derived = new WeakMap<ReadonlySet<string>, Derived>();

function derive(cal: WorkingCalendar): Derived {
  const cached = derived.get(cal.holidays);
  if (cached && cached.size === cal.holidays.size) return cached;
  const all = new Set<number>();
  for (const h of cal.holidays) {
    const day = tryParseDay(h);
    if (day !== null) all.add(day);
  }
  const weekdays = [...all].filter(isWeekday).sort((x, y) => x - y);
  const fresh = { size: cal.holidays.size, all, weekdays };
  derived.set(cal.holidays, fresh);
  return fresh;
}

// ---------------------------------------------------------------------------------------------
// "YYYY-MM-DD" <-> day number (proleptic Gregorian; H. Hinnant's civil-date algorithms)

function tryParseDay(date: string): number | null {
  if (typeof date !== "string" || date.length !== 10 || date[4] !== "-" || date[7] !== "-") return null;
  const y = toInt(date, 0, 4);
  const m = toInt(date, 5, 7);
  const d = toInt(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

function parseDay(date: string): number {
  const day = tryParseDay(date);
  if (day === null) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${String(date)}`);
  return day;
}

/** Digits only; −1 when any character is not a digit. */
function toInt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function formatDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
