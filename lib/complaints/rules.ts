import { dueDateOnComplete } from "@/lib/sla/clock";
import { jakartaDate, type WorkingCalendar } from "@/lib/sla/working-days";

// The standard's rules for complaints ("Penanganan Pengaduan, Saran dan Masukan"), pure:
// - filed more than 30 calendar days after the service was received → treated as saran/masukan;
//   exactly 30 days later is still a complaint (dates in Asia/Jakarta);
// - without the complainant's identity (a name and a way to reach them) or without an object
//   (what it is about) → treated as saran/masukan;
// - a complaint is answered within 14 working days of receipt, counted like the service clock:
//   received on working day D → due at the end of the 14th working day after D; received on a
//   non-working day → counted from the next working day.

export const COMPLAINT_WINDOW_DAYS = 30;
export const COMPLAINT_ANSWER_WORKING_DAYS = 14;
/** Fewer characters than this say nothing about what the complaint is about. */
export const MIN_OBJECT_LENGTH = 10;

export type KindReason = "late" | "no_identity" | "no_object";
export type ComplaintKind = "pengaduan" | "saran";

export function hasIdentity(who: { name?: string | null; email?: string | null; phone?: string | null }): boolean {
  return !!who.name?.trim() && (!!who.email?.trim() || !!who.phone?.trim());
}

export function hasObject(description: string | null | undefined): boolean {
  return (description ?? "").replace(/\s+/g, " ").trim().length >= MIN_OBJECT_LENGTH;
}

/** Calendar days from `from` to `to` (YYYY-MM-DD). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function classifyComplaint(input: {
  receivedAt: Date;
  /** The date the complainant received the service (YYYY-MM-DD), when known. */
  serviceReceivedOn: string | null;
  identity: boolean;
  object: boolean;
}): { kind: ComplaintKind; reasons: KindReason[] } {
  const reasons: KindReason[] = [];
  if (input.serviceReceivedOn && calendarDaysBetween(input.serviceReceivedOn, jakartaDate(input.receivedAt)) > COMPLAINT_WINDOW_DAYS) reasons.push("late");
  if (!input.identity) reasons.push("no_identity");
  if (!input.object) reasons.push("no_object");
  return { kind: reasons.length === 0 ? "pengaduan" : "saran", reasons };
}

/** The answer deadline of a complaint received at `receivedAt` (suggestions have none). */
export function complaintDueDate(receivedAt: Date, cal: WorkingCalendar): { dueDate: string; provisional: boolean } {
  return dueDateOnComplete(receivedAt, COMPLAINT_ANSWER_WORKING_DAYS, cal);
}
