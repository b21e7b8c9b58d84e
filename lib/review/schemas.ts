import { z } from "zod";
import { cleanText } from "@/lib/applications/answers";

// Inputs of the officers' forms. Field errors are message keys under `review.errors`.
const id = z.string().trim().min(1, "invalid").max(64, "invalid").regex(/^[a-z0-9]+$/, "invalid");
const version = z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(2_147_483_647, "invalid");
const note = (max: number) => z.string({ error: "invalid" }).max(max * 2, "noteTooLong").transform(cleanText).refine((v) => v.length <= max, "noteTooLong");

export const verdictInput = z.object({
  code: z.string().regex(/^[A-Z][0-9]{1,2}$/, "invalid"),
  verdict: z.enum(["sesuai", "tidak_sesuai", ""], { error: "invalid" }),
  note: note(2000),
});

export const reviewInput = z
  .object({
    applicationId: id,
    version,
    action: z.enum(["save", "return", "complete"], { error: "invalid" }),
    verdicts: z.array(verdictInput).max(50, "invalid"),
    note: note(2000).optional(),
  })
  .superRefine((v, ctx) => {
    v.verdicts.forEach((x, i) => {
      if (x.verdict === "tidak_sesuai" && x.note === "") ctx.addIssue({ code: "custom", path: ["verdicts", i, "note"], message: "noteRequired" });
    });
  });

export const assignInput = z.object({ applicationId: id, version, technicalId: id });
export const skipInput = z.object({ applicationId: id, version, reason: note(1000).refine((v) => v.length > 0, "reasonRequired") });
export const decisionInput = z
  .object({ applicationId: id, version, decision: z.enum(["approve", "reject"], { error: "invalid" }), reason: note(2000) })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && v.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
export const fieldReportInput = z.object({
  applicationId: id,
  version,
  visitDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "visitDateInvalid").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "visitDateInvalid"),
  findings: note(4000).refine((v) => v.length > 0, "findingsRequired"),
  recommendation: z.enum(["layak", "tidak_layak"], { error: "recommendationRequired" }),
});

/** Reads the review form: a hidden `item` per requirement, with `verdict.<code>` and `note.<code>`. */
export function reviewFromForm(form: FormData): Record<string, unknown> {
  const verdicts: { code: string; verdict: unknown; note: unknown }[] = [];
  for (const code of form.getAll("item").slice(0, 50)) {
    if (typeof code !== "string") continue;
    verdicts.push({ code, verdict: form.get(`verdict.${code}`) ?? "", note: form.get(`note.${code}`) ?? "" });
  }
  return { applicationId: form.get("applicationId"), version: form.get("version"), action: form.get("action"), verdicts, note: form.get("note") ?? undefined };
}
