import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Role } from "@/lib/auth/roles";

/**
 * The application lifecycle in one table: every status change goes through `transition()` and
 * nowhere else. `by` is who may take it; the domain function also checks the policy for the
 * specific application.
 */
export const TRANSITIONS = {
  submit: { from: ["draft"], to: "submitted", by: ["pemohon"] },
  resubmit: { from: ["needs_correction"], to: "submitted", by: ["pemohon"] },
  withdraw: {
    from: ["draft", "submitted", "needs_correction", "complete", "field_verification", "awaiting_decision"],
    to: "withdrawn",
    by: ["pemohon"],
  },
  // Also after the clock started (the clock pauses while the file waits on the applicant).
  requestCorrection: { from: ["submitted", "complete", "field_verification", "awaiting_decision"], to: "needs_correction", by: ["petugas"] },
  declareComplete: { from: ["submitted"], to: "complete", by: ["petugas"] },
  // The front office hands the file to the technical team, or skips the visit where the
  // procedure does not need one.
  assignFieldVerification: { from: ["complete"], to: "field_verification", by: ["petugas"] },
  skipFieldVerification: { from: ["complete"], to: "awaiting_decision", by: ["petugas"] },
  finishFieldVerification: { from: ["field_verification"], to: "awaiting_decision", by: ["tim_teknis"] },
  approve: { from: ["awaiting_decision"], to: "approved", by: ["penandatangan"] },
  reject: { from: ["awaiting_decision"], to: "rejected", by: ["penandatangan"] },
  issue: { from: ["approved"], to: "issued", by: ["penandatangan"] },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: readonly Role[] }>;

export type TransitionName = keyof typeof TRANSITIONS;

export function canTransition(name: TransitionName, from: ApplicationStatus, roles: readonly Role[]): boolean {
  const t = TRANSITIONS[name];
  return (t.from as readonly ApplicationStatus[]).includes(from) && t.by.some((r) => roles.includes(r));
}

/** Statuses in which the applicant may change answers and evidence (some items only, in correction). */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ["draft", "needs_correction"];
