import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SERVICE_CODE,
  formatRegistrationNumber,
  parseRegistrationNumber,
} from "@/lib/applications/registration-number";

const year = fc.integer({ min: 2000, max: 9999 });
const sequence = fc.integer({ min: 1, max: 999_999 });
const serviceCode = fc.stringMatching(/^\d{5}$/);

describe("formatRegistrationNumber", () => {
  it("writes SS-<code>-<year>-<6 digits>, with 11050 as the default service code", () => {
    expect(formatRegistrationNumber(2026, 123)).toBe("SS-11050-2026-000123");
    expect(formatRegistrationNumber(2026, 1)).toBe("SS-11050-2026-000001");
    expect(formatRegistrationNumber(2027, 999_999)).toBe("SS-11050-2027-999999");
    expect(formatRegistrationNumber(2026, 42, "10750")).toBe("SS-10750-2026-000042");
    expect(DEFAULT_SERVICE_CODE).toBe("11050");
  });

  it("refuses numbers it cannot write in that form", () => {
    for (const [y, s] of [
      [2026, 0],
      [2026, 1_000_000],
      [2026, 1.5],
      [2026, -1],
      [1999, 1],
      [10_000, 1],
      [Number.NaN, 1],
    ] as const) {
      expect(() => formatRegistrationNumber(y, s), `${y}/${s}`).toThrow(RangeError);
    }
    expect(() => formatRegistrationNumber(2026, 1, "1105")).toThrow(RangeError);
    expect(() => formatRegistrationNumber(2026, 1, "ABCDE")).toThrow(RangeError);
  });
});

describe("parseRegistrationNumber", () => {
  it("round-trips every number format writes", () => {
    fc.assert(
      fc.property(year, sequence, serviceCode, (y, s, code) => {
        const text = formatRegistrationNumber(y, s, code);
        expect(parseRegistrationNumber(text)).toEqual({ value: text, serviceCode: code, year: y, sequence: s });
      }),
    );
  });

  it("accepts lower case, surrounding spaces and typographic dashes, and returns the canonical form", () => {
    fc.assert(
      fc.property(
        year,
        sequence,
        fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", ""),
        fc.constantFrom("-", "\u2013", "\u2014", "\u2212"),
        fc.boolean(),
        (y, s, space, dash, lower) => {
          const canonical = formatRegistrationNumber(y, s);
          let typed = canonical.replaceAll("-", dash);
          if (lower) typed = typed.toLowerCase();
          expect(parseRegistrationNumber(`${space}${typed}${space}`)?.value).toBe(canonical);
        },
      ),
    );
    expect(parseRegistrationNumber("ss-11050-2026-000123")?.value).toBe("SS-11050-2026-000123");
    expect(parseRegistrationNumber("Ss-11050-2026-000123")?.value).toBe("SS-11050-2026-000123");
  });

  it("refuses anything else", () => {
    for (const input of [
      "",
      "   ",
      "SS-11050-2026-123",
      "SS-11050-2026-0000123",
      "SS-11050-26-000123",
      "SS-1105-2026-000123",
      "SS-11050-2026-000000",
      "SS-11050-1999-000123",
      "SX-11050-2026-000123",
      "SS 11050 2026 000123",
      "SS1105020260001 23",
      "SS-11050-2026-000123x",
      "xSS-11050-2026-000123",
      "SS-11050-2026-000123\nSS-11050-2026-000124",
      "SS-11050-2026-٠٠٠١٢٣", // Arabic-Indic digits
      "SS-11050-2026-００0123", // full-width digits
      "ſs-11050-2026-000123", // the long s folds to "s" under Unicode case folding
      "ß-11050-2026-000123", // upper-cases to "SS"
      `${" ".repeat(200)}SS-11050-2026-000123`,
    ]) {
      expect(parseRegistrationNumber(input), JSON.stringify(input)).toBeNull();
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => parseRegistrationNumber(input)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const parsed = parseRegistrationNumber(input);
        // Whatever it accepts is a well-formed number.
        if (parsed) expect(parsed.value).toMatch(/^SS-\d{5}-\d{4}-\d{6}$/);
      }),
    );
  });
});
