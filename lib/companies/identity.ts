// Company and contact identity numbers: how people type them, how they are stored, how they are
// shown. Pure functions (no I/O), shared by the zod schemas, the domain functions and the pages.
// See docs/decisions/0006-npwp-and-phone-format.md.

/** Spaces (including non-breaking and other Unicode spaces), dots and dashes people put in numbers. */
const PUNCTUATION = /[\s.\-\u2010-\u2015\u00a0]/g;

/** NIB (Nomor Induk Berusaha, issued by OSS): exactly 13 digits. Spaces are tolerated. */
export function normalizeNib(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{13}$/.test(digits) ? digits : null;
}

/**
 * NPWP: the 16-digit number (PMK 112/2022), or the legacy 15-digit one written as
 * 99.999.999.9-999.999, which becomes 16 digits with a leading 0. Dots, dashes and spaces are
 * ignored; anything else makes the number invalid. Returns the 16 digits to store.
 */
export function normalizeNpwp(input: string): string | null {
  const digits = input.replace(PUNCTUATION, "");
  if (/^\d{16}$/.test(digits)) return digits;
  if (/^\d{15}$/.test(digits)) return `0${digits}`;
  return null;
}

/** The stored 16 digits in four groups of four: "0012 3456 7840 9000". */
export function formatNpwp(stored: string): string {
  if (!/^\d{16}$/.test(stored)) return stored;
  return stored.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/**
 * For a 16-digit NPWP made from a legacy one (leading 0), the legacy form as printed on the old
 * card, "01.234.567.8-409.000"; null otherwise.
 */
export function legacyNpwp(stored: string): string | null {
  if (!/^0\d{15}$/.test(stored)) return null;
  const d = stored.slice(1);
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12, 15)}`;
}

/**
 * An Indonesian telephone number in E.164 form, "+62" followed by 8 to 12 digits (the national
 * number without its leading 0). Accepts 08…/0264…, 62… and +62…, with spaces, dashes, dots and
 * parentheses around the area code. Returns null for anything else (letters, another country
 * code, too short or too long).
 */
export function normalizePhone(input: string): string | null {
  let rest = input.replace(/[\s.\-()\u2010-\u2015\u00a0]/g, "");
  if (rest.startsWith("+62") || rest.startsWith("62")) {
    rest = rest.slice(rest.startsWith("+") ? 3 : 2);
    // "+62 (0)812…" (the trunk 0 kept after the country code) is a common way of writing it too.
    if (rest.startsWith("0")) rest = rest.slice(1);
  } else if (rest.startsWith("0")) {
    rest = rest.slice(1);
  } else {
    return null;
  }
  return /^[1-9]\d{7,11}$/.test(rest) ? `+62${rest}` : null;
}

/** A stored "+62…" number grouped for reading: mobile "+62 812-3456-7890", others "+62 264 8224794". */
export function formatPhone(stored: string): string {
  const match = /^\+62(\d+)$/.exec(stored);
  if (!match) return stored;
  const n = match[1]!;
  if (n.startsWith("8")) {
    const head = n.slice(0, 3);
    const tail = n.slice(3);
    const groups = tail.length <= 4 ? [tail] : [tail.slice(0, 4), tail.slice(4)];
    return `+62 ${[head, ...groups].join("-")}`;
  }
  // Landlines: a 2-digit area code for Jakarta (21), Bandung (22), Surabaya (31), Medan (61); else 3.
  const areaLength = /^(21|22|24|31|61)/.test(n) ? 2 : 3;
  return `+62 ${n.slice(0, areaLength)} ${n.slice(areaLength)}`;
}
