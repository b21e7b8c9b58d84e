import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { emailNamePart, passwordChecks, passwordProblem } from "@/lib/accounts/password-rule";
import { changePasswordSchema, changePasswordSchemaFor, profileSchema, registerSchema } from "@/lib/accounts/schemas";
import en from "@/messages/en/account.json";
import id from "@/messages/id/account.json";
import { CONTROL, hostileForm } from "../helpers/hostile";

const VALID = { name: "Siti Rahmawati", email: "siti@tirta-jernih.co.id", phone: "0812-3456-7890", password: "kopi-pagi-27" };

/** Every message a schema gives is a key with a text in both languages. */
function expectKnownKeys(error: z.ZodError) {
  for (const issue of error.issues) {
    expect(Object.keys(id.errors), `id: ${issue.message}`).toContain(issue.message);
    expect(Object.keys(en.errors), `en: ${issue.message}`).toContain(issue.message);
  }
}

/** Field errors as the server action reports them: the first issue per field. */
function fieldErrors(result: { success: boolean; error?: z.ZodError }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.join(".") || "_form"] ??= issue.message;
  return errors;
}

describe("password rule", () => {
  it("needs 10 characters, letters and digits, and not the e-mail's name part", () => {
    expect(passwordProblem("kopi-pagi-27")).toBeNull();
    expect(passwordProblem("kopi27")).toBe("passwordTooShort");
    expect(passwordProblem("kopipagisawah")).toBe("passwordNeedsLetterAndDigit");
    expect(passwordProblem("1234567890")).toBe("passwordNeedsLetterAndDigit");
    expect(passwordProblem("siti-rahma-2026", "Siti-Rahma@contoh.id")).toBe("passwordContainsEmail");
    expect(passwordProblem("SITI-RAHMA-2026", "siti-rahma@contoh.id")).toBe("passwordContainsEmail");
    expect(passwordProblem("x".repeat(129) + "1")).toBe("passwordTooLong");
    // Letters of any script count as letters.
    expect(passwordProblem("ภาษาไทยภาษาไทย2026")).toBeNull();
  });
  it("ignores a name part too short to matter", () => {
    expect(emailNamePart("ab@x.id")).toBeNull();
    expect(emailNamePart("abc@x.id")).toBe("abc");
    expect(passwordProblem("ab-kopi-pagi-1", "ab@x.id")).toBeNull();
  });
  it("the checklist matches the verdict", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.emailAddress(), (password, email) => {
        const checks = passwordChecks(password, email);
        const allMet = checks.length && checks.letterAndDigit && checks.notEmailName;
        expect(passwordProblem(password, email) === null).toBe(allMet);
      }),
    );
  });
});

describe("registerSchema", () => {
  it("parses a valid form into clean values", () => {
    const result = registerSchema.safeParse({ ...VALID, name: "  Siti   Rahmawati ", email: " Siti@Tirta-Jernih.co.id " });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: "Siti Rahmawati", email: "siti@tirta-jernih.co.id", phone: "+6281234567890", password: "kopi-pagi-27" });
  });
  it("names each problem with a message key", () => {
    expect(fieldErrors(registerSchema.safeParse({}))).toEqual({
      name: "nameRequired",
      email: "emailRequired",
      phone: "phoneRequired",
      password: "passwordRequired",
    });
    expect(fieldErrors(registerSchema.safeParse({ ...VALID, email: "bukan-email", phone: "12345", password: "pendek1" }))).toEqual({
      email: "emailInvalid",
      phone: "phoneInvalid",
      password: "passwordTooShort",
    });
    expect(fieldErrors(registerSchema.safeParse({ ...VALID, password: "siti-2026-aman" }))).toEqual({ password: "passwordContainsEmail" });
    expect(fieldErrors(registerSchema.safeParse({ ...VALID, name: "Siti\u0000" }))).toEqual({ name: "textInvalidCharacters" });
    expect(fieldErrors(registerSchema.safeParse({ ...VALID, invitation: "<script>" }))).toEqual({ invitation: "invitation_invalid" });
    expect(fieldErrors(registerSchema.safeParse(null))).toEqual({ _form: "invalid" });
  });
});

describe("change password schemas", () => {
  it("needs the current password and a new one that meets the rule and differs", () => {
    expect(fieldErrors(changePasswordSchema.safeParse({ currentPassword: "", newPassword: "" }))).toEqual({
      currentPassword: "currentPasswordRequired",
      newPassword: "passwordRequired",
    });
    expect(fieldErrors(changePasswordSchema.safeParse({ currentPassword: "kopi-pagi-27", newPassword: "kopi-pagi-27" }))).toEqual({
      newPassword: "passwordSameAsCurrent",
    });
    expect(changePasswordSchema.safeParse({ currentPassword: "lama", newPassword: "siti-baru-2026" }).success).toBe(true);
    expect(fieldErrors(changePasswordSchemaFor("siti@x.id").safeParse({ currentPassword: "lama", newPassword: "siti-baru-2026" }))).toEqual({
      newPassword: "passwordContainsEmail",
    });
  });
});

// Random and hostile input: never a throw; either a clean value (parsed again unchanged) or
// field errors that are all message keys.
const schemas = [
  { name: "registerSchema", schema: registerSchema, keys: ["name", "email", "phone", "password", "invitation"], valid: VALID, text: ["name"] },
  { name: "profileSchema", schema: profileSchema, keys: ["name", "phone"], valid: { name: "Siti", phone: "081234567890" }, text: ["name"] },
  {
    name: "changePasswordSchema",
    schema: changePasswordSchema,
    keys: ["currentPassword", "newPassword"],
    valid: { currentPassword: "lama-sekali", newPassword: "baru-sekali-1" },
    text: [],
  },
  {
    name: "changePasswordSchemaFor",
    schema: changePasswordSchemaFor("siti@contoh.id"),
    keys: ["currentPassword", "newPassword"],
    valid: { currentPassword: "lama-sekali", newPassword: "baru-sekali-1" },
    text: [],
  },
] as const;

describe.each(schemas)("$name under hostile input", ({ schema, keys, valid, text }) => {
  it("never throws; parses to a clean value or returns keyed field errors", () => {
    fc.assert(
      fc.property(hostileForm(keys, valid), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          expectKnownKeys(result.error);
          return;
        }
        const data = result.data as Record<string, unknown>;
        for (const key of text) {
          const value = data[key] as string;
          expect(value).toBe(value.trim());
          expect(value).not.toMatch(CONTROL);
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(100);
        }
        if ("email" in data) expect(data.email).toBe(String(data.email).toLowerCase());
        if ("phone" in data) expect(data.phone).toMatch(/^\+62[1-9]\d{7,11}$/);
        expect(schema.safeParse(data)).toEqual({ success: true, data });
      }),
      { numRuns: 400 },
    );
  });
});
