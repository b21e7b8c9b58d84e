import { requiredText } from "@/lib/accounts/text";

// A year's holidays from CSV, as an admin copies them from the decree (SKB 3 Menteri):
//
//   tanggal,jenis,nama
//   2027-01-01,LN,Tahun Baru 2027 Masehi
//   16-02-2027,CB,Cuti Bersama Tahun Baru Imlek
//
// - `tanggal`: YYYY-MM-DD or DD-MM-YYYY (also DD/MM/YYYY, as spreadsheets in Indonesian write it);
// - `jenis`: LN (libur nasional) or CB (cuti bersama), any case;
// - `nama`: the holiday's name; quote it ("…") when it contains the separator.
// The header line is optional; with it the columns may come in any order. The separator is a comma,
// or a semicolon when the first line has semicolons and no comma (spreadsheet exports).
// Every row is checked, and every problem is reported with its line number; the caller writes
// nothing unless there are none. Pure: used by the form (instant feedback) and by the server.

export type HolidayKindCode = "libur_nasional" | "cuti_bersama";

export interface HolidayCsvRow {
  line: number;
  date: string; // YYYY-MM-DD
  kind: HolidayKindCode;
  name: string;
}

/** A problem: a message key under `holidays.csv.errors`, with its values (line 0 = the whole file). */
export interface HolidayCsvError {
  line: number;
  key: string;
  values: Record<string, string | number>;
}

export const MAX_CSV_ROWS = 100;
export const MAX_CSV_CHARS = 20_000;

const COLUMNS = ["tanggal", "jenis", "nama"] as const;
type Column = (typeof COLUMNS)[number];

const nameField = requiredText(200, {
  required: "nameRequired",
  tooLong: "nameTooLong",
  invalidCharacters: "nameInvalidCharacters",
});

export function parseHolidayCsv(text: string, year: number): { rows: HolidayCsvRow[]; errors: HolidayCsvError[] } {
  const rows: HolidayCsvRow[] = [];
  const errors: HolidayCsvError[] = [];
  const fail = (line: number, key: string, values: Record<string, string | number> = {}) =>
    errors.push({ line, key, values: { line, ...values } });

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first === -1) {
    fail(0, "empty");
    return { rows, errors };
  }
  const separator = lines[first]!.includes(";") && !lines[first]!.includes(",") ? ";" : ",";

  // The header, when the first line names the columns.
  let order: Column[] = [...COLUMNS];
  let start = first;
  const headerCells = splitLine(lines[first]!, separator);
  const headerNames = headerCells?.map((c) => c.trim().toLowerCase()) ?? [];
  if (headerNames.includes("tanggal")) {
    start = first + 1;
    const missing = COLUMNS.filter((c) => !headerNames.includes(c));
    const repeated = headerNames.filter((c, i) => headerNames.indexOf(c) !== i);
    if (missing.length > 0 || repeated.length > 0 || headerNames.some((c) => !(COLUMNS as readonly string[]).includes(c))) {
      fail(first + 1, "header", { found: headerCells!.join(separator) });
      return { rows, errors };
    }
    order = headerNames as Column[];
  }

  const seen = new Map<string, number>();
  let count = 0;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "") continue;
    const line = i + 1;
    count++;
    if (count > MAX_CSV_ROWS) {
      fail(line, "tooManyRows", { max: MAX_CSV_ROWS });
      break;
    }
    const cells = splitLine(raw, separator);
    if (cells === null) {
      fail(line, "quoteUnclosed");
      continue;
    }
    if (cells.length !== COLUMNS.length) {
      fail(line, "columns", { count: cells.length });
      continue;
    }
    const cell = (column: Column) => cells[order.indexOf(column)]!.trim();
    let ok = true;

    const dateText = cell("tanggal");
    const date = parseCsvDate(dateText);
    if (date === "format") {
      fail(line, dateText === "" ? "dateRequired" : "dateFormat", { value: dateText });
      ok = false;
    } else if (date === "unreal") {
      fail(line, "dateUnreal", { value: dateText });
      ok = false;
    } else if (Number(date.slice(0, 4)) !== year) {
      fail(line, "dateWrongYear", { value: dateText, year });
      ok = false;
    } else if (seen.has(date)) {
      fail(line, "dateDuplicate", { value: dateText, other: seen.get(date)! });
      ok = false;
    } else {
      seen.set(date, line);
    }

    const kindText = cell("jenis");
    const kind = kindText.toUpperCase() === "LN" ? "libur_nasional" : kindText.toUpperCase() === "CB" ? "cuti_bersama" : null;
    if (!kind) {
      fail(line, kindText === "" ? "kindRequired" : "kindInvalid", { value: kindText });
      ok = false;
    }

    const name = nameField.safeParse(cells[order.indexOf("nama")]!);
    if (!name.success) {
      fail(line, name.error.issues[0]?.message ?? "nameRequired", { max: 200 });
      ok = false;
    }

    if (ok && kind && name.success && date !== "format" && date !== "unreal") rows.push({ line, date, kind, name: name.data });
  }
  if (errors.length === 0 && rows.length === 0) fail(0, "empty");
  return { rows, errors };
}

/** One CSV line's cells; "…" quotes with "" for a quote inside. Null when a quote is not closed. */
function splitLine(line: string, separator: string): string[] | null {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}

/** "YYYY-MM-DD", or why not: "format" (not a date pattern), "unreal" (e.g. 31-02-2027). */
export function parseCsvDate(text: string): string | "format" | "unreal" {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) [y, m, d] = [Number(local[4]), Number(local[3]), Number(local[1])];
  else return "format";
  const at = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return "unreal";
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
