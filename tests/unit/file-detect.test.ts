import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cleanFileName,
  detectFile,
  downloadName,
  sniffType,
  typeFromDeclared,
  typeFromName,
  type AllowedType,
} from "@/lib/files/detect";
import { tinyJpeg, tinyPdf, tinyPng } from "../fixtures/files";

const MB = 1024 * 1024;
const text = (s: string) => new TextEncoder().encode(s);
const check = (name: string, bytes: Uint8Array, declaredType = "", max = 10 * MB) => detectFile({ name, declaredType, bytes }, max);

const SIGNATURES: Record<AllowedType, number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d],
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  "image/jpeg": [0xff, 0xd8, 0xff],
};
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

describe("sniffType: the content decides", () => {
  it("recognises whole PDF, PNG and JPEG files", () => {
    expect(sniffType(tinyPdf())).toBe("application/pdf");
    expect(sniffType(tinyPng())).toBe("image/png");
    expect(sniffType(tinyJpeg())).toBe("image/jpeg");
  });

  it("refuses files cut short: a PDF without %%EOF, a PNG without IHDR or IEND, a JPEG without its end marker", () => {
    const pdf = tinyPdf();
    expect(sniffType(pdf.slice(0, pdf.length - 7))).toBeNull();
    expect(sniffType(tinyPng().slice(0, 20))).toBeNull();
    const png = tinyPng("potong");
    expect(sniffType(png.slice(0, png.length - 12))).toBeNull();
    const jpeg = tinyJpeg();
    expect(sniffType(jpeg.slice(0, jpeg.length - 2))).toBeNull();
  });

  it("needs %%EOF near the end of a PDF (trailing newlines and a little junk are fine)", () => {
    const pdf = tinyPdf();
    expect(sniffType(new Uint8Array([...pdf, 0x0d, 0x0a, 0x00]))).toBe("application/pdf");
    // %%EOF present but followed by 2 KiB of something else: not a PDF's end.
    expect(sniffType(new Uint8Array([...pdf, ...new Uint8Array(2048).fill(0x41)]))).toBeNull();
    // The signature alone is not a PDF.
    expect(sniffType(text("%PDF-1.7\nhello"))).toBeNull();
  });

  it("allows bytes after a JPEG's end marker (phones append data there)", () => {
    expect(sniffType(new Uint8Array([...tinyJpeg(), ...text("trailer from a camera")]))).toBe("image/jpeg");
  });

  it("checks the PNG header chunk: IHDR of length 13 and a non-zero size", () => {
    const png = tinyPng();
    const renamed = png.slice();
    renamed.set(text("IHDX"), 12);
    expect(sniffType(renamed)).toBeNull();
    const zeroWidth = png.slice();
    zeroWidth.set([0, 0, 0, 0], 16);
    expect(sniffType(zeroWidth)).toBeNull();
  });

  it("recognises nothing in text, HTML, ZIP/DOCX or GIF bytes", () => {
    expect(sniffType(text("Surat permohonan, bukan PDF."))).toBeNull();
    expect(sniffType(text("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBeNull();
    expect(sniffType(text("GIF89a\x01\x00\x01\x00"))).toBeNull();
  });
});

describe("detectFile: every refusal", () => {
  it("accepts a file whose name and declared type agree with its content", () => {
    expect(check("surat.pdf", tinyPdf(), "application/pdf")).toEqual({ ok: true, type: "application/pdf" });
    expect(check("FOTO.JPEG", tinyJpeg(), "image/jpeg")).toEqual({ ok: true, type: "image/jpeg" });
    expect(check("denah.png", tinyPng(), "image/png")).toEqual({ ok: true, type: "image/png" });
  });

  it("lets the content decide when the name and type claim nothing", () => {
    expect(check("scan", tinyPdf(), "")).toEqual({ ok: true, type: "application/pdf" });
    expect(check("IMG_0001", tinyJpeg(), "application/octet-stream")).toEqual({ ok: true, type: "image/jpeg" });
  });

  it("empty: 0 bytes, whatever the name", () => {
    expect(check("surat.pdf", new Uint8Array(0), "application/pdf")).toEqual({ ok: false, code: "empty" });
  });

  it("too_large: one byte over the limit, before looking at the content", () => {
    const limit = 1024;
    const big = new Uint8Array(limit + 1);
    expect(check("apa-saja.bin", big, "", limit)).toEqual({ ok: false, code: "too_large" });
    const pdf = tinyPdf("x".repeat(200));
    expect(check("surat.pdf", pdf, "application/pdf", pdf.length).ok).toBe(true);
    expect(check("surat.pdf", pdf, "application/pdf", pdf.length - 1)).toEqual({ ok: false, code: "too_large" });
  });

  it("wrong_type: content none of the three, and nothing claimed an allowed type", () => {
    expect(check("catatan.txt", text("halo"), "text/plain")).toEqual({ ok: false, code: "wrong_type" });
    expect(check("laporan.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "")).toEqual({ ok: false, code: "wrong_type" });
  });

  it("type_mismatch: surat.pdf that is really a PNG, or text", () => {
    expect(check("surat.pdf", tinyPng(), "application/pdf")).toEqual({
      ok: false,
      code: "type_mismatch",
      claimed: "application/pdf",
      extension: "pdf",
    });
    expect(check("surat.pdf", text("bukan PDF"), "application/pdf")).toMatchObject({ code: "type_mismatch", extension: "pdf" });
  });

  it("type_mismatch: a declared type that contradicts the content, even with no extension", () => {
    expect(check("foto", tinyJpeg(), "image/png")).toMatchObject({ code: "type_mismatch", claimed: "image/png", extension: "png" });
    expect(check("foto.jpg", tinyPng(), "")).toMatchObject({ code: "type_mismatch", claimed: "image/jpeg", extension: "jpg" });
    expect(check("foto.png", tinyPng(), "image/jpeg")).toMatchObject({ code: "type_mismatch", claimed: "image/jpeg" });
  });
});

describe("names and declared types", () => {
  it("reads extensions and MIME types loosely but only for the three types", () => {
    expect(typeFromName("a.b.PDF")).toBe("application/pdf");
    expect(typeFromName(".pdf")).toBeNull();
    expect(typeFromName("C:\\dok\\foto.jpe")).toBe("image/jpeg");
    expect(typeFromName("arsip.pdf.zip")).toBeNull();
    expect(typeFromDeclared("image/PNG; charset=binary")).toBe("image/png");
    expect(typeFromDeclared("image/jpg")).toBe("image/jpeg");
    expect(typeFromDeclared("application/octet-stream")).toBeNull();
    expect(typeFromDeclared(undefined)).toBeNull();
  });

  it("cleans names: last path segment, no control or direction-override characters, bounded length", () => {
    expect(cleanFileName("C:\\Users\\budi\\surat izin.pdf", "application/pdf")).toBe("surat izin.pdf");
    expect(cleanFileName("../../etc/passwd.png", "image/png")).toBe("passwd.png");
    expect(cleanFileName("foto\u202Egpj.exe\u0000.jpg", "image/jpeg")).toBe("fotogpj.exe.jpg");
    expect(cleanFileName("   ", "application/pdf")).toBe("berkas.pdf");
    const long = cleanFileName(`${"a".repeat(400)}.pdf`, "application/pdf");
    expect(long.length).toBe(180);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("adds the type's extension to a download name that lacks it", () => {
    expect(downloadName("scan", "application/pdf")).toBe("scan.pdf");
    expect(downloadName("foto.jpeg", "image/jpeg")).toBe("foto.jpeg");
    expect(downloadName("foto.png", "image/jpeg")).toBe("foto.png.jpg");
  });
});

describe("properties", () => {
  const anyName = fc.constantFrom("surat.pdf", "foto.jpg", "gambar.png", "catatan.txt", "tanpa-ekstensi", "");
  const anyType = fc.constantFrom("application/pdf", "image/jpeg", "image/png", "text/plain", "", "application/octet-stream");

  it("random bytes never crash and are never an allowed type unless they start with its signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), anyName, anyType, (bytes, name, declaredType) => {
        const sniffed = sniffType(bytes);
        if (sniffed !== null) expect(startsWith(bytes, SIGNATURES[sniffed])).toBe(true);
        const result = detectFile({ name, declaredType, bytes }, 1024);
        if (result.ok) expect(startsWith(bytes, SIGNATURES[result.type])).toBe(true);
        else expect(["empty", "too_large", "wrong_type", "type_mismatch"]).toContain(result.code);
      }),
      { numRuns: 2000 },
    );
  });

  it("random bytes behind a real signature are still judged (never a crash, never another type)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<AllowedType>("application/pdf", "image/png", "image/jpeg"),
        fc.uint8Array({ maxLength: 512 }),
        (type, tail) => {
          const bytes = new Uint8Array([...SIGNATURES[type], ...tail]);
          const sniffed = sniffType(bytes);
          expect(sniffed === null || sniffed === type).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a valid file keeps its type whatever comes after a JPEG, and whatever the tag inside", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (tag) => {
        expect(sniffType(tinyPdf(tag))).toBe("application/pdf");
        expect(sniffType(tinyPng(tag))).toBe("image/png");
        expect(sniffType(tinyJpeg(tag))).toBe("image/jpeg");
      }),
      { numRuns: 200 },
    );
  });
});
