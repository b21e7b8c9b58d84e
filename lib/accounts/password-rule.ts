// The password rule for new passwords (docs/decisions/0005-password-rule.md). Pure, so the form
// shows it as the user types and the server applies the very same rule.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** A name part shorter than this (e.g. "a@x.id") is too short to be a meaningful guess. */
const NAME_PART_MIN_LENGTH = 3;

export type PasswordCheck = "length" | "letterAndDigit" | "notEmailName";

/** The e-mail's name part (before "@"), lower-cased, when it is long enough to matter. */
export function emailNamePart(email: string | undefined | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  const name = (at > 0 ? email.slice(0, at) : "").trim().toLowerCase();
  return name.length >= NAME_PART_MIN_LENGTH ? name : null;
}

/** Each part of the rule, met or not: for the checklist shown next to the field. */
export function passwordChecks(password: string, email?: string | null): Record<PasswordCheck, boolean> {
  const name = emailNamePart(email);
  return {
    length: [...password].length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    letterAndDigit: /\p{L}/u.test(password) && /\p{Nd}/u.test(password),
    notEmailName: name === null || !password.toLowerCase().includes(name),
  };
}

/** The message key (under `account.errors`) of the first part not met, or null when it is met. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const checks = passwordChecks(password, email);
  if (!checks.length) return "passwordTooShort";
  if (!checks.letterAndDigit) return "passwordNeedsLetterAndDigit";
  if (!checks.notEmailName) return "passwordContainsEmail";
  return null;
}
