import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFile, sniffType } from "@/lib/files/detect";
import { stripImageMetadata } from "@/lib/files/strip-metadata";
import { tinyJpeg, tinyPdf, tinyPng } from "../fixtures/files";

const ascii = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const contains = (haystack: Uint8Array, text: string) => Buffer.from(haystack).includes(Buffer.from(text, "latin1"));
const startsWith = (haystack: Uint8Array, needle: Uint8Array) => needle.every((b, i) => haystack[i] === b);
const endsWith = (haystack: Uint8Array, needle: Uint8Array) => startsWith(haystack.subarray(haystack.length - needle.length), needle);
const detectsAs = (data: Uint8Array, name: string) => detectFile({ name, bytes: data }, 10 * 1024 * 1024);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// --- JPEG -------------------------------------------------------------------------------------

const segment = (marker: number, data: Uint8Array) =>
  concat(bytes(0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff), data);

const SOI = bytes(0xff, 0xd8);
const EOI = bytes(0xff, 0xd9);
const APP0 = segment(0xe0, concat(ascii("JFIF\0"), bytes(1, 1, 0, 0, 1, 0, 1, 0, 0)));
const EXIF = segment(0xe1, concat(ascii("Exif\0\0MM\0*"), bytes(0, 0, 0, 8), ascii("Canon EOS\0GPSLatitude -6.2088\0")));
const XMP = segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLongitude>106.8456</exif:GPSLongitude>'));
const IPTC = segment(0xed, ascii("Photoshop 3.0\x008BIM\x04\x04 Jl. Mawar 12, Bogor"));
const COM = segment(0xfe, ascii("lokasi rumah"));
const ICC = segment(0xe2, concat(ascii("ICC_PROFILE\0"), bytes(1, 1, 0, 0, 0, 0)));
const ADOBE = segment(0xee, concat(ascii("Adobe"), bytes(0, 100, 0, 0, 0, 0, 1)));
const DQT = segment(0xdb, concat(bytes(0), new Uint8Array(64).fill(1)));
const SOF0 = segment(0xc0, bytes(8, 0, 8, 0, 8, 1, 1, 0x11, 0));
const DHT = concat(
  segment(0xc4, bytes(0x00, 1, ...new Array<number>(15).fill(0), 0x00)),
  segment(0xc4, bytes(0x10, 1, ...new Array<number>(15).fill(0), 0x00)),
);
const DRI = segment(0xdd, bytes(0, 1));
const SOS = segment(0xda, bytes(1, 1, 0x00, 0, 63, 0));
// Entropy-coded data with a stuffed FF 00 and a restart marker inside, as real scans have.
const SCAN = bytes(0x3f, 0xff, 0x00, 0x3f, 0xff, 0xd0, 0x3f);

/** A photo as a phone writes it: EXIF with GPS and camera, XMP, IPTC and a comment. */
const phoneJpeg = () => concat(SOI, APP0, EXIF, XMP, ICC, IPTC, COM, ADOBE, DQT, SOF0, DHT, DRI, SOS, SCAN, EOI);
const cleanJpeg = () => concat(SOI, APP0, ICC, ADOBE, DQT, SOF0, DHT, DRI, SOS, SCAN, EOI);

describe("stripImageMetadata: JPEG", () => {
  it("drops EXIF (with GPS), XMP, IPTC and comments, and keeps everything else byte for byte", () => {
    const input = phoneJpeg();
    expect(sniffType(input)).toBe("image/jpeg");
    const out = stripImageMetadata(input, "image/jpeg");
    for (const secret of ["Exif", "GPSLatitude", "GPSLongitude", "Canon", "http://ns.adobe.com/xap", "Photoshop", "Mawar", "lokasi rumah"]) {
      expect(contains(input, secret), secret).toBe(true);
      expect(contains(out, secret), secret).toBe(false);
    }
    expect(startsWith(out, SOI)).toBe(true);
    expect(endsWith(out, EOI)).toBe(true);
    // APP0, ICC profile, Adobe, the tables, the scan header and the scan bytes, unchanged and in order.
    expect(out).toEqual(cleanJpeg());
    expect(sniffType(out)).toBe("image/jpeg");
    expect(detectsAs(out, "foto.jpg")).toEqual({ ok: true, type: "image/jpeg" });
  });

  it("leaves a JPEG without metadata as it is, and stripping twice equals stripping once", () => {
    expect(stripImageMetadata(tinyJpeg(), "image/jpeg")).toEqual(tinyJpeg());
    expect(stripImageMetadata(cleanJpeg(), "image/jpeg")).toEqual(cleanJpeg());
    const once = stripImageMetadata(phoneJpeg(), "image/jpeg");
    expect(stripImageMetadata(once, "image/jpeg")).toEqual(once);
  });

  it("drops the fixture's comment, leaving the same file as without a tag", () => {
    const tagged = tinyJpeg("Jl. Melati 7, Depok");
    expect(stripImageMetadata(tagged, "image/jpeg")).toEqual(tinyJpeg());
    expect(sniffType(stripImageMetadata(tagged, "image/jpeg"))).toBe("image/jpeg");
  });

  it("handles fill bytes before markers and drops data appended after the end of the image", () => {
    const padded = concat(SOI, bytes(0xff, 0xff), APP0, bytes(0xff, 0xff), EXIF, DQT, SOF0, DHT, SOS, SCAN, bytes(0xff), EOI);
    const appended = concat(SOI, APP0, EXIF, DQT, SOF0, DHT, SOS, SCAN, EOI, SOI, EXIF, EOI);
    expect(stripImageMetadata(padded, "image/jpeg")).toEqual(
      concat(SOI, bytes(0xff, 0xff), APP0, DQT, SOF0, DHT, SOS, SCAN, bytes(0xff), EOI),
    );
    const out = stripImageMetadata(appended, "image/jpeg");
    expect(out).toEqual(concat(SOI, APP0, DQT, SOF0, DHT, SOS, SCAN, EOI));
    expect(contains(out, "GPSLatitude")).toBe(false);
  });

  it("walks every scan of a progressive JPEG and drops metadata between scans", () => {
    const SOF2 = segment(0xc2, bytes(8, 0, 8, 0, 8, 1, 1, 0x11, 0));
    const input = concat(SOI, APP0, DQT, SOF2, DHT, SOS, SCAN, COM, DHT, SOS, SCAN, EOI);
    expect(stripImageMetadata(input, "image/jpeg")).toEqual(concat(SOI, APP0, DQT, SOF2, DHT, SOS, SCAN, DHT, SOS, SCAN, EOI));
  });

  it("refuses a JPEG cut short at any point, or without SOI, with an Indonesian message", () => {
    const whole = phoneJpeg();
    for (let n = 0; n < whole.length; n++) {
      expect(() => stripImageMetadata(whole.subarray(0, n), "image/jpeg"), `first ${n} bytes`).toThrowError(/^Berkas JPEG rusak: /);
    }
    expect(() => stripImageMetadata(concat(APP0, DQT, EOI), "image/jpeg")).toThrowError(/^Berkas JPEG rusak: /);
    expect(() => stripImageMetadata(tinyPng(), "image/jpeg")).toThrowError(/^Berkas JPEG rusak: /);
  });

  it("on any bytes after an SOI, returns a JPEG or throws only its own Error (never RangeError/TypeError)", () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.constantFrom(bytes(0xff), bytes(0xff, 0xda), bytes(0xff, 0xd9), bytes(0xff, 0x00), bytes(0xff, 0xd0), bytes(0xff, 0xfe, 0, 2), APP0, EXIF, DQT, SOS),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const input = concat(SOI, ...pieces);
        let out: Uint8Array;
        try {
          out = stripImageMetadata(input, "image/jpeg");
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
          expect((error as Error).message).toMatch(/^Berkas JPEG rusak: /);
          return;
        }
        expect(startsWith(out, SOI)).toBe(true);
        expect(endsWith(out, EOI)).toBe(true);
        expect(out.length).toBeLessThanOrEqual(input.length);
        expect(stripImageMetadata(out, "image/jpeg")).toEqual(out);
      }),
      { numRuns: 1000 },
    );
  });
});

// --- PNG --------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Every chunk of a PNG after the signature, with whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    found.push({
      type: String.fromCharCode(...png.subarray(at + 4, at + 8)),
      crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length),
    });
    at += 12 + length;
  }
  return found;
}

const SIGNATURE = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const IHDR = chunk("IHDR", bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0));
const GAMA = chunk("gAMA", bytes(0, 0, 0xb1, 0x8f));
const EXIF_CHUNK = chunk("eXIf", concat(ascii("MM\0*"), bytes(0, 0, 0, 8), ascii("GPSLatitude Canon")));
const TEXT = chunk("tEXt", ascii("Author\0Siti"));
const ITXT = chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>http://ns.adobe.com/xap/1.0/</x:xmpmeta>"));
const ZTXT = chunk("zTXt", ascii("Comment\0\0xx"));
const TIME = chunk("tIME", bytes(0x07, 0xe9, 1, 2, 3, 4, 5));
const IDAT = tinyPng().subarray(33, tinyPng().length - 12); // the fixture's IDAT chunk
const IEND = chunk("IEND", new Uint8Array(0));

describe("stripImageMetadata: PNG", () => {
  it("drops eXIf, text and time chunks, and keeps the others byte for byte with valid CRCs", () => {
    const input = concat(SIGNATURE, IHDR, GAMA, EXIF_CHUNK, TEXT, ITXT, ZTXT, TIME, IDAT, IEND);
    expect(sniffType(input)).toBe("image/png");
    expect(chunks(input).every((c) => c.crcOk)).toBe(true);
    const out = stripImageMetadata(input, "image/png");
    expect(out).toEqual(concat(SIGNATURE, IHDR, GAMA, IDAT, IEND));
    expect(chunks(out)).toEqual(["IHDR", "gAMA", "IDAT", "IEND"].map((type) => ({ type, crcOk: true })));
    for (const secret of ["eXIf", "GPSLatitude", "Canon", "Author", "Siti", "xmpmeta", "tIME"]) {
      expect(contains(out, secret), secret).toBe(false);
    }
    expect(detectsAs(out, "foto.png")).toEqual({ ok: true, type: "image/png" });
    expect(stripImageMetadata(out, "image/png")).toEqual(out);
  });

  it("leaves the fixture as it is, and drops its text chunk when it has one", () => {
    expect(chunks(concat(SIGNATURE, IDAT))).toEqual([{ type: "IDAT", crcOk: true }]);
    expect(stripImageMetadata(tinyPng(), "image/png")).toEqual(tinyPng());
    expect(stripImageMetadata(tinyPng("Jl. Melati 7"), "image/png")).toEqual(tinyPng());
  });

  it("drops data appended after IEND", () => {
    const input = concat(SIGNATURE, IHDR, IDAT, IEND, ascii("GPSLatitude -6.2"));
    expect(stripImageMetadata(input, "image/png")).toEqual(concat(SIGNATURE, IHDR, IDAT, IEND));
  });

  it("refuses a PNG cut short at any point, or without its signature, with an Indonesian message", () => {
    const whole = concat(SIGNATURE, IHDR, EXIF_CHUNK, TEXT, IDAT, IEND);
    for (let n = 0; n < whole.length; n++) {
      expect(() => stripImageMetadata(whole.subarray(0, n), "image/png"), `first ${n} bytes`).toThrowError(/^Berkas PNG rusak: /);
    }
    expect(() => stripImageMetadata(tinyJpeg(), "image/png")).toThrowError(/^Berkas PNG rusak: /);
  });

  it("on any bytes after the signature, returns a PNG or throws only its own Error", () => {
    const piece = fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.constantFrom(IHDR, TEXT, IDAT, IEND, bytes(0xff, 0xff, 0xff, 0xff)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        try {
          const out = stripImageMetadata(concat(SIGNATURE, ...pieces), "image/png");
          expect(startsWith(out, SIGNATURE)).toBe(true);
          expect(endsWith(out, IEND)).toBe(true);
        } catch (error) {
          expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
          expect((error as Error).message).toMatch(/^Berkas PNG rusak: /);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// --- Other types ------------------------------------------------------------------------------

describe("stripImageMetadata: other types", () => {
  it("returns a PDF unchanged", () => {
    const pdf = ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Author (Siti) >>\nendobj\n%%EOF\n");
    const out = stripImageMetadata(pdf, "application/pdf");
    expect(out).toBe(pdf);
    expect(out).toEqual(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Author (Siti) >>\nendobj\n%%EOF\n"));
    expect(stripImageMetadata(tinyPdf("x"), "application/pdf")).toEqual(tinyPdf("x"));
  });

  it("does not touch bytes of a type it does not know, even if they look like an image", () => {
    const jpeg = phoneJpeg();
    expect(stripImageMetadata(jpeg, "application/octet-stream")).toBe(jpeg);
    expect(stripImageMetadata(jpeg, "")).toEqual(phoneJpeg());
  });
});
