import "server-only";
import { getPrisma } from "@/lib/db";
import { sha256Hex } from "@/lib/files/storage";
import { signingKey } from "./keys";
import { checkPdfSignature } from "./verify";

// What anyone may learn about a certificate, without signing in: its state (valid, revoked or
// unknown) and only the number, company name, KBLI, issue date and signing office. And whether an
// uploaded PDF is exactly an issued certificate (its SHA-256) and whether its signature is intact.

export const SIGNING_OFFICE = "DPMPTSP Kabupaten Purwakarta";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isVerificationToken(value: string): boolean {
  return TOKEN.test(value);
}

export type PublicCertificate = {
  state: "valid" | "revoked";
  token: string;
  number: string;
  companyName: string;
  kbli: string;
  kbliTitle: string;
  issuedAt: Date;
  office: string;
  revokedAt: Date | null;
  revokedReason: string | null;
};

const PUBLIC_SELECT = {
  token: true,
  number: true,
  issuedAt: true,
  revokedAt: true,
  revokedReason: true,
  application: { select: { company: { select: { name: true } }, service: { select: { kbli: true, title: true } } } },
} as const;

type Row = { token: string; number: string; issuedAt: Date; revokedAt: Date | null; revokedReason: string | null; application: { company: { name: string }; service: { kbli: string; title: string } } };

function toPublic(row: Row): PublicCertificate {
  return {
    state: row.revokedAt ? "revoked" : "valid",
    token: row.token,
    number: row.number,
    companyName: row.application.company.name,
    kbli: row.application.service.kbli,
    kbliTitle: row.application.service.title,
    issuedAt: row.issuedAt,
    office: SIGNING_OFFICE,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}

/** The certificate behind a QR token; null for a malformed or unknown token. */
export async function certificateByToken(token: string): Promise<PublicCertificate | null> {
  if (!isVerificationToken(token)) return null;
  const row = await getPrisma().certificate.findUnique({ where: { token }, select: PUBLIC_SELECT });
  return row ? toPublic(row) : null;
}

export type UploadCheck =
  | { result: "empty" | "not_pdf" }
  | {
      result: "checked";
      /** The issued certificate this file is byte for byte, if any. */
      certificate: PublicCertificate | null;
      /** intact: signed by this office's key and unchanged; other: intact but someone else's key. */
      signature: "intact" | "other_signer" | "broken" | "unsigned";
    };

/** Checks an uploaded file (already read within the size limit). Stores nothing. */
export async function checkUploadedPdf(bytes: Uint8Array): Promise<UploadCheck> {
  if (bytes.byteLength === 0) return { result: "empty" };
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf("%PDF-") < 0) return { result: "not_pdf" };
  const sha256 = sha256Hex(bytes);
  const row = await getPrisma().certificate.findFirst({ where: { sha256 }, select: PUBLIC_SELECT });
  const check = checkPdfSignature(bytes);
  let signature: "intact" | "other_signer" | "broken" | "unsigned";
  if (!check.signed) signature = "unsigned";
  else if (!check.intact) signature = "broken";
  else signature = (await isOfficeSigner(check.signerFingerprint)) || row !== null ? "intact" : "other_signer";
  return { result: "checked", certificate: row ? toPublic(row) : null, signature };
}

/** Whether a signer certificate is the one this office signs with now. */
async function isOfficeSigner(fingerprint: string | undefined): Promise<boolean> {
  if (!fingerprint) return false;
  try {
    return (await signingKey()).fingerprint === fingerprint;
  } catch {
    return false;
  }
}
