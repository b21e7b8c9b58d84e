import "server-only";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { clockState } from "@/lib/sla/clock";

const STOPPED: readonly ApplicationStatus[] = ["approved", "rejected", "issued", "withdrawn"];

/** The clock of one application as pages show it ("hari ke-X dari 7", the due date, the badge). */
export async function clockOf(app: { status: ApplicationStatus; dueDate: Date | null; clockPausedAt: Date | null; dueProvisional: boolean }, slaDays = 7, now = new Date()) {
  const calendar = await loadWorkingCalendar();
  const state = clockState(
    { dueDate: app.dueDate ? app.dueDate.toISOString().slice(0, 10) : null, pausedAt: app.clockPausedAt, stopped: STOPPED.includes(app.status), slaDays, now },
    calendar,
  );
  return { ...state, slaDays, provisional: app.dueProvisional };
}

export type ClockView = Awaited<ReturnType<typeof clockOf>>;
