import fc from "fast-check";

// Hostile input for schemas, actions and domain functions: whatever a browser, a script or an
// attacker could send in place of a form's fields.

const NASTY = [
  "",
  " ",
  "\u0000",
  "\u0007bell",
  "a\u0000b",
  "\u202Egnp.exe",
  "\u2066isolate\u2069",
  "\r\n\r\n",
  "\t\t",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(document.cookie)>',
  "javascript:alert(1)",
  "'; DROP TABLE \"User\"; --",
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "%00%0d%0a",
  "\uFEFF",
  "\uD800",
  "🙂".repeat(50),
  "0".repeat(13),
  "9120301234567",
  "01.234.567.8-409.000",
  "+62 812-3456-7890",
  "nama@perusahaan.co.id",
  "NAMA@PERUSAHAAN.CO.ID ",
  "kecil",
  "mikro",
  "Lainnya",
  "x".repeat(10_000),
  "a".repeat(100_001),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.tuple(fc.constantFrom("a", "7", " ", "\u0000", "<"), fc.integer({ min: 100, max: 20_000 })).map(([c, n]) => c.repeat(n)),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.object({ maxDepth: 1, maxKeys: 3 }),
  fc.date({ noInvalidDate: false }),
);

/** An object with (some of) the form's keys set to hostile values, or not an object at all. */
export function hostileForm(keys: readonly string[], valid?: Record<string, unknown>): fc.Arbitrary<unknown> {
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });
  const options: fc.Arbitrary<unknown>[] = [record, fc.anything({ maxDepth: 2 }), fc.constantFrom(null, undefined, 0, "", [], "form")];
  if (valid) {
    // A valid form with one field replaced: reaches the checks behind the first one.
    options.push(
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value })),
    );
  }
  return fc.oneof(...options);
}

/** Control characters and bidi overrides, which no cleaned text field may contain. */
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
