import { PDFDocument, StandardFonts } from "pdf-lib";
import { encodable, INK, Layout, MARGIN, MUTED, PAGE_W, WIDTH, type Fonts } from "@/lib/pdf/text-layout";

// The receipt (tanda terima) of a submitted application as an A4 PDF in Indonesian. Pure: the
// same data gives the same document; no I/O, no clock, standard PDF fonts only (Helvetica, so
// nothing is downloaded or embedded). Characters outside the fonts' Latin-1-like encoding
// (WinAnsi) are reduced to their base letter, or "?" when none.

export interface ReceiptOffice {
  regency: string;
  name: string;
  shortName: string;
  address?: string;
}

export const PURWAKARTA_OFFICE: ReceiptOffice = {
  regency: "Pemerintah Kabupaten Purwakarta",
  name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
  shortName: "DPMPTSP Kabupaten Purwakarta",
  address: "Jalan Veteran Nomor 139, Kelurahan Nagrikaler Kec. Purwakarta, Kabupaten Purwakarta, Jawa Barat 41115",
};

export interface ReceiptItem {
  code: string;
  title: string;
  evidenceCount: number;
  /** When false and no file was given, the row says no file is needed instead of "0 berkas". */
  evidenceRequired?: boolean;
}

export interface ReceiptData {
  registrationNumber: string;
  submittedAt: Date;
  companyName: string;
  nib: string;
  /** 16 digits, shown as 4-4-4-4; anything else is shown as given. */
  npwp: string | null;
  applicantName: string;
  /** e.g. "Sertifikat Standar KBLI 11050 — Industri Air Minum dan Air Mineral". */
  serviceTitle: string;
  riskLevel: string;
  items: ReceiptItem[];
  slaWorkingDays: number;
  /** The public tracking page, e.g. "https://tirta.example.go.id/lacak". */
  trackingUrl: string;
  office?: ReceiptOffice;
  /** The document's creation date (metadata); defaults to the submission time. */
  generatedAt?: Date;
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Jakarta has no daylight saving time.

/** "25 November 2026" (the date in Asia/Jakarta, UTC+7). */
export function formatDateWib(date: Date): string {
  const d = new Date(date.getTime() + WIB_OFFSET_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "25 November 2026 pukul 14.05 WIB" (Asia/Jakarta, UTC+7). */
export function formatWib(date: Date): string {
  const d = new Date(date.getTime() + WIB_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} pukul ${two(d.getUTCHours())}.${two(d.getUTCMinutes())} WIB`;
}

/** "0123 4567 8901 2345" for 16 digits; anything else unchanged (trimmed). */
export function groupNpwp(npwp: string): string {
  const digits = npwp.trim();
  return /^\d{16}$/.test(digits) ? digits.replace(/(\d{4})(?=\d)/g, "$1 ") : digits;
}

function evidenceLabel(item: ReceiptItem): string {
  if (item.evidenceCount === 0 && item.evidenceRequired === false) return "tidak diperlukan";
  return `${item.evidenceCount} berkas`;
}

/** The receipt as PDF bytes. */
export async function renderReceiptPdf(data: ReceiptData): Promise<Uint8Array> {
  const office = data.office ?? PURWAKARTA_OFFICE;
  const reg = data.registrationNumber;
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const clean = encodable(fonts.regular);

  doc.setTitle(`Tanda Terima Permohonan ${reg}`, { showInWindowTitleBar: true });
  doc.setAuthor(office.shortName);
  doc.setSubject(`Tanda terima permohonan ${data.serviceTitle}`);
  doc.setKeywords([reg, "tanda terima", "sertifikat standar"]);
  doc.setCreator("Tirta");
  doc.setProducer("Tirta (pdf-lib)");
  doc.setLanguage("id-ID");
  const created = data.generatedAt ?? data.submittedAt;
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  const out = new Layout(doc, fonts, clean, `Tanda terima permohonan ${reg} (lanjutan)`);
  const { bold, regular } = fonts;

  // Letterhead.
  out.paragraph(office.regency.toUpperCase(), { font: bold, size: 13, align: "center" });
  out.paragraph(office.name.toUpperCase(), { font: bold, size: 11.5, align: "center" });
  if (office.address) out.paragraph(office.address, { size: 9, color: MUTED, align: "center" });
  out.y -= 4;
  out.rule(1.5, INK);
  out.y -= 2.5;
  out.rule(0.5, INK);
  out.y -= 14;

  out.paragraph("TANDA TERIMA PERMOHONAN", { font: bold, size: 15, align: "center" });
  out.paragraph(data.serviceTitle, { size: 10.5, align: "center" });
  out.y -= 10;

  // The number, on a tinted band.
  out.box(46);
  out.y -= 8;
  out.paragraph("Nomor pendaftaran", { x: MARGIN + 12, size: 9, color: MUTED });
  out.paragraph(reg, { x: MARGIN + 12, font: bold, size: 16 });
  out.y -= 14;

  const labelW = 140;
  const valueX = MARGIN + labelW + 10;
  const valueW = WIDTH - labelW - 10;
  const facts: [string, string][] = [
    ["Tanggal diajukan", formatWib(data.submittedAt)],
    ["Layanan", data.serviceTitle],
    ["Tingkat risiko", data.riskLevel],
    ["Nama perusahaan", data.companyName],
    ["NIB", data.nib],
    ["NPWP", data.npwp ? groupNpwp(data.npwp) : "-"],
    ["Nama pemohon", data.applicantName],
    ["Biaya", "Gratis (tidak dipungut biaya)"],
  ];
  for (const [label, value] of facts) {
    out.row([
      { text: label, x: MARGIN, width: labelW, font: regular },
      { text: value, x: valueX, width: valueW, font: bold },
    ]);
  }
  out.y -= 8;

  // Requirement items with their evidence counts.
  out.ensure(60);
  out.paragraph("Persyaratan yang diajukan", { font: bold, size: 12 });
  out.y -= 4;
  const codeW = 44;
  const countW = 90;
  const titleX = MARGIN + codeW;
  const titleW = WIDTH - codeW - countW - 10;
  const countX = PAGE_W - MARGIN - countW;
  const header = () => {
    out.row([
      { text: "Kode", x: MARGIN, width: codeW, font: bold, size: 9.5 },
      { text: "Persyaratan", x: titleX, width: titleW, font: bold, size: 9.5 },
      { text: "Berkas bukti", x: countX, width: countW, font: bold, size: 9.5 },
    ]);
    out.y += 3;
    out.rule();
    out.y -= 5;
  };
  header();
  for (const item of data.items) {
    out.row(
      [
        { text: item.code, x: MARGIN, width: codeW },
        { text: item.title, x: titleX, width: titleW },
        { text: evidenceLabel(item), x: countX, width: countW },
      ],
      header,
    );
  }
  out.y -= 10;

  // What happens next.
  out.ensure(60);
  out.paragraph("Langkah selanjutnya", { font: bold, size: 12 });
  out.y -= 2;
  const steps = [
    "Petugas DPMPTSP memeriksa kelengkapan dan kebenaran berkas. Bila ada yang perlu diperbaiki, berkas dikembalikan dengan catatan per persyaratan dan Anda diberi tahu melalui dasbor pemohon.",
    `Jangka waktu penyelesaian ${data.slaWorkingDays} hari kerja dihitung sejak berkas dinyatakan lengkap dan benar, bukan sejak tanggal pengajuan. Selama berkas menunggu perbaikan dari pemohon, jangka waktu tidak berjalan.`,
    "Biaya: Gratis. Layanan ini tidak dipungut biaya apa pun.",
    `Pantau permohonan di dasbor pemohon (setelah masuk), atau di halaman lacak publik ${data.trackingUrl} dengan nomor pendaftaran ${reg}.`,
  ];
  steps.forEach((text, i) => {
    out.ensure(16);
    out.draw(`${i + 1}.`, MARGIN, regular, 10);
    out.paragraph(text, { x: MARGIN + 18, width: WIDTH - 18 });
    out.y -= 2;
  });
  out.y -= 8;
  out.paragraph("Tanda terima ini dibuat secara elektronik oleh sistem. Simpan sebagai bukti pengajuan permohonan Anda.", {
    size: 9,
    color: MUTED,
  });

  out.footer(`Tanda terima permohonan ${reg} · ${office.shortName}`);
  return doc.save();
}
