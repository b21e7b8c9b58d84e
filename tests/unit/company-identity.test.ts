import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNpwp, formatPhone, legacyNpwp, normalizeNib, normalizeNpwp, normalizePhone } from "@/lib/companies/identity";

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
/** Digits with the punctuation people put in numbers scattered between them. */
const punctuated = (n: number) =>
  fc
    .tuple(digits(n), fc.array(fc.constantFrom("", "", "", ".", "-", " ", "  "), { minLength: n, maxLength: n }))
    .map(([d, seps]) => ({ digits: d, text: [...d].map((c, i) => c + seps[i]).join("") }));

describe("normalizeNib", () => {
  it("accepts exactly 13 digits, spaces ignored", () => {
    expect(normalizeNib("9120301234567")).toBe("9120301234567");
    expect(normalizeNib(" 9120 3012 34567 ")).toBe("9120301234567");
  });
  it("refuses other lengths, letters and punctuation", () => {
    for (const bad of ["", "912030123456", "91203012345678", "912030123456a", "9120-301234567", "９１２０３０１２３４５６７", "١٢٣٤٥٦٧٨٩٠١٢٣"]) {
      expect(normalizeNib(bad), bad).toBeNull();
    }
  });
  it("any 13 digits with spaces give the digits", () => {
    fc.assert(fc.property(digits(13), (d) => normalizeNib(d.replace(/(\d{4})/g, "$1 ")) === d));
  });
});

describe("normalizeNpwp", () => {
  it("keeps a 16-digit NPWP", () => {
    expect(normalizeNpwp("0012345678409000")).toBe("0012345678409000");
    expect(normalizeNpwp("0012 3456 7840 9000")).toBe("0012345678409000");
    expect(normalizeNpwp("3201.0123.4567.0001")).toBe("3201012345670001");
  });
  it("turns a legacy 15-digit NPWP into 16 digits with a leading 0", () => {
    expect(normalizeNpwp("01.234.567.8-409.000")).toBe("0012345678409000");
    expect(normalizeNpwp("012345678409000")).toBe("0012345678409000");
    expect(normalizeNpwp("09.254.294.3-407.000")).toBe("0092542943407000");
  });
  it("refuses other lengths and other characters", () => {
    for (const bad of ["", "01.234.567.8-409.00", "00123456784090001", "01/234/567/8/409/000", "01.234.567.8-409.00O", "NPWP 012345678409000"]) {
      expect(normalizeNpwp(bad), bad).toBeNull();
    }
  });
  it("15 digits, however punctuated, become 0 + the digits; 16 stay", () => {
    fc.assert(fc.property(punctuated(15), ({ digits: d, text }) => normalizeNpwp(text) === `0${d}`));
    fc.assert(fc.property(punctuated(16), ({ digits: d, text }) => normalizeNpwp(text) === d));
  });
});

describe("formatNpwp and legacyNpwp", () => {
  it("groups 16 digits in fours", () => {
    expect(formatNpwp("0012345678409000")).toBe("0012 3456 7840 9000");
  });
  it("shows the legacy form of a converted number only", () => {
    expect(legacyNpwp("0012345678409000")).toBe("01.234.567.8-409.000");
    expect(legacyNpwp("3201012345670001")).toBeNull();
  });
  it("what is shown is accepted back unchanged", () => {
    fc.assert(
      fc.property(digits(16), (d) => {
        expect(normalizeNpwp(formatNpwp(d))).toBe(d);
        const legacy = legacyNpwp(d);
        if (legacy) expect(normalizeNpwp(legacy)).toBe(d);
      }),
    );
  });
});

describe("normalizePhone", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["0812 3456 7890", "+6281234567890"],
    ["62 812 3456 7890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["+62 (0)812 3456 7890", "+6281234567890"],
    ["+62 0812 3456 7890", "+6281234567890"],
    ["(0264) 8224794", "+622648224794"],
    ["0264-8224794", "+622648224794"],
    ["021 1234 5678", "+622112345678"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
  it.each(["", "0", "08123", "+1 202 555 0143", "+6281234567890123", "0812-3456-789O", "812345678", "tel:081234567890", "00812345678"])(
    "refuses %j",
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );
  it("what is shown is accepted back unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 7, max: 11 }).chain((n) => digits(n)), (first, rest) => {
        const stored = `+62${first}${rest}`;
        expect(normalizePhone(stored)).toBe(stored);
        expect(normalizePhone(formatPhone(stored))).toBe(stored);
        expect(normalizePhone(`0${first}${rest}`)).toBe(stored);
      }),
    );
  });
});

describe("formatPhone", () => {
  it("groups mobile and landline numbers", () => {
    expect(formatPhone("+6281234567890")).toBe("+62 812-3456-7890");
    expect(formatPhone("+62812345678")).toBe("+62 812-3456-78");
    expect(formatPhone("+622648224794")).toBe("+62 264 8224794");
    expect(formatPhone("+622112345678")).toBe("+62 21 12345678");
  });
});
