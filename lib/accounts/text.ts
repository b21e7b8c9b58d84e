import { z } from "zod";

// Building blocks for free-text fields in zod schemas. Every issue carries a message key (never
// zod's English text), so any input, of any type, ends either as a clean value or as field
// errors the form can show in the visitor's language.

/**
 * C0/C1 control characters, and the Unicode bidirectional overrides used to disguise text. Tab,
 * line feed and carriage return are whitespace people paste: they are collapsed, not refused.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export interface TextKeys {
  /** Empty, missing or not a string. */
  required: string;
  /** Longer than `max`. */
  tooLong: string;
  /** Contains control characters. */
  invalidCharacters: string;
}

/**
 * A required text: trimmed, Unicode NFC, inner runs of spaces collapsed (line breaks kept when
 * `multiline`), at most `max` characters, no control characters.
 */
export function requiredText(max: number, keys: TextKeys, options: { multiline?: boolean } = {}) {
  return cleanedText(max, keys, options).pipe(z.string().min(1, keys.required));
}

/** The same cleaning and limits, where an empty text is allowed (it stays ""). */
export function cleanedText(max: number, keys: TextKeys, options: { multiline?: boolean } = {}) {
  return z
    .string({ error: keys.required })
    .max(max * 4, keys.tooLong) // cheap guard before normalising a huge string
    .refine((v) => !FORBIDDEN.test(v), keys.invalidCharacters)
    .transform((v) => clean(v, !!options.multiline))
    .pipe(z.string().max(max, keys.tooLong));
}

function clean(value: string, multiline: boolean): string {
  const normalized = value.normalize("NFC").replace(/\r\n?/g, "\n");
  if (!multiline) return normalized.replace(/\s+/g, " ").trim();
  return normalized
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** An e-mail address, trimmed and lower-cased; keys for empty and malformed. */
export function emailField(keys: { required: string; invalid: string }) {
  return z
    .string({ error: keys.required })
    .trim()
    .toLowerCase()
    .min(1, keys.required)
    .max(320, keys.invalid)
    .pipe(z.email(keys.invalid));
}
