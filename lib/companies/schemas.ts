import { z } from "zod";
import { emailField, requiredText } from "@/lib/accounts/text";
import { BusinessScale } from "@/lib/generated/prisma/enums";
import { normalizeNib, normalizeNpwp, normalizePhone } from "./identity";

// One schema per form, shared by the form's zodResolver and the server action. Messages are
// keys under `company.errors`. Parsing a parsed value again gives the same value.

const form = { error: "invalid" } as const;

export const BUSINESS_SCALES = Object.values(BusinessScale) as BusinessScale[];

export function isBusinessScale(value: unknown): value is BusinessScale {
  return typeof value === "string" && (BUSINESS_SCALES as string[]).includes(value);
}

/** The legal forms offered in the select; "Lainnya" asks for the form's name. */
export const LEGAL_FORMS = ["PT", "CV", "Firma", "Koperasi", "UD", "Perseorangan", "Lainnya"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * What is stored in `Company.legalForm`: the code for a listed form, the typed name for
 * "Lainnya".
 */
export function storedLegalForm(legalForm: LegalForm, other: string | undefined): string {
  return legalForm === "Lainnya" ? (other ?? "").trim() : legalForm;
}

/**
 * The form's values for a stored legal form. A stored code is that form; a long name ending in
 * its code, such as "Perseroan Terbatas (PT)", is read as that code; anything else is "Lainnya".
 */
export function legalFormFromStored(stored: string | null | undefined): { legalForm: LegalForm | ""; legalFormOther: string } {
  if (!stored) return { legalForm: "", legalFormOther: "" };
  const listed = LEGAL_FORMS.find((f) => f !== "Lainnya" && f.toLowerCase() === stored.trim().toLowerCase());
  if (listed) return { legalForm: listed, legalFormOther: "" };
  const code = /\((PT|CV|UD)\)\s*$/i.exec(stored)?.[1]?.toUpperCase() as LegalForm | undefined;
  if (code) return { legalForm: code, legalFormOther: "" };
  return { legalForm: "Lainnya", legalFormOther: stored };
}

const keys = (name: string) => ({
  required: `${name}Required`,
  tooLong: `${name}TooLong`,
  invalidCharacters: "textInvalidCharacters",
});

function normalized(required: string, invalid: string, normalize: (value: string) => string | null) {
  return z
    .string({ error: required })
    .max(64, invalid)
    .transform((value, ctx) => {
      if (value.trim() === "") {
        ctx.addIssue({ code: "custom", message: required });
        return z.NEVER;
      }
      const result = normalize(value);
      if (result === null) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return result;
    });
}

export const nibField = normalized("nibRequired", "nibInvalid", normalizeNib);
export const npwpField = normalized("npwpRequired", "npwpInvalid", normalizeNpwp);
export const companyPhoneField = normalized("phoneRequired", "phoneInvalid", normalizePhone);

export const scaleField = z.enum(BusinessScale, { error: "scaleRequired" });

const profileShape = {
  scale: scaleField,
  nib: nibField,
  npwp: npwpField,
  name: requiredText(200, keys("name")),
  legalForm: z.enum(LEGAL_FORMS, { error: "legalFormRequired" }),
  legalFormOther: z.string({ error: "legalFormOtherTooLong" }).max(400, "legalFormOtherTooLong").optional(),
  address: requiredText(500, keys("address"), { multiline: true }),
  kecamatan: requiredText(100, keys("kecamatan")),
  desa: requiredText(100, keys("desa")),
  contactName: requiredText(100, keys("contactName")),
  email: emailField({ required: "emailRequired", invalid: "emailInvalid" }),
  phone: companyPhoneField,
};

/** The other form's name is asked, and kept, only for "Lainnya". */
function legalFormOtherRule<T extends { legalForm: LegalForm; legalFormOther?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): T & { legalFormOther: string } {
  if (value.legalForm !== "Lainnya") return { ...value, legalFormOther: "" };
  const other = requiredText(100, keys("legalFormOther")).safeParse(value.legalFormOther ?? "");
  if (!other.success) {
    ctx.addIssue({ code: "custom", path: ["legalFormOther"], message: other.error.issues[0]?.message ?? "legalFormOtherRequired" });
    return z.NEVER;
  }
  return { ...value, legalFormOther: other.data };
}

export const companyProfileSchema = z.object(profileShape, form).transform(legalFormOtherRule);
export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
export type CompanyProfileData = z.output<typeof companyProfileSchema>;

/** An edit carries the version it was made from (optimistic concurrency). */
export const updateCompanySchema = z
  .object(
    {
      ...profileShape,
      version: z.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(2_147_483_647, "invalid"),
    },
    form,
  )
  .transform(legalFormOtherRule);
export type UpdateCompanyInput = z.input<typeof updateCompanySchema>;
export type UpdateCompanyData = z.output<typeof updateCompanySchema>;

/** The scale-gate step: only the business scale. */
export const scaleGateSchema = z.object({ scale: scaleField }, form);

export const invitationSchema = z.object(
  { email: emailField({ required: "emailRequired", invalid: "emailInvalid" }) },
  form,
);
export type InvitationInput = z.input<typeof invitationSchema>;
