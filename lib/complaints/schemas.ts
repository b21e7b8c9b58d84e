import { z } from "zod";
import { cleanedText, requiredText } from "@/lib/accounts/text";
import { normalizePhone } from "@/lib/companies/identity";

// Inputs of the complaint forms: the public form, the officer's record of another channel, and
// the handling steps. Field errors are message keys under `complaints.errors`. Free text is
// trimmed and normalised; control characters and bidi overrides are refused, not stored.

function text(max: number, opts: { required?: string; multiline?: boolean } = {}) {
  const keys = { required: opts.required ?? "invalid", tooLong: "tooLong", invalidCharacters: "invalidCharacters" };
  return opts.required ? requiredText(max, keys, opts) : cleanedText(max, keys, opts);
}
const optional = <T extends z.ZodType>(schema: T) => z.union([z.undefined(), z.null(), schema]).transform((v) => (v === undefined || v === null || v === "" ? null : v));
const checkbox = z.union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean(), z.undefined(), z.null()]).transform((v) => v === true || v === "on" || v === "true");

export const CHANNELS = ["web", "formulir", "lisan_pejabat", "lisan_mpp", "surat", "telepon", "sms", "whatsapp", "email", "twitter", "instagram", "kotak"] as const;
export const RECORDED_CHANNELS = CHANNELS.filter((c) => c !== "web");
export const PROBLEMS = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana", "kompetensi", "lainnya"] as const;
export const TRACKS = ["internal", "teknis", "apip"] as const;
export const SERVICES = ["kbli-11050", "lainnya"] as const;
export const REPORT_LEVELS = ["kepala_seksi", "kepala_bidang", "kepala_dinas", "kepala_perangkat_daerah", "inspektur"] as const;

const date = z
  .string({ error: "dateInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d && d >= "2000-01-01";
  }, "dateInvalid");

const email = z.string().trim().toLowerCase().max(320, "emailInvalid").pipe(z.email("emailInvalid"));
const phone = z
  .string()
  .max(40, "phoneInvalid")
  .transform((v, ctx) => {
    const p = normalizePhone(v);
    if (!p) {
      ctx.addIssue({ code: "custom", message: "phoneInvalid" });
      return z.NEVER;
    }
    return p;
  });
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** What the complainant (or the officer, for them) writes. */
const complaintFields = {
  anonymous: checkbox,
  name: optional(z.preprocess(blankToUndefined, text(100).optional())),
  email: optional(z.preprocess(blankToUndefined, email.optional())),
  phone: optional(z.preprocess(blankToUndefined, phone.optional())),
  confidential: checkbox,
  service: z.enum(SERVICES, { error: "invalid" }).default("kbli-11050"),
  registrationNumber: optional(z.preprocess(blankToUndefined, text(40).pipe(z.string().regex(/^[A-Za-z0-9 ./-]*$/, "registrationInvalid")).optional())),
  serviceReceivedOn: optional(z.preprocess(blankToUndefined, date.optional())),
  problemType: z.enum(PROBLEMS, { error: "problemRequired" }),
};

function withoutIdentityWhenAnonymous<T extends { anonymous: boolean; name: string | null; email: string | null; phone: string | null; confidential: boolean }>(v: T): T {
  return v.anonymous ? { ...v, name: null, email: null, phone: null, confidential: false } : v;
}

export const publicComplaintSchema = z
  .object({
    ...complaintFields,
    description: text(4000, { required: "descriptionRequired", multiline: true }),
    // The honeypot: a field people never see; anything in it is a robot.
    website: z.string().max(0, "spam").optional().default(""),
  })
  .transform(withoutIdentityWhenAnonymous);
export type PublicComplaintData = z.output<typeof publicComplaintSchema>;

export const recordComplaintSchema = z
  .object({
    ...complaintFields,
    channel: z.enum(RECORDED_CHANNELS as unknown as [string, ...string[]], { error: "channelRequired" }),
    // "YYYY-MM-DDTHH:MM" in Asia/Jakarta, as a datetime-local field gives it.
    receivedAt: z
      .string({ error: "receivedAtInvalid" })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "receivedAtInvalid")
      .transform((v) => new Date(`${v}:00+07:00`))
      .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() > Date.parse("2000-01-01T00:00:00Z"), "receivedAtInvalid"),
    // A letter or a box note may be unreadable: the rules then treat it as a suggestion.
    description: text(4000, { multiline: true }),
  })
  .transform(withoutIdentityWhenAnonymous);
export type RecordComplaintData = z.output<typeof recordComplaintSchema>;

const id = z.string().trim().min(1, "invalid").max(64, "invalid").regex(/^[a-z0-9]+$/, "invalid");
const version = z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(2_147_483_647, "invalid");
const note = (max: number, required?: string) => text(max, { multiline: true, ...(required ? { required } : {}) });

export const classifyInput = z.object({
  complaintId: id,
  version,
  sector: text(200, { required: "sectorRequired" }),
  problemType: z.enum(PROBLEMS, { error: "problemRequired" }),
  // The officer complained about, if any: kept from the complainant's identity when it is confidential.
  reportedUserId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
});
export const reviewInput = z.object({
  complaintId: id,
  version,
  coreProblem: note(4000, "coreProblemRequired"),
  standardLink: note(4000),
  priorDocuments: note(4000),
  handlingPlan: note(4000),
  actionsTaken: note(4000),
});
export const routeInput = z
  .object({ complaintId: id, version, track: z.enum(TRACKS, { error: "trackRequired" }), agency: optional(z.preprocess(blankToUndefined, text(200).optional())) })
  .superRefine((v, ctx) => {
    if (v.track === "teknis" && !v.agency) ctx.addIssue({ code: "custom", path: ["agency"], message: "agencyRequired" });
  });
export const apipDecisionInput = z
  .object({ complaintId: id, version, decision: z.enum(["approve", "refuse"], { error: "invalid" }), note: note(2000) })
  .superRefine((v, ctx) => {
    if (v.decision === "refuse" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "refuseNoteRequired" });
  });
export const reportInput = z.object({ complaintId: id, level: z.enum(REPORT_LEVELS, { error: "levelRequired" }), report: note(4000, "reportRequired") });
export const answerInput = z.object({ complaintId: id, version, answer: note(4000, "answerRequired") });
export const trackInput = z.object({
  ticket: z.string({ error: "ticketRequired" }).trim().toUpperCase().min(1, "ticketRequired").max(40, "ticketInvalid"),
  secret: z.string({ error: "secretRequired" }).trim().toUpperCase().min(1, "secretRequired").max(40, "secretInvalid"),
});
