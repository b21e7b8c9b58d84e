import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSelfSignedP12 } from "@/lib/certificates/keys";
import { DEFAULT_CERTIFICATE_NUMBER_FORMAT, formatCertificateNumber } from "@/lib/certificates/number";
import { renderCertificatePdf, type CertificateData } from "@/lib/certificates/pdf";
import { signedCertificatePdf } from "@/lib/certificates/sign";
import { checkPdfSignature } from "@/lib/certificates/verify";
import { readQrCode } from "../helpers/pdf-tools";

// The certificate PDF: every field readable as text, the QR code decodes to the verification
// address, and the signature is valid for poppler's pdfsig and for the in-process verifier, and
// broken for both after one byte of the signed range changes.
const dir = mkdtempSync(path.join(tmpdir(), "tirta-certificate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
function save(bytes: Uint8Array): string {
  const file = path.join(dir, `c-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
const pdfText = (bytes: Uint8Array) => execFileSync("pdftotext", ["-enc", "UTF-8", save(bytes), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
const pdfsig = (bytes: Uint8Array) => spawnSync("pdfsig", [save(bytes)], { encoding: "utf8" }).stdout;

const DATA: CertificateData = {
  number: "503/SS-11050/DPMPTSP/2026/0042",
  companyName: "PT Tirta Jernih Purwakarta",
  nib: "9120001234567",
  npwp: "0012345678901234",
  kbli: "11050",
  kbliTitle: "Industri Air Minum dan Air Mineral",
  riskLevel: "Menengah Tinggi",
  scale: "Kecil",
  location: "Jl. Raya Sadang No. 12, Desa Cijunti, Kecamatan Campaka",
  issuedAt: new Date("2026-11-27T03:00:00Z"),
  place: "Purwakarta",
  signer: { name: "Drs. H. Asep Supriatna, M.Si.", position: "Kepala DPMPTSP Kabupaten Purwakarta", nip: "196907151994031005" },
  verifyUrl: "http://localhost:3000/verifikasi/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWpr",
};

describe("formatCertificateNumber", () => {
  it("follows the default pattern, padded to four digits", () => {
    expect(formatCertificateNumber(DEFAULT_CERTIFICATE_NUMBER_FORMAT, 2026, 1)).toBe("503/SS-11050/DPMPTSP/2026/0001");
    expect(formatCertificateNumber(DEFAULT_CERTIFICATE_NUMBER_FORMAT, 2026, 123)).toBe("503/SS-11050/DPMPTSP/2026/0123");
    expect(formatCertificateNumber(DEFAULT_CERTIFICATE_NUMBER_FORMAT, 2027, 12345)).toBe("503/SS-11050/DPMPTSP/2027/12345");
  });
  it("takes other patterns from configuration", () => {
    expect(formatCertificateNumber("SS/{nomor}/{tahun}", 2026, 7)).toBe("SS/7/2026");
    expect(formatCertificateNumber("{tahun}-{nomor:6}", 2026, 7)).toBe("2026-000007");
  });
  it("refuses what cannot be a number", () => {
    expect(() => formatCertificateNumber("SS/{tahun}", 2026, 1)).toThrow();
    expect(() => formatCertificateNumber(DEFAULT_CERTIFICATE_NUMBER_FORMAT, 2026, 0)).toThrow();
    expect(() => formatCertificateNumber(DEFAULT_CERTIFICATE_NUMBER_FORMAT, 2026, 1.5)).toThrow();
  });
});

describe("the certificate PDF", () => {
  let p12: Buffer;
  const passphrase = "uji-rahasia";
  beforeAll(() => {
    p12 = makeSelfSignedP12(passphrase);
  });
  const sign = (data = DATA) => signedCertificatePdf(data, { p12, passphrase, location: "Purwakarta", contactInfo: "dpmptsp@purwakartakab.go.id", signingTime: data.issuedAt });

  it("is A4 and carries every field as text", async () => {
    const bytes = await sign();
    const text = pdfText(bytes);
    for (const expected of [
      "PEMERINTAH KABUPATEN PURWAKARTA",
      "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
      "SERTIFIKAT STANDAR",
      "Nomor: 503/SS-11050/DPMPTSP/2026/0042",
      "PT Tirta Jernih Purwakarta",
      "9120001234567",
      "0012 3456 7890 1234",
      "11050 — Industri Air Minum dan Air Mineral",
      "Menengah Tinggi",
      "Kecil",
      "Jl. Raya Sadang No. 12, Desa Cijunti, Kecamatan Campaka",
      "Terverifikasi",
      "Purwakarta, 27 November 2026",
      "Kepala DPMPTSP Kabupaten Purwakarta",
      "Drs. H. Asep Supriatna, M.Si.",
      "NIP 196907151994031005",
      DATA.verifyUrl,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("DRAF");
    const info = execFileSync("pdfinfo", [save(bytes)], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it("has a QR code that reads as the verification address", async () => {
    expect(readQrCode(await sign())).toBe(DATA.verifyUrl);
  });

  it("marks the unsigned draft as a draft", async () => {
    const draft = await renderCertificatePdf({ ...DATA, draft: true });
    expect(pdfText(draft)).toContain("DRAF — BELUM DITANDATANGANI");
    expect(checkPdfSignature(draft)).toEqual({ signed: false });
  });

  it("is signed: pdfsig and the in-process verifier say valid, and both say broken after one byte changes", async () => {
    const bytes = await sign();
    const report = pdfsig(bytes);
    expect(report).toContain("Signature is Valid.");
    expect(report).toContain("adbe.pkcs7.detached");
    expect(report).toContain("SHA-256");
    const ok = checkPdfSignature(bytes);
    expect(ok).toMatchObject({ signed: true, intact: true, signerName: "Penandatangan Uji Tirta (bukan untuk produksi)" });
    if (ok.signed) expect(ok.signingTime?.toISOString()).toBe(DATA.issuedAt.toISOString());

    // One byte inside the signed range (the title in the metadata, well before the signature).
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf("Sertifikat Standar 503");
    expect(at).toBeGreaterThan(0);
    tampered[at] = "s".charCodeAt(0);
    expect(pdfsig(tampered)).toContain("Digest Mismatch");
    expect(checkPdfSignature(tampered)).toMatchObject({ signed: true, intact: false, problem: "digest_mismatch" });

    // Something appended after signing is outside the signed range.
    const appended = Buffer.concat([bytes, Buffer.from("\n% tambahan\n")]);
    expect(checkPdfSignature(appended)).toMatchObject({ signed: true, intact: false, problem: "byte_range" });
  });

  it("answers every other input without throwing", () => {
    expect(checkPdfSignature(new Uint8Array(0))).toEqual({ signed: false });
    expect(checkPdfSignature(Buffer.from("%PDF-1.7\n%%EOF\n"))).toEqual({ signed: false });
    // A range that does not fit the file, contents that are not hex, hex that is not CMS.
    expect(checkPdfSignature(Buffer.from("/ByteRange [0 10 20 5] <zz>"))).toMatchObject({ signed: true, intact: false, problem: "byte_range" });
    const notHex = "/ByteRange [0 22 28 0]<zzzz>";
    expect(checkPdfSignature(Buffer.from(notHex))).toMatchObject({ signed: true, intact: false, problem: "unreadable" });
    const notCms = "/ByteRange [0 22 28 0]<0a0b>";
    expect(checkPdfSignature(Buffer.from(notCms))).toMatchObject({ signed: true, intact: false, problem: "unreadable" });
  });
});
