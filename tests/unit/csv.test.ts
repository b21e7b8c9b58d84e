import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/survey/csv";

const BOM = "\uFEFF";

/**
 * A small, strict RFC 4180 reader written for these tests: records end with CRLF (the last one
 * too), fields are either bare (no quote, CR or LF) or quoted with "" for a quote. Anything else
 * throws, so the property test also checks the writer never emits malformed CSV.
 */
function parseCsv(text: string): string[][] {
  if (!text.startsWith(BOM)) throw new Error("no BOM");
  const s = text.slice(1);
  const records: string[][] = [];
  let i = 0;
  while (i < s.length) {
    const record: string[] = [];
    for (;;) {
      let value = "";
      if (s[i] === '"') {
        i++;
        for (;;) {
          if (i >= s.length) throw new Error("unterminated quote");
          if (s[i] === '"') {
            if (s[i + 1] === '"') {
              value += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else value += s[i++];
        }
      } else {
        while (i < s.length && s[i] !== "," && s[i] !== "\r") {
          if (s[i] === '"' || s[i] === "\n") throw new Error(`bare ${JSON.stringify(s[i])} at ${i}`);
          value += s[i++];
        }
      }
      record.push(value);
      if (s[i] === ",") {
        i++;
        continue;
      }
      if (s.startsWith("\r\n", i)) {
        i += 2;
        break;
      }
      throw new Error(`expected , or CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv(["nama", "nilai"], [["Kecamatan Jatiluhur", 88.5], ["Bojong", 70]]);
    expect(csv).toBe(`${BOM}nama,nilai\r\nKecamatan Jatiluhur,88.5\r\nBojong,70\r\n`);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe(`${BOM}a,b\r\n`);
  });

  it("quotes fields with a comma, quote, CR or LF and doubles quotes", () => {
    const csv = toCsv(
      ["a", "b", "c", "d", "e"],
      [["Purwakarta, Jawa Barat", 'PT "Maju"', "baris 1\nbaris 2", "baris 1\r\nbaris 2", 'a"b']],
    );
    expect(csv).toBe(`${BOM}a,b,c,d,e\r\n"Purwakarta, Jawa Barat","PT ""Maju""","baris 1\nbaris 2","baris 1\r\nbaris 2","a""b"\r\n`);
  });

  it("leaves plain text, spaces, semicolons, tabs inside and non-ASCII unquoted", () => {
    expect(toCsv(["x"], [["Sangat baik; ramah"], ["  spasi  "], ["a\tb"], ["Désa Ciganéa ✓"]])).toBe(
      `${BOM}x\r\nSangat baik; ramah\r\n  spasi  \r\na\tb\r\nDésa Ciganéa ✓\r\n`,
    );
  });

  it("prefixes text starting with = + - @ TAB or CR with a single quote", () => {
    const csv = toCsv(
      ["f"],
      [["=SUM(A1:A9)"], ["+62 812"], ["-3"], ["@cmd"], ["\tx"], ["\rx"], ['=HYPERLINK("http://x","y")'], ["=1,2"]],
    );
    expect(parseCsv(csv)).toEqual([
      ["f"],
      ["'=SUM(A1:A9)"],
      ["'+62 812"],
      ["'-3"],
      ["'@cmd"],
      ["'\tx"],
      ["'\rx"],
      ['\'=HYPERLINK("http://x","y")'],
      ["'=1,2"],
    ]);
    expect(csv).toContain(`\r\n'=SUM(A1:A9)\r\n`);
    expect(csv).toContain(`\r\n"'\rx"\r\n`); // CR inside: prefixed and quoted
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it("checks the first character without trimming, and only the first", () => {
    expect(parseCsv(toCsv(["f"], [[" =1"], ["a=1"], ["1-2"], ["'=1"]]))).toEqual([["f"], [" =1"], ["a=1"], ["1-2"], ["'=1"]]);
  });

  it("escapes the header like any text", () => {
    expect(toCsv(["=x", "a,b"], [])).toBe(`${BOM}'=x,"a,b"\r\n`);
  });

  it("writes numbers as they are: negatives unprefixed, NaN and ±Infinity empty", () => {
    expect(toCsv(["n"], [[-3], [0], [82.63888888888889], [1e21], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])).toBe(
      `${BOM}n\r\n-3\r\n0\r\n82.63888888888889\r\n1e+21\r\n\r\n\r\n\r\n`,
    );
  });

  it("writes null and undefined as empty fields", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, ""]])).toBe(`${BOM}a,b,c\r\n,,\r\n`);
  });

  it("writes a Date as ISO 8601, an invalid Date as empty", () => {
    expect(toCsv(["t", "u"], [[new Date("2026-03-31T17:00:00Z"), new Date("nope")]])).toBe(`${BOM}t,u\r\n2026-03-31T17:00:00.000Z,\r\n`);
  });

  it("rejects a row whose length differs from the header's", () => {
    expect(() => toCsv(["a", "b"], [["1", "2"], ["1"]])).toThrow(RangeError);
    expect(() => toCsv(["a"], [["1", "2"]])).toThrow(RangeError);
  });

  it("reads back to the input fields, with the ' prefix where expected (property)", () => {
    const special = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "'", " ", ";", "é", "😀");
    const text = fc.string({ unit: fc.oneof(special, fc.constantFrom("a", "Z", "1", "."), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
    const cell = fc.oneof(
      text,
      fc.double(),
      fc.integer({ min: -1000, max: 1000 }),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true }),
    );
    const expected = (v: string | number | Date | null | undefined): string => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
      if (v instanceof Date) return v.toISOString();
      return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(fc.array(text, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })),
        ),
        ([header, rows]) => {
          const parsed = parseCsv(toCsv(header, rows));
          const want = [header, ...rows].map((r) => r.map(expected));
          // A record with one empty field is an empty line; the strict reader sees it as [""].
          expect(parsed).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
