import type { ApplicationStatus, Verdict } from "@/lib/generated/prisma/enums";
import type { RequirementItemRecord } from "@/lib/service-standard/queries";
import { missingFields, sectionStatus, type AnswerValue, type Missing, type SectionStatus } from "./answers";

/** One answer as stored, with what the checklist needs to know about it. */
export interface StoredAnswer {
  itemId: string;
  value: unknown;
  answeredAt: Date;
  verdict: Verdict | null;
  verdictNote: string | null;
  verdictAt: Date | null;
  evidenceCount: number;
}

export interface ChecklistEntry {
  item: RequirementItemRecord;
  answer: StoredAnswer | null;
  value: Partial<AnswerValue> | null;
  status: SectionStatus;
  missing: Missing[];
  evidenceMissing: boolean;
  /** Marked "tidak sesuai" by the officer and not changed since. */
  correctionPending: boolean;
}

function asValue(value: unknown): Partial<AnswerValue> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Partial<AnswerValue>) : null;
}

/** The task list of an application: every item of its service with its answer and status. */
export function buildChecklist(
  items: RequirementItemRecord[],
  answers: StoredAnswer[],
  applicationStatus: ApplicationStatus,
): ChecklistEntry[] {
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  return items.map((item) => {
    const answer = byItem.get(item.id) ?? null;
    const value = asValue(answer?.value);
    const evidenceCount = answer?.evidenceCount ?? 0;
    const correctionPending =
      applicationStatus === "needs_correction" &&
      answer?.verdict === "tidak_sesuai" &&
      (!answer.verdictAt || answer.answeredAt <= answer.verdictAt);
    return {
      item,
      answer,
      value,
      status: sectionStatus({ fields: item.fields, evidenceRequired: item.evidenceRequired, value, evidenceCount, correctionPending }),
      missing: missingFields(item.fields, value),
      evidenceMissing: item.evidenceRequired && evidenceCount === 0,
      correctionPending,
    };
  });
}

/** Items that stop a submission: not complete, or still waiting on a correction. */
export function blockingEntries(checklist: ChecklistEntry[]): ChecklistEntry[] {
  return checklist.filter((e) => e.status !== "complete");
}
