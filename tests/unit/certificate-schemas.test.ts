import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { revokeInput, signInput } from "@/lib/certificates/schemas";
import { hostileForm } from "../helpers/hostile";

// Line breaks stay (a reason may have several lines); other C0 control characters do not.
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// The signing official's two forms: any input is either refused with a message key or accepted
// as clean data; nothing throws.
describe("signInput", () => {
  const valid = { applicationId: "cabc123", version: "4", password: "Demo-Tirta-2026" };
  it("accepts a form and keeps the password exactly as typed", () => {
    expect(signInput.parse({ ...valid, password: "  spasi di tepi  " })).toEqual({ applicationId: "cabc123", version: 4, password: "  spasi di tepi  " });
  });
  it("refuses a missing or huge password, and a bad id or version", () => {
    const keys = (input: unknown) => signInput.safeParse(input).error?.issues.map((i) => i.message);
    expect(keys({ ...valid, password: "" })).toEqual(["signPasswordRequired"]);
    expect(keys({ ...valid, password: "x".repeat(1025) })).toEqual(["signPasswordWrong"]);
    expect(keys({ ...valid, applicationId: "../x" })).toEqual(["invalid"]);
    expect(keys({ ...valid, version: "-1" })).toEqual(["invalid"]);
  });
  it("never throws on hostile input", () => {
    fc.assert(
      fc.property(hostileForm(Object.keys(valid), valid), (input) => {
        const result = signInput.safeParse(input);
        if (result.success) expect(result.data.password.length).toBeLessThanOrEqual(1024);
      }),
    );
  });
});

describe("revokeInput", () => {
  const valid = { applicationId: "cabc123", reason: "Lokasi tidak sesuai tata ruang." };
  it("requires a reason and cleans it", () => {
    expect(revokeInput.parse({ ...valid, reason: "  Izin\u0000 lokasi\u0007 dicabut  " }).reason).toBe("Izin lokasi dicabut");
    expect(revokeInput.safeParse({ ...valid, reason: "   " }).error?.issues[0]?.message).toBe("reasonRequired");
    expect(revokeInput.safeParse({ ...valid, reason: "a".repeat(2001) }).error?.issues[0]?.message).toBe("noteTooLong");
  });
  it("never throws, and keeps no control character but line breaks", () => {
    fc.assert(
      fc.property(hostileForm(Object.keys(valid), valid), (input) => {
        const result = revokeInput.safeParse(input);
        if (result.success) {
          expect(result.data.reason).not.toMatch(C0);
          expect(result.data.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
