// Dates and times as people in Purwakarta read them: Asia/Jakarta (WIB), Indonesian by default.
const TZ = "Asia/Jakarta";

function tag(locale: string): string {
  return locale === "en" ? "en-GB" : "id-ID";
}

/** "14.05" (id) / "14:05" (en), in WIB. */
export function formatTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ }).format(date);
}

/** "25 November 2026". A calendar date stored as UTC midnight (`@db.Date`) is shown as such. */
export function formatDate(date: Date, locale: string, { calendarDate = false } = {}): string {
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: calendarDate ? "UTC" : TZ }).format(date);
}

/** "25 November 2026 pukul 14.05 WIB" / "25 November 2026 at 14:05 WIB". */
export function formatDateTime(date: Date, locale: string): string {
  return `${formatDate(date, locale)} ${locale === "en" ? "at" : "pukul"} ${formatTime(date, locale)} WIB`;
}
