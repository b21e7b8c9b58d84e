// The registration number (nomor pendaftaran) an application receives when it is submitted:
// `SS-<service code>-<year>-<6-digit sequence>`, e.g. `SS-11050-2026-000123`. Pure functions,
// no I/O: the sequence itself comes from the NumberSequence counter in the submit transaction.

export const REGISTRATION_PREFIX = "SS";
export const DEFAULT_SERVICE_CODE = "11050";
export const SEQUENCE_DIGITS = 6;
export const MAX_SEQUENCE = 10 ** SEQUENCE_DIGITS - 1;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 9999;

export interface RegistrationNumber {
  /** The canonical form, upper case, as stored in `Application.registrationNumber`. */
  value: string;
  serviceCode: string;
  year: number;
  sequence: number;
}

const SERVICE_CODE = /^\d{5}$/;

// Letters spelled out rather than an `i` flag, so no look-alike letter (e.g. the long s "ſ",
// which case-folds to "s") passes; `\d` matches ASCII digits only.
const PATTERN = /^[Ss][Ss]-(\d{5})-(\d{4})-(\d{6})$/;

// Dashes a number copied from a PDF, a word processor or a phone keyboard may carry.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

// Far longer than any number with spaces around it; longer input is not worth reading.
const MAX_INPUT_LENGTH = 100;

/**
 * `SS-11050-2026-000123`. Throws a RangeError for a year outside 2000–9999, a sequence outside
 * 1–999999 or a service code that is not 5 digits: these come from the program, not from users.
 */
export function formatRegistrationNumber(year: number, sequence: number, serviceCode: string = DEFAULT_SERVICE_CODE): string {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Tahun nomor pendaftaran tidak valid: ${String(year)}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`Nomor urut pendaftaran di luar 1–${MAX_SEQUENCE}: ${String(sequence)}`);
  }
  if (!SERVICE_CODE.test(serviceCode)) {
    throw new RangeError(`Kode layanan nomor pendaftaran harus 5 digit: ${serviceCode}`);
  }
  return `${REGISTRATION_PREFIX}-${serviceCode}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, "0")}`;
}

/**
 * Reads what a person typed: surrounding spaces and lower case are accepted, as are typographic
 * dashes. Anything else (wrong shape, year before 2000, sequence 000000, not a string at all)
 * gives null; it never throws.
 */
export function parseRegistrationNumber(input: unknown): RegistrationNumber | null {
  if (typeof input !== "string" || input.length > MAX_INPUT_LENGTH) return null;
  const match = PATTERN.exec(input.trim().replace(DASHES, "-"));
  if (!match) return null;
  const [, serviceCode = "", yearText = "", sequenceText = ""] = match;
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  if (year < MIN_YEAR || sequence < 1) return null;
  return { value: formatRegistrationNumber(year, sequence, serviceCode), serviceCode, year, sequence };
}
