import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MAX_CSV_ROWS, parseCsvDate, parseHolidayCsv } from "@/lib/sla/holiday-csv";
import { holidaySchema, importYearSchema, updateHolidaySchema } from "@/lib/sla/holiday-schemas";
import en from "@/messages/en/holidays.json";
import id from "@/messages/id/holidays.json";

const keysOf = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" && !Array.isArray(v) ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("parseHolidayCsv", () => {
  it("reads both date forms, LN/CB in any case, quotes, a header in any order, CRLF and a BOM", () => {
    const csv = "\uFEFFnama,tanggal,jenis\r\nTahun Baru,2027-01-01,LN\r\n\r\n\"Imlek, cuti bersama\",08-02-2027,cb\r\n\"Kata \"\"kutip\"\"\",9/2/2027,Ln\r\n";
    expect(parseHolidayCsv(csv, 2027)).toEqual({
      rows: [
        { line: 2, date: "2027-01-01", kind: "libur_nasional", name: "Tahun Baru" },
        { line: 4, date: "2027-02-08", kind: "cuti_bersama", name: "Imlek, cuti bersama" },
        { line: 5, date: "2027-02-09", kind: "libur_nasional", name: 'Kata "kutip"' },
      ],
      errors: [],
    });
  });

  it("takes a headerless file in the order tanggal, jenis, nama, and semicolons from a spreadsheet", () => {
    expect(parseHolidayCsv("2027-01-01,LN,Tahun Baru", 2027).rows).toHaveLength(1);
    expect(parseHolidayCsv("tanggal;jenis;nama\n01-01-2027;LN;Tahun Baru\n2027-12-25;LN;Natal", 2027).rows.map((r) => r.date)).toEqual(["2027-01-01", "2027-12-25"]);
  });

  it("reports every problem with its line, and keeps no row when there is one", () => {
    const csv = [
      "tanggal,jenis,nama",
      "2027-01-01,LN,Baik",
      "2027-02-29,LN,Bukan kabisat",
      "2026-12-31,LN,Tahun lalu",
      ",LN,Tanpa tanggal",
      "2027-03-01,,Tanpa jenis",
      "2027-03-02,Libur,Jenis salah",
      "2027-01-01,CB,Ganda",
      "2027-04-01,LN",
      '2027-04-02,LN,"tidak ditutup',
      "2027-04-03,LN,Nama\u0007kontrol",
      `2027-04-04,LN,${"x".repeat(201)}`,
      "1/13/2027,LN,Bulan 13",
      "2027/01/05,LN,Format lain",
    ].join("\n");
    const { errors } = parseHolidayCsv(csv, 2027);
    expect(errors.map((e) => [e.line, e.key])).toEqual([
      [3, "dateUnreal"],
      [4, "dateWrongYear"],
      [5, "dateRequired"],
      [6, "kindRequired"],
      [7, "kindInvalid"],
      [8, "dateDuplicate"],
      [9, "columns"],
      [10, "quoteUnclosed"],
      [11, "nameInvalidCharacters"],
      [12, "nameTooLong"],
      [13, "dateUnreal"],
      [14, "dateFormat"],
    ]);
    expect(errors.find((e) => e.key === "dateDuplicate")?.values).toEqual({ line: 8, value: "2027-01-01", other: 2 });
  });

  it("refuses an empty file, a wrong header and too many rows", () => {
    expect(parseHolidayCsv(" \n\n", 2027).errors.map((e) => e.key)).toEqual(["empty"]);
    expect(parseHolidayCsv("tanggal,jenis,nama\n", 2027).errors.map((e) => e.key)).toEqual(["empty"]);
    expect(parseHolidayCsv("tanggal,jenis,keterangan\n2027-01-01,LN,A", 2027).errors.map((e) => [e.line, e.key])).toEqual([[1, "header"]]);
    const many = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `${new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)},LN,Hari ${i}`).join("\n");
    expect(parseHolidayCsv(many, 2027).errors.map((e) => [e.line, e.key])).toEqual([[MAX_CSV_ROWS + 1, "tooManyRows"]]);
  });

  it("never throws, and either keeps rows or reports problems, on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { rows, errors } = parseHolidayCsv(text, 2027);
        expect(rows.length > 0 || errors.length > 0).toBe(true);
        if (errors.length > 0) for (const e of errors) expect(id.csv.errors).toHaveProperty(e.key);
      }),
    );
  });

  it("has an Indonesian and an English text for every problem", () => {
    const t = createTranslator({ locale: "id", messages: { holidays: id }, namespace: "holidays.csv.errors" as never });
    expect((t as (key: string, values: Record<string, unknown>) => string)("dateWrongYear", { line: 4, value: "2026-12-31", year: 2027 })).toBe("Baris 4: tanggal 2026-12-31 bukan tahun 2027.");
    expect(keysOf(en)).toEqual(keysOf(id));
  });
});

describe("parseCsvDate", () => {
  it("accepts YYYY-MM-DD and DD-MM-YYYY only when the date exists", () => {
    expect(parseCsvDate("2028-02-29")).toBe("2028-02-29");
    expect(parseCsvDate("29-02-2028")).toBe("2028-02-29");
    expect(parseCsvDate("1-1-2027")).toBe("2027-01-01");
    expect(parseCsvDate("29-02-2027")).toBe("unreal");
    expect(parseCsvDate("2027-00-10")).toBe("unreal");
    expect(parseCsvDate("01-01-27")).toBe("format");
    expect(parseCsvDate("01-01/2027")).toBe("format");
  });
});

describe("holiday schemas", () => {
  const valid = { date: "2027-01-01", name: "  Tahun  Baru ", kind: "libur_nasional", decree: "SKB 2026" };

  it("cleans a valid holiday and parses its own output again the same", () => {
    const parsed = holidaySchema.parse(valid);
    expect(parsed).toEqual({ date: "2027-01-01", name: "Tahun Baru", kind: "libur_nasional", decree: "SKB 2026" });
    expect(holidaySchema.parse(parsed)).toEqual(parsed);
    expect(holidaySchema.parse({ ...valid, date: "01-01-2027" }).date).toBe("2027-01-01");
  });

  it("answers each wrong field with a message key that has a text", () => {
    const result = holidaySchema.safeParse({ date: "2027-02-30", name: "", kind: "libur", decree: 5 });
    const keys = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(keys).toEqual({ date: "dateInvalid", name: "nameRequired", kind: "kindRequired", decree: "decreeRequired" });
    for (const key of Object.values(keys)) expect(id.errors).toHaveProperty(key);
    expect(updateHolidaySchema.safeParse({ ...valid, id: "x", version: "yesterday" }).success).toBe(false);
    expect(updateHolidaySchema.safeParse({ ...valid, id: "x", version: new Date().toISOString() }).success).toBe(true);
  });

  it("takes the import year as text or number, within 2000–2100", () => {
    const base = { decree: "SKB", csv: "2027-01-01,LN,A" };
    expect(importYearSchema.parse({ ...base, year: " 2027 " }).year).toBe(2027);
    expect(importYearSchema.parse({ ...base, year: 2027 }).year).toBe(2027);
    for (const year of ["27", "1999", "2101", "2027.5", "", null]) {
      const r = importYearSchema.safeParse({ ...base, year });
      expect(r.success, String(year)).toBe(false);
      expect(id.errors).toHaveProperty(r.error!.issues[0]!.message);
    }
    expect(importYearSchema.safeParse({ ...base, year: 2027, csv: "x".repeat(20_001) }).error?.issues[0]?.message).toBe("csvTooLong");
  });
});
