import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";
import { buildCertificateDocument, type CertificateData } from "./pdf";

// Signs the certificate: a signature field with a placeholder is added to the document, then a
// CMS (PKCS#7) detached signature over its byte range is written into it (`adbe.pkcs7.detached`,
// SHA-256), with the signing time, reason, location and the signer's name.

export interface SignOptions {
  p12: Buffer;
  passphrase: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

export async function signedCertificatePdf(data: CertificateData, options: SignOptions): Promise<Buffer> {
  const doc = await buildCertificateDocument({ ...data, draft: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: `Penerbitan Sertifikat Standar ${data.number}`,
    contactInfo: options.contactInfo,
    name: data.signer.name,
    location: options.location,
    signingTime: options.signingTime,
    appName: "Tirta",
  });
  const unsigned = await doc.save({ useObjectStreams: false });
  // One signer per signature: a P12Signer cannot be used twice.
  const signer = new P12Signer(options.p12, { passphrase: options.passphrase });
  return new SignPdf().sign(Buffer.from(unsigned), signer, options.signingTime);
}
