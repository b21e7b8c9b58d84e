import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { scaleGateFrom, scaleIsEligible } from "@/lib/companies/scale-gate";
import {
  companyProfileSchema,
  invitationSchema,
  legalFormFromStored,
  scaleGateSchema,
  storedLegalForm,
  updateCompanySchema,
} from "@/lib/companies/schemas";
import { kbli11050Service } from "@/lib/service-standard/kbli-11050";
import en from "@/messages/en/company.json";
import id from "@/messages/id/company.json";
import { CONTROL, hostileForm } from "../helpers/hostile";

const VALID = {
  scale: "kecil",
  nib: "9120301234567",
  npwp: "01.234.567.8-409.000",
  name: "PT Tirta Jernih Purwakarta",
  legalForm: "PT",
  address: "Jalan Raya Sadang No. 10\nRT 01/RW 02",
  kecamatan: "Bungursari",
  desa: "Cibening",
  contactName: "Siti Rahmawati",
  email: "Info@Tirta-Jernih.co.id",
  phone: "(0264) 8224794",
};

function firstErrors(result: { error?: z.ZodError }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.join(".") || "_form"] ??= issue.message;
  return errors;
}

describe("companyProfileSchema", () => {
  it("stores NIB, NPWP (16 digits), e-mail and phone in their normal form", () => {
    const result = companyProfileSchema.safeParse(VALID);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      nib: "9120301234567",
      npwp: "0012345678409000",
      email: "info@tirta-jernih.co.id",
      phone: "+622648224794",
      address: "Jalan Raya Sadang No. 10\nRT 01/RW 02",
      legalFormOther: "",
    });
  });
  it("explains a wrong NIB, NPWP and phone with keys whose texts give an example", () => {
    const errors = firstErrors(companyProfileSchema.safeParse({ ...VALID, nib: "91203012345", npwp: "123", phone: "12" }));
    expect(errors).toEqual({ nib: "nibInvalid", npwp: "npwpInvalid", phone: "phoneInvalid" });
    expect(id.errors.nibInvalid).toContain("Masukkan NIB 13 digit, misalnya 9120301234567");
    expect(id.errors.npwpInvalid).toMatch(/misalnya/);
  });
  it("asks for every field of an empty form", () => {
    expect(firstErrors(companyProfileSchema.safeParse({}))).toEqual({
      scale: "scaleRequired",
      nib: "nibRequired",
      npwp: "npwpRequired",
      name: "nameRequired",
      legalForm: "legalFormRequired",
      address: "addressRequired",
      kecamatan: "kecamatanRequired",
      desa: "desaRequired",
      contactName: "contactNameRequired",
      email: "emailRequired",
      phone: "phoneRequired",
    });
  });
  it("collapses pasted tabs and line breaks, keeps lines in the address, refuses other control characters", () => {
    const pasted = companyProfileSchema.safeParse({ ...VALID, name: "PT\tTirta\r\nJernih ", address: "Jalan A\r\n\r\n\r\n  RT 01\t/ RW 02 " });
    expect(pasted.data).toMatchObject({ name: "PT Tirta Jernih", address: "Jalan A\n\nRT 01 / RW 02" });
    expect(firstErrors(companyProfileSchema.safeParse({ ...VALID, name: "PT\u0007Tirta", desa: "Cibening\u202E" }))).toEqual({
      name: "textInvalidCharacters",
      desa: "textInvalidCharacters",
    });
  });
  it("asks the form's name only for 'Lainnya', and keeps it only then", () => {
    expect(firstErrors(companyProfileSchema.safeParse({ ...VALID, legalForm: "Lainnya" }))).toEqual({ legalFormOther: "legalFormOtherRequired" });
    const other = companyProfileSchema.safeParse({ ...VALID, legalForm: "Lainnya", legalFormOther: "  Perum " });
    expect(other.data?.legalFormOther).toBe("Perum");
    expect(storedLegalForm(other.data!.legalForm, other.data!.legalFormOther)).toBe("Perum");
    const pt = companyProfileSchema.safeParse({ ...VALID, legalFormOther: "ignored" });
    expect(pt.data?.legalFormOther).toBe("");
    expect(storedLegalForm(pt.data!.legalForm, pt.data!.legalFormOther)).toBe("PT");
  });
  it("the edit carries a whole, non-negative version", () => {
    expect(updateCompanySchema.safeParse({ ...VALID, version: 3 }).success).toBe(true);
    for (const version of [-1, 1.5, "3", null, undefined, Number.NaN, 2 ** 40]) {
      expect(firstErrors(updateCompanySchema.safeParse({ ...VALID, version })), String(version)).toEqual({ version: "invalid" });
    }
  });
});

describe("legal form stored and read back", () => {
  it("reads codes, long names ending in the code, and anything else as 'Lainnya'", () => {
    expect(legalFormFromStored("PT")).toEqual({ legalForm: "PT", legalFormOther: "" });
    expect(legalFormFromStored("Perseroan Terbatas (PT)")).toEqual({ legalForm: "PT", legalFormOther: "" });
    expect(legalFormFromStored("koperasi")).toEqual({ legalForm: "Koperasi", legalFormOther: "" });
    expect(legalFormFromStored("Perum")).toEqual({ legalForm: "Lainnya", legalFormOther: "Perum" });
    expect(legalFormFromStored(null)).toEqual({ legalForm: "", legalFormOther: "" });
  });
});

describe("the scale gate, from the service definition", () => {
  const gate = scaleGateFrom(kbli11050Service.requirements)!;
  const a1 = kbli11050Service.requirements.find((r) => r.code === "A1")!;
  const field = a1.fields.find((f) => f.name === "scale")!;

  it("is requirement A1's scale field, in its order", () => {
    expect(gate.requirementCode).toBe("A1");
    expect(gate.options.map((o) => o.value)).toEqual(["mikro", "kecil", "menengah", "besar"]);
  });
  it("lets only kecil and menengah continue, and gives mikro and besar the requirement's own message", () => {
    expect(gate.options.filter((o) => o.eligible).map((o) => o.value)).toEqual(["kecil", "menengah"]);
    for (const value of ["mikro", "besar"]) {
      const option = gate.options.find((o) => o.value === value)!;
      expect(option.eligible).toBe(false);
      expect(option.ineligibleMessage).toEqual(field.options!.find((o) => o.value === value)!.ineligibleMessage);
      expect(option.ineligibleMessage?.id).toMatch(/hanya untuk usaha skala kecil dan menengah/);
    }
    expect(scaleIsEligible(gate, "kecil")).toBe(true);
    expect(scaleIsEligible(gate, "besar")).toBe(false);
    expect(scaleIsEligible(gate, "raksasa")).toBe(false);
    expect(scaleIsEligible(gate, null)).toBe(false);
  });
  it("follows the data: a changed eligible list changes the gate", () => {
    const changed = [{ ...a1, fields: [{ ...field, eligible: ["menengah"] }] }];
    expect(scaleGateFrom(changed)!.options.filter((o) => o.eligible).map((o) => o.value)).toEqual(["menengah"]);
    expect(scaleGateFrom([{ ...a1, fields: [] }])).toBeNull();
  });
});

const schemas = [
  {
    name: "companyProfileSchema",
    schema: companyProfileSchema,
    keys: [...Object.keys(VALID), "legalFormOther"],
    valid: VALID,
  },
  {
    name: "updateCompanySchema",
    schema: updateCompanySchema,
    keys: [...Object.keys(VALID), "legalFormOther", "version"],
    valid: { ...VALID, version: 0 },
  },
  { name: "scaleGateSchema", schema: scaleGateSchema, keys: ["scale"], valid: { scale: "kecil" } },
  { name: "invitationSchema", schema: invitationSchema, keys: ["email"], valid: { email: "rekan@contoh.id" } },
] as const;

const LIMITS: Record<string, number> = { name: 200, address: 500, kecamatan: 100, desa: 100, contactName: 100, legalFormOther: 100 };

describe.each(schemas)("$name under hostile input", ({ schema, keys, valid }) => {
  it("never throws; parses to a clean value or returns keyed field errors", () => {
    fc.assert(
      fc.property(hostileForm(keys, valid), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(Object.keys(id.errors)).toContain(issue.message);
            expect(Object.keys(en.errors)).toContain(issue.message);
          }
          return;
        }
        const data = result.data as Record<string, unknown>;
        for (const [key, max] of Object.entries(LIMITS)) {
          if (typeof data[key] !== "string") continue;
          const value = data[key] as string;
          expect(value).toBe(value.trim());
          expect(value).not.toMatch(CONTROL);
          expect(value.length).toBeLessThanOrEqual(max);
          if (key !== "legalFormOther") expect(value.length).toBeGreaterThan(0);
        }
        if ("nib" in data) expect(data.nib).toMatch(/^\d{13}$/);
        if ("npwp" in data) expect(data.npwp).toMatch(/^\d{16}$/);
        if ("phone" in data) expect(data.phone).toMatch(/^\+62[1-9]\d{7,11}$/);
        if ("email" in data) expect(data.email).toBe(String(data.email).toLowerCase());
        expect(schema.safeParse(data)).toEqual({ success: true, data });
      }),
      { numRuns: 400 },
    );
  });
});
