import { z } from "zod";
import { normalizePhone } from "@/lib/companies/identity";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-rule";
import { emailField, requiredText } from "./text";

// One schema per form, shared by the form's zodResolver and the server action. Messages are
// keys under `account.errors`, so the form shows them in the visitor's language. Parsing a
// parsed value again gives the same value (the form sends its parsed values to the action).

const form = { error: "invalid" } as const;

export const personName = requiredText(100, {
  required: "nameRequired",
  tooLong: "nameTooLong",
  invalidCharacters: "textInvalidCharacters",
});

export const accountEmail = emailField({ required: "emailRequired", invalid: "emailInvalid" });

/** An Indonesian phone number, stored as "+62…". */
export const phoneNumber = z
  .string({ error: "phoneRequired" })
  .max(40, "phoneInvalid")
  .transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "phoneRequired" });
      return z.NEVER;
    }
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "phoneInvalid" });
      return z.NEVER;
    }
    return phone;
  });

/** A new password: the rule's length and character parts; the e-mail part needs the e-mail. */
const newPassword = z
  .string({ error: "passwordRequired" })
  .min(1, "passwordRequired")
  .max(PASSWORD_MAX_LENGTH, "passwordTooLong")
  .superRefine((value, ctx) => {
    if (value.length === 0) return; // already "passwordRequired"
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** An invitation token from `/daftar?undangan=…`; empty when registering without one. */
export const invitationToken = z
  .string({ error: "invitation_invalid" })
  .max(100, "invitation_invalid")
  .regex(/^[A-Za-z0-9_-]*$/, "invitation_invalid");

export const registerSchema = z
  .object(
    {
      name: personName,
      email: accountEmail,
      phone: phoneNumber,
      password: newPassword,
      invitation: invitationToken.optional(),
    },
    form,
  )
  .superRefine((value, ctx) => {
    // Object checks also run after a field's own (non-fatal) issue: look only at usable values.
    if (typeof value.password !== "string" || typeof value.email !== "string" || value.password === "") return;
    if (passwordProblem(value.password, value.email) === "passwordContainsEmail") {
      ctx.addIssue({ code: "custom", path: ["password"], message: "passwordContainsEmail" });
    }
  });
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterData = z.output<typeof registerSchema>;

export const profileSchema = z.object({ name: personName, phone: phoneNumber }, form);
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileData = z.output<typeof profileSchema>;

const changePasswordShape = {
  currentPassword: z
    .string({ error: "currentPasswordRequired" })
    .min(1, "currentPasswordRequired")
    .max(1024, "passwordTooLong"),
  newPassword,
};

function notSameAsCurrent(value: { currentPassword: string; newPassword: string }, ctx: z.RefinementCtx) {
  if (typeof value.newPassword !== "string" || value.newPassword === "") return;
  if (value.newPassword === value.currentPassword) {
    ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordSameAsCurrent" });
  }
}

/** The server's schema; the domain function checks the e-mail part against the stored e-mail. */
export const changePasswordSchema = z.object(changePasswordShape, form).superRefine(notSameAsCurrent);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

/** The form's schema: the same, plus the e-mail part of the rule for the signed-in user's e-mail. */
export function changePasswordSchemaFor(email: string) {
  return z
    .object(changePasswordShape, form)
    .superRefine(notSameAsCurrent)
    .superRefine((value, ctx) => {
      if (typeof value.newPassword !== "string" || value.newPassword === "") return;
      if (passwordProblem(value.newPassword, email) === "passwordContainsEmail") {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordContainsEmail" });
      }
    });
}
