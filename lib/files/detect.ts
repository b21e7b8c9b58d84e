// What an uploaded file really is, judged by its bytes (pure; usable on the server and in the
// browser). Three types are accepted: PDF, JPEG and PNG.
//
// The rule, in order:
//   1. 0 bytes → "empty"; more than the limit → "too_large" (checked before the content).
//   2. The content decides the type: magic number plus a light structural check, so a file cut
//      short in transfer is not taken for a whole one:
//        PDF  starts with "%PDF-" and has "%%EOF" in its last 1024 bytes;
//        PNG  8-byte signature, then an IHDR chunk of length 13 with a non-zero width and height,
//             and an IEND chunk after it;
//        JPEG starts FF D8 FF + a marker byte and has an FF D9 (end of image) after it; bytes
//             after the end marker are allowed (cameras and phones append data there).
//   3. What the name and the declared type claim: an extension or a MIME type of an allowed type
//      is a claim ("surat.pdf", "image/png"); anything else (no extension, ".docx",
//      "application/octet-stream", "") claims nothing and leaves the content to decide.
//      - content none of the three, and nothing claimed an allowed type → "wrong_type";
//      - content none of the three, but the name or type claimed one → "type_mismatch"
//        ("surat.pdf" that is a text file, or a PDF cut short);
//      - content allowed, but a claim names a different allowed type → "type_mismatch"
//        ("surat.pdf" that is really a PNG; "foto.jpg" declared as image/png);
//      - otherwise the content's type.
//   Refusing a mismatch instead of quietly trusting the content keeps what the officer downloads
//   identical to what the applicant thinks they sent.

export const ALLOWED_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];
export type Refusal = "empty" | "too_large" | "wrong_type" | "type_mismatch";

export type Detection =
  | { ok: true; type: AllowedType }
  | {
      ok: false;
      code: Refusal;
      /** For "type_mismatch": the type the name or declared type claimed, and how it was named. */
      claimed?: AllowedType;
      extension?: string;
    };

/** For `<input type="file" accept>`: a hint to the browser's picker, never a check. */
export const ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

const EXTENSION_TYPES: Record<string, AllowedType> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jpe: "image/jpeg",
  jfif: "image/jpeg",
  png: "image/png",
};

const MIME_TYPES: Record<string, AllowedType> = {
  "application/pdf": "application/pdf",
  "application/x-pdf": "application/pdf",
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/png": "image/png",
  "image/x-png": "image/png",
};

/** The canonical extension of each type (for download names and messages). */
export const TYPE_EXTENSION: Record<AllowedType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/** How people name each type: "PDF", "JPG", "PNG". */
export const TYPE_LABEL: Record<AllowedType, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPG",
  "image/png": "PNG",
};

export function isAllowedType(value: unknown): value is AllowedType {
  return typeof value === "string" && (ALLOWED_TYPES as readonly string[]).includes(value);
}

/** The lower-case extension of a file name without the dot, or "" when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The allowed type a file name's extension claims, if any. */
export function typeFromName(name: string): AllowedType | null {
  return EXTENSION_TYPES[extensionOf(name)] ?? null;
}

/** The allowed type a declared MIME type claims, if any ("image/png; x=y" counts as image/png). */
export function typeFromDeclared(declaredType: string | null | undefined): AllowedType | null {
  const essence = (declaredType ?? "").split(";")[0]!.trim().toLowerCase();
  return MIME_TYPES[essence] ?? null;
}

const PDF_HEAD = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];
const IEND = [0x49, 0x45, 0x4e, 0x44];
const PDF_TAIL_WINDOW = 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function lastIndexOf(bytes: Uint8Array, needle: readonly number[], from: number): number {
  for (let i = bytes.length - needle.length; i >= from; i--) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

function isPdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, PDF_HEAD)) return false;
  const from = Math.max(PDF_HEAD.length, bytes.length - PDF_TAIL_WINDOW);
  return lastIndexOf(bytes, PDF_EOF, from) >= 0;
}

function isPng(bytes: Uint8Array): boolean {
  // signature (8) + length (4) + "IHDR" (4) + data (13) + CRC (4)
  if (bytes.length < 33 || !startsWith(bytes, PNG_SIGNATURE)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || !startsWith(bytes, IHDR, 12)) return false;
  return view.getUint32(16) > 0 && view.getUint32(20) > 0 && lastIndexOf(bytes, IEND, 33) >= 0;
}

function isJpeg(bytes: Uint8Array): boolean {
  // SOI (FF D8), then the first marker: FF and a marker code (C0..FE).
  if (bytes.length < 6 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return false;
  const marker = bytes[3]!;
  if (marker < 0xc0 || marker === 0xff) return false;
  return lastIndexOf(bytes, [0xff, 0xd9], 4) >= 0;
}

/** The allowed type the bytes are, or null when they are none of them (or are cut short). */
export function sniffType(bytes: Uint8Array): AllowedType | null {
  if (isPdf(bytes)) return "application/pdf";
  if (isPng(bytes)) return "image/png";
  if (isJpeg(bytes)) return "image/jpeg";
  return null;
}

export interface FileToCheck {
  name: string;
  declaredType?: string | null;
  bytes: Uint8Array;
}

/** Applies the rule above. `maxBytes` is the size limit in bytes. */
export function detectFile(file: FileToCheck, maxBytes: number): Detection {
  if (file.bytes.length === 0) return { ok: false, code: "empty" };
  if (file.bytes.length > maxBytes) return { ok: false, code: "too_large" };
  const actual = sniffType(file.bytes);
  const byName = typeFromName(file.name);
  const byDeclared = typeFromDeclared(file.declaredType);
  const claims = [byName, byDeclared].filter((c): c is AllowedType => c !== null);
  const contradicted = claims.find((claim) => claim !== actual);
  if (contradicted) {
    const extension = byName === contradicted ? extensionOf(file.name) : TYPE_EXTENSION[contradicted];
    return { ok: false, code: "type_mismatch", claimed: contradicted, extension };
  }
  return actual ? { ok: true, type: actual } : { ok: false, code: "wrong_type" };
}

/**
 * A name to download a file under: the stored name when it already ends in an extension of its
 * type, otherwise the name with the type's extension added ("scan" → "scan.pdf").
 */
export function downloadName(name: string, type: AllowedType): string {
  const clean = name.trim() || "berkas";
  return typeFromName(clean) === type ? clean : `${clean}.${TYPE_EXTENSION[type]}`;
}

/**
 * The name to keep for an uploaded file: its last path segment (some browsers send a full
 * path), without control characters or text-direction overrides (which can disguise an
 * extension), at most 180 characters with the extension kept; "berkas.pdf" when nothing is left.
 */
export function cleanFileName(name: string, type: AllowedType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, "")
    .trim();
  if (!base) return `berkas.${TYPE_EXTENSION[type]}`;
  if (base.length <= 180) return base;
  const ext = extensionOf(base);
  return ext && ext.length <= 10 ? `${base.slice(0, 179 - ext.length)}.${ext}` : base.slice(0, 180);
}
