// CSV export (survey results, reports). Pure: builds the file's text, no I/O.

type Cell = string | number | Date | null | undefined;

const BOM = "\uFEFF";
const CRLF = "\r\n";
/** Characters that make a spreadsheet read a cell as a formula (or strip/shift it). */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);
const NEEDS_QUOTES = /[",\r\n]/;

function textField(s: string): string {
  // Formula injection: a text cell starting with = + - @ TAB or CR gets a leading ' so spreadsheet
  // programs show it as text. Checked on the raw text (no trimming first).
  const safe = FORMULA_START.has(s.charAt(0)) ? `'${s}` : s;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(value: Cell): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as they are, unprefixed: the number -3 stays "-3" (a spreadsheet reads it
  // as the number −3, not a formula), whereas the *string* "-3" is text and becomes "'-3".
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date) {
    // An invalid Date is written as empty, like NaN. A valid one as ISO 8601; it goes through the
    // text path because years outside 0..9999 start with "+" or "-" ("+010000-01-01T…").
    return Number.isFinite(value.getTime()) ? textField(value.toISOString()) : "";
  }
  return textField(String(value));
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 BOM at the start (so spreadsheet programs read
 * Indonesian text correctly). Every field is quoted when it contains a comma, quote, CR or LF;
 * quotes are doubled. Safe against formula injection: a text field whose first character is one of
 * = + - @ TAB CR (after no trimming) is prefixed with a single quote ' ; numbers (typeof number) are
 * written as they are (finite numbers only; NaN/Infinity as empty). null/undefined → empty.
 * Dates → ISO 8601 string.
 *
 * Every record, the header included, ends with CRLF. The header is escaped like any text field.
 * A row whose length differs from the header's throws a RangeError (RFC 4180: every record has
 * the same number of fields).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(field).join(",")];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(`Row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
    }
    lines.push(row.map(field).join(","));
  });
  return BOM + lines.map((l) => l + CRLF).join("");
}
