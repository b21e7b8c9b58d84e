import { PDFDocument, rgb, StandardFonts, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { formatDateWib, groupNpwp, PURWAKARTA_OFFICE, type ReceiptOffice } from "@/lib/applications/receipt-pdf";
import { encodable, INK, Layout, MARGIN, MUTED, WIDTH, type Fonts } from "@/lib/pdf/text-layout";

// The Sertifikat Standar as an A4 PDF in Indonesian, laid out like an official document. Pure:
// every value comes from the caller (read from the database), nothing is typed here twice; no
// I/O, standard PDF fonts only. The QR code is drawn as vector squares, so it stays sharp at any
// zoom and in print. Signing happens afterwards (sign.ts) on these bytes.

export interface CertificateSigner {
  name: string;
  position: string;
  nip: string;
}

export interface CertificateData {
  number: string;
  companyName: string;
  nib: string;
  npwp: string | null;
  kbli: string;
  kbliTitle: string;
  riskLevel: string;
  /** "Kecil" or "Menengah". */
  scale: string;
  location: string;
  issuedAt: Date;
  place: string;
  signer: CertificateSigner;
  /** The public verification page the QR code opens. */
  verifyUrl: string;
  office?: ReceiptOffice;
  /** A draft for the signing official to read before signing: marked as such, not signed. */
  draft?: boolean;
}

export const CERTIFICATE_STATUS = "Terverifikasi";

/** The QR code of `text` drawn at (x, y) bottom-left, `size` points wide, with its quiet zone. */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      page.drawRectangle({
        x: x + (quiet + col) * cell,
        y: y + size - (quiet + row + 1) * cell,
        width: cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}

/** The certificate as PDF bytes, unsigned (the signing official's draft). */
export async function renderCertificatePdf(data: CertificateData): Promise<Uint8Array> {
  // Without object streams: the signature placeholder and its byte range stay plain to find.
  return (await buildCertificateDocument(data)).save({ useObjectStreams: false });
}

/** The certificate as a pdf-lib document, before it is saved (sign.ts adds its signature field). */
export async function buildCertificateDocument(data: CertificateData): Promise<PDFDocument> {
  const office = data.office ?? PURWAKARTA_OFFICE;
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const clean = encodable(fonts.regular);
  const { bold, regular } = fonts;

  doc.setTitle(`Sertifikat Standar ${data.number}`, { showInWindowTitleBar: true });
  doc.setAuthor(office.shortName);
  doc.setSubject(`Sertifikat Standar KBLI ${data.kbli} ${data.kbliTitle} — ${data.companyName}`);
  doc.setKeywords([data.number, "sertifikat standar", `KBLI ${data.kbli}`]);
  doc.setCreator("Tirta");
  doc.setProducer("Tirta (pdf-lib)");
  doc.setLanguage("id-ID");
  doc.setCreationDate(data.issuedAt);
  doc.setModificationDate(data.issuedAt);

  const out = new Layout(doc, fonts, clean, `Sertifikat Standar ${data.number} (lanjutan)`);

  // Letterhead.
  out.paragraph(office.regency.toUpperCase(), { font: bold, size: 13, align: "center" });
  out.paragraph(office.name.toUpperCase(), { font: bold, size: 11.5, align: "center" });
  if (office.address) out.paragraph(office.address, { size: 9, color: MUTED, align: "center" });
  out.y -= 4;
  out.rule(1.5, INK);
  out.y -= 2.5;
  out.rule(0.5, INK);
  out.y -= 18;

  if (data.draft) {
    out.paragraph("DRAF — BELUM DITANDATANGANI, BUKAN DOKUMEN YANG SAH", { font: bold, size: 11, align: "center", color: rgb(0.7, 0.1, 0.1) });
    out.y -= 6;
  }
  out.paragraph("SERTIFIKAT STANDAR", { font: bold, size: 20, align: "center" });
  out.paragraph(`Nomor: ${data.number}`, { font: bold, size: 11.5, align: "center" });
  out.y -= 12;
  out.paragraph(
    `Berdasarkan Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko, ${office.name} ${office.regency.replace(/^Pemerintah /, "")} menyatakan bahwa pelaku usaha berikut telah memenuhi standar usaha:`,
    { size: 10.5 },
  );
  out.y -= 10;

  const labelW = 150;
  const valueX = MARGIN + labelW + 10;
  const valueW = WIDTH - labelW - 10;
  const facts: [string, string][] = [
    ["Nama perusahaan", data.companyName],
    ["Nomor Induk Berusaha (NIB)", data.nib],
    ["NPWP", data.npwp ? groupNpwp(data.npwp) : "-"],
    ["KBLI", `${data.kbli} — ${data.kbliTitle}`],
    ["Tingkat risiko", data.riskLevel],
    ["Skala usaha", data.scale],
    ["Lokasi usaha", data.location],
    ["Status", CERTIFICATE_STATUS],
  ];
  for (const [label, value] of facts) {
    out.row([
      { text: label, x: MARGIN, width: labelW, font: regular, size: 10.5 },
      { text: value, x: valueX, width: valueW, font: bold, size: 10.5 },
    ]);
  }
  out.y -= 12;
  out.paragraph(
    "Sertifikat Standar ini berlaku selama pelaku usaha menjalankan kegiatan usahanya sesuai dengan standar yang dipersyaratkan dan dapat dicabut apabila tidak lagi memenuhinya.",
    { size: 10 },
  );
  out.y -= 16;

  // The QR code on the left, the signing block on the right.
  const blockH = 150;
  out.ensure(blockH + 20);
  const top = out.y;
  const qrSize = 118;
  if (data.draft) {
    out.currentPage.drawRectangle({ x: MARGIN, y: top - qrSize, width: qrSize, height: qrSize, borderColor: MUTED, borderWidth: 0.75, borderDashArray: [3, 3] });
    out.currentPage.drawText(clean("Kode QR dibuat"), { x: MARGIN + 12, y: top - qrSize / 2 + 2, size: 8.5, font: regular, color: MUTED });
    out.currentPage.drawText(clean("saat ditandatangani"), { x: MARGIN + 12, y: top - qrSize / 2 - 9, size: 8.5, font: regular, color: MUTED });
  } else {
    drawQr(out.currentPage, data.verifyUrl, MARGIN, top - qrSize, qrSize);
    out.currentPage.drawText(clean("Pindai untuk memeriksa keabsahan"), { x: MARGIN, y: top - qrSize - 12, size: 8, font: regular, color: MUTED });
  }

  const signX = MARGIN + WIDTH / 2 + 10;
  const signW = WIDTH / 2 - 10;
  out.paragraph(`${data.place}, ${formatDateWib(data.issuedAt)}`, { x: signX, width: signW, size: 10.5 });
  out.paragraph(data.signer.position, { x: signX, width: signW, size: 10.5, font: bold });
  out.y -= 8;
  out.paragraph(data.draft ? "(akan ditandatangani secara elektronik)" : "Ditandatangani secara elektronik", { x: signX, width: signW, size: 9, color: MUTED });
  out.y -= 14;
  out.paragraph(data.signer.name, { x: signX, width: signW, size: 10.5, font: bold });
  out.paragraph(`NIP ${data.signer.nip}`, { x: signX, width: signW, size: 10 });
  out.y = Math.min(out.y, top - qrSize - 24);
  out.y -= 12;

  out.rule();
  out.y -= 8;
  out.paragraph(
    `Dokumen ini ditandatangani secara elektronik dengan sertifikat elektronik dan tidak memerlukan tanda tangan basah atau cap. Periksa keabsahannya dengan memindai kode QR atau membuka ${data.verifyUrl}; di halaman itu berkas PDF ini juga dapat diunggah untuk memastikan isinya tidak berubah. Setiap perubahan pada berkas membatalkan tanda tangan elektroniknya.`,
    { size: 8.5, color: MUTED },
  );

  out.footer(`Sertifikat Standar ${data.number} · ${office.shortName}`);
  return doc;
}
