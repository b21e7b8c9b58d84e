import { createHash, verify as verifySignature } from "node:crypto";
import forge from "node-forge";

// Checks the electronic signature of a PDF in-process, as a PDF reader does for
// `adbe.pkcs7.detached` / `ETSI.CAdES.detached`: the last signature's byte range must cover the
// whole file except the signature itself; the digest of that range must equal the signed
// `messageDigest` attribute; and the signer certificate's key must verify the signature over the
// signed attributes. Never throws: any input gets an answer.

export type SignatureCheck =
  | { signed: false }
  | {
      signed: true;
      /** The signature is mathematically valid and covers the whole file as it is now. */
      intact: boolean;
      /** Why it is not intact (for logs and tests; the page says it in words). */
      problem?: "byte_range" | "digest_mismatch" | "bad_signature" | "unreadable";
      signerName?: string;
      /** SHA-256 of the signer certificate (DER), hex. */
      signerFingerprint?: string;
      signingTime?: Date;
    };

const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";
const DIGESTS: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "1.3.14.3.2.26": "sha1",
};

/** The last `/ByteRange [a b c d]` of the file, or null. */
function lastByteRange(text: string): [number, number, number, number] | null {
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  if (!last) return null;
  return [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])];
}

export function checkPdfSignature(input: Uint8Array): SignatureCheck {
  const pdf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const text = pdf.toString("latin1");
  const range = lastByteRange(text);
  if (!range) return { signed: false };
  const [a, b, c, d] = range;
  // The range must start at 0, leave out exactly the /Contents hex string, and end at the end of
  // the file: anything appended after signing is not covered, so the file is not what was signed.
  if (a !== 0 || b <= 0 || c <= b || c + d !== pdf.length || text[b] !== "<" || text[c - 1] !== ">") {
    return { signed: true, intact: false, problem: "byte_range" };
  }
  // The placeholder is padded with zeros after the DER; the DER's own length says where it ends
  // (stripping "00" pairs would also eat a signature whose last byte is 0x00).
  const hex = text.slice(b + 1, c - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || /^0*$/.test(hex) || hex.length % 2 !== 0) return { signed: true, intact: false, problem: "unreadable" };

  let msg: forge.pkcs7.PkcsSignedData & { rawCapture: Record<string, unknown> };
  try {
    const der = forge.util.hexToBytes(hex);
    msg = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(der, { parseAllBytes: false } as unknown as boolean)) as typeof msg;
  } catch {
    return { signed: true, intact: false, problem: "unreadable" };
  }
  try {
    const raw = msg.rawCapture as {
      authenticatedAttributes?: forge.asn1.Asn1[];
      signature?: string;
      digestAlgorithm?: string;
      serial?: string;
    };
    const serial = raw.serial ? forge.util.bytesToHex(raw.serial).replace(/^0+/, "") : "";
    const cert = msg.certificates.find((x) => x.serialNumber.replace(/^0+/, "") === serial) ?? msg.certificates[0];
    if (!cert || !raw.signature || !raw.authenticatedAttributes || !raw.digestAlgorithm) {
      return { signed: true, intact: false, problem: "unreadable" };
    }
    const certDer = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
    const signerFingerprint = createHash("sha256").update(Buffer.from(certDer, "binary")).digest("hex");
    const signerName = String(cert.subject.getField("CN")?.value ?? "");
    const digestName = DIGESTS[forge.asn1.derToOid(raw.digestAlgorithm)];
    if (!digestName) return { signed: true, intact: false, problem: "unreadable", signerName, signerFingerprint };

    let messageDigest: string | undefined;
    let signingTime: Date | undefined;
    for (const attr of raw.authenticatedAttributes) {
      const parts = attr.value as forge.asn1.Asn1[];
      const oid = forge.asn1.derToOid(parts[0]!.value as string);
      const first = (parts[1]!.value as forge.asn1.Asn1[])[0]!;
      if (oid === OID_MESSAGE_DIGEST) messageDigest = first.value as string;
      if (oid === OID_SIGNING_TIME) {
        signingTime = first.type === forge.asn1.Type.UTCTIME ? forge.asn1.utcTimeToDate(first.value as string) : forge.asn1.generalizedTimeToDate(first.value as string);
      }
    }
    const common = { signerName, signerFingerprint, signingTime };

    const digest = createHash(digestName).update(pdf.subarray(a, a + b)).update(pdf.subarray(c, c + d)).digest();
    if (!messageDigest || !digest.equals(Buffer.from(messageDigest, "binary"))) {
      return { signed: true, intact: false, problem: "digest_mismatch", ...common };
    }
    // The signature is over the DER of the signed attributes as a SET.
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, raw.authenticatedAttributes);
    const signedBytes = Buffer.from(forge.asn1.toDer(set).getBytes(), "binary");
    const ok = verifySignature(digestName, signedBytes, forge.pki.certificateToPem(cert), Buffer.from(raw.signature, "binary"));
    return ok ? { signed: true, intact: true, ...common } : { signed: true, intact: false, problem: "bad_signature", ...common };
  } catch {
    return { signed: true, intact: false, problem: "unreadable" };
  }
}
