import "server-only";
import { getPrisma } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { parseRegistrationNumber } from "./registration-number";

/**
 * What anyone may learn about an application from its registration number: its status and its
 * dates, nothing about the company, the people or the answers.
 */
export interface PublicApplicationStatus {
  registrationNumber: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  /** When the file was declared complete and correct (the working-day clock starts). */
  completedAt: Date | null;
  /** A calendar date (stored as a date, read as UTC midnight): format it in UTC. */
  dueDate: Date | null;
  decidedAt: Date | null;
}

// The only columns read: adding a column here publishes it.
const PUBLIC_FIELDS = {
  registrationNumber: true,
  status: true,
  submittedAt: true,
  completedAt: true,
  dueDate: true,
  decidedAt: true,
} as const;

/**
 * The public view of the application with this registration number, or null when the number is
 * malformed or unknown. Drafts are never found (they have no number, and are excluded anyway).
 */
export async function trackApplication(registrationNumber: string): Promise<PublicApplicationStatus | null> {
  const parsed = parseRegistrationNumber(registrationNumber);
  if (!parsed) return null;
  const row = await getPrisma().application.findFirst({
    where: { registrationNumber: parsed.value, status: { not: "draft" } },
    select: PUBLIC_FIELDS,
  });
  if (!row || row.registrationNumber === null) return null;
  return {
    registrationNumber: row.registrationNumber,
    status: row.status,
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    dueDate: row.dueDate,
    decidedAt: row.decidedAt,
  };
}
