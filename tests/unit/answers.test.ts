import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  draftValueSchema,
  ineligibleOption,
  missingFields,
  parseCoordinates,
  sectionStatus,
  valueFromFormData,
} from "@/lib/applications/answers";
import { kbli11050Service } from "@/lib/service-standard/kbli-11050";

const item = (code: string) => kbli11050Service.requirements.find((r) => r.code === code)!;

describe("answers to a requirement item", () => {
  it("shows the location branch that was chosen and asks only for its fields", () => {
    const fields = item("A4").fields;
    expect(missingFields(fields, { locationType: "dalam_kawasan" }).map((m) => m.field)).toEqual([
      "estateName",
      "address",
      "kecamatan",
      "desa",
      "coordinates",
    ]);
    expect(missingFields(fields, {}).map((m) => m.field)).toEqual(["locationType", "address", "kecamatan", "desa", "coordinates"]);
  });

  it("accepts coordinates inside Indonesia only, with a dot or a comma", () => {
    expect(parseCoordinates({ lat: "-6.5569", lng: "107.4433" })).toEqual({ lat: -6.5569, lng: 107.4433 });
    expect(parseCoordinates({ lat: "-6,5569", lng: "107,4433" })).toEqual({ lat: -6.5569, lng: 107.4433 });
    expect(parseCoordinates({ lat: "107.4", lng: "-6.5" })).toBeNull(); // swapped
    expect(parseCoordinates({ lat: "1e2", lng: "107" })).toBeNull();
    expect(parseCoordinates({ lat: "", lng: "" })).toBeNull();
  });

  it("stops a micro or large business at the scale gate with the standard's message", () => {
    const fields = item("A1").fields;
    expect(missingFields(fields, { scale: "mikro" })).toEqual([{ field: "scale", reason: "ineligible" }]);
    expect(ineligibleOption(fields, { scale: "besar" })?.ineligibleMessage?.id).toMatch(/skala kecil dan menengah/);
    expect(ineligibleOption(fields, { scale: "kecil" })).toBeNull();
    expect(missingFields(fields, { scale: "menengah" })).toEqual([]);
  });

  it("gives each section its status", () => {
    const b1 = item("B1");
    const base = { fields: b1.fields, evidenceRequired: true, correctionPending: false };
    expect(sectionStatus({ ...base, value: null, evidenceCount: 0 })).toBe("not_started");
    expect(sectionStatus({ ...base, value: { facilities: "Mesin" }, evidenceCount: 0 })).toBe("in_progress");
    expect(sectionStatus({ ...base, value: {}, evidenceCount: 1 })).toBe("in_progress");
    expect(sectionStatus({ ...base, value: { facilities: "Mesin" }, evidenceCount: 1 })).toBe("complete");
    expect(sectionStatus({ ...base, value: { facilities: "Mesin" }, evidenceCount: 1, correctionPending: true })).toBe("needs_correction");
  });

  it("reads a plain form post the way the form names its inputs", () => {
    const form = new FormData();
    form.set("f.locationType", "luar_kawasan");
    form.set("f.coordinates.lat", "-6.5");
    form.set("f.coordinates.lng", "107.4");
    form.set("f.unknown", "x");
    const value = valueFromFormData(item("A4").fields, form);
    expect(value).toMatchObject({ locationType: "luar_kawasan", inIndustrialZone: false, coordinates: { lat: "-6.5", lng: "107.4" } });
    expect(value).not.toHaveProperty("unknown");
    expect(draftValueSchema(item("A4").fields).safeParse(value).success).toBe(true);
  });

  it("never throws on hostile input, and strips control characters from what it accepts", () => {
    for (const def of kbli11050Service.requirements) {
      const schema = draftValueSchema(def.fields);
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...def.fields.map((f) => f.name)), fc.oneof(fc.string({ maxLength: 5000 }), fc.anything()))), (input) => {
          const result = schema.safeParse(input);
          if (result.success) {
            for (const v of Object.values(result.data)) {
              if (typeof v === "string") expect(v).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
            }
            expect(() => missingFields(def.fields, result.data)).not.toThrow();
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});
