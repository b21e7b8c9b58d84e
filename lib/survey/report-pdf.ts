import { PDFDocument, StandardFonts } from "pdf-lib";
import { formatWib, PURWAKARTA_OFFICE } from "@/lib/applications/receipt-pdf";
import { encodable, INK, Layout, MARGIN, MUTED, PAGE_W, WIDTH, type Fonts } from "@/lib/pdf/text-layout";

// The quarterly service performance report (laporan evaluasi kinerja pelayanan) as an A4 PDF in
// Indonesian, laid out as an internal memo circulated to all staff. The service standard asks for
// a satisfaction survey four times a year, a routine evaluation, and that the results be shared
// with all service staff to plan improvements. Pure: every figure comes from the caller; no I/O,
// no clock, standard PDF fonts only.

export interface QuarterlyReportData {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  generatedAt: Date;
  ikm: {
    responses: number;
    value: number;
    grade: "A" | "B" | "C" | "D" | null;
    label: string | null;
    /** U1..U9 in order, names in Indonesian. */
    elements: { code: string; name: string; nrr: number }[];
    lowest: { code: string; name: string; nrr: number } | null;
  };
  /** `share` is 0..1, null when nothing was issued. */
  sla: { issued: number; withinSla: number; share: number | null };
  complaints: {
    received: number;
    complaints: number;
    suggestions: number;
    answered: number;
    overdue: number;
    byProblem: { label: string; count: number }[];
    byTrack: { label: string; count: number }[];
  };
  applications: { submitted: number; issued: number; rejected: number; open: number };
  /** e.g. "Sertifikat Standar KBLI 11050 Industri Air Minum dan Air Mineral". */
  serviceTitle: string;
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const DASH = "\u2013"; // "–", shown where there is no figure.

/** "82,47", "1.234" (Indonesian: comma for decimals, dot for thousands); "–" when not a number. */
export function formatNumberId(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return DASH;
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = "", fraction] = fixed.split(".");
  const negative = value < 0 && /[1-9]/.test(fixed);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "92,3%" for 0.923; "–" when there is no share. */
export function formatShareId(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return DASH;
  return `${formatNumberId(share * 100, 1)}%`;
}

/** "Triwulan II Tahun 2026". */
export function quarterTitle(year: number, quarter: number): string {
  const roman = ROMAN[quarter - 1];
  if (!Number.isInteger(quarter) || !roman) throw new RangeError(`quarter must be 1..4, got ${quarter}`);
  return `Triwulan ${roman} Tahun ${year}`;
}

function gradeText(grade: string | null, label: string | null): string {
  if (grade && label) return `${grade} \u2014 ${label}`;
  return grade ?? label ?? DASH;
}

/** The report as PDF bytes. */
export async function renderQuarterlyReportPdf(data: QuarterlyReportData): Promise<Uint8Array> {
  const office = PURWAKARTA_OFFICE;
  const period = quarterTitle(data.year, data.quarter);
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const clean = encodable(fonts.regular);
  const { bold, regular } = fonts;

  doc.setTitle(`Laporan Evaluasi Kinerja Pelayanan ${period}`, { showInWindowTitleBar: true });
  doc.setAuthor(office.shortName);
  doc.setSubject(`Evaluasi kinerja pelayanan ${data.serviceTitle}, ${period}`);
  doc.setKeywords(["evaluasi kinerja", "indeks kepuasan masyarakat", "IKM", period]);
  doc.setCreator("Tirta");
  doc.setProducer("Tirta (pdf-lib)");
  doc.setLanguage("id-ID");
  doc.setCreationDate(data.generatedAt);
  doc.setModificationDate(data.generatedAt);

  const out = new Layout(doc, fonts, clean, `Laporan evaluasi kinerja pelayanan ${period} (lanjutan)`);

  // Letterhead, as on the receipt.
  out.paragraph(office.regency.toUpperCase(), { font: bold, size: 13, align: "center" });
  out.paragraph(office.name.toUpperCase(), { font: bold, size: 11.5, align: "center" });
  if (office.address) out.paragraph(office.address, { size: 9, color: MUTED, align: "center" });
  out.y -= 4;
  out.rule(1.5, INK);
  out.y -= 2.5;
  out.rule(0.5, INK);
  out.y -= 14;

  out.paragraph("LAPORAN EVALUASI KINERJA PELAYANAN", { font: bold, size: 15, align: "center" });
  out.paragraph(period, { font: bold, size: 11, align: "center" });
  out.paragraph(data.serviceTitle, { size: 10.5, align: "center" });
  out.y -= 10;

  out.paragraph(
    "Laporan ini disampaikan kepada seluruh aparat penyelenggara pelayanan sebagai bahan untuk merumuskan perbaikan yang perlu dilakukan, " +
      "sesuai standar pelayanan: survei kepuasan masyarakat dilaksanakan 4 (empat) kali dalam 1 (satu) tahun dan kinerja pelayanan dievaluasi secara rutin dan teratur.",
  );
  out.y -= 8;

  const section = (title: string) => {
    out.ensure(70);
    out.y -= 4;
    out.paragraph(title, { font: bold, size: 12 });
    out.y -= 3;
  };

  const labelW = 230;
  const valueX = MARGIN + labelW + 10;
  const valueW = WIDTH - labelW - 10;
  /** Label and value rows; a label starting with "+" is a part of the row above, indented. */
  const facts = (rows: [string, string][]) => {
    for (const [label, value] of rows) {
      const indent = label.startsWith("+") ? 14 : 0;
      out.row([
        { text: indent ? label.slice(1) : label, x: MARGIN + indent, width: labelW - indent, font: regular },
        { text: value, x: valueX, width: valueW, font: bold },
      ]);
    }
  };
  const count = (n: number) => formatNumberId(n);

  /** A small table: a header row under a rule, then the rows (the header repeats on a new page). */
  const table = (columns: { title: string; x: number; width: number }[], rows: string[][], empty: string) => {
    const header = () => {
      out.row(columns.map((c) => ({ text: c.title, x: c.x, width: c.width, font: bold, size: 9.5 })));
      out.y += 3;
      out.rule();
      out.y -= 5;
    };
    out.ensure(50);
    header();
    if (rows.length === 0) {
      out.paragraph(empty, { size: 9.5, color: MUTED });
      return;
    }
    for (const cells of rows) {
      out.row(
        columns.map((col, i) => ({ text: cells[i] ?? "", x: col.x, width: col.width })),
        header,
      );
    }
  };

  // Indeks Kepuasan Masyarakat.
  section("Indeks Kepuasan Masyarakat (IKM)");
  const { ikm } = data;
  if (ikm.responses <= 0) {
    out.paragraph("Belum ada responden pada triwulan ini.");
  } else {
    facts([
      ["Nilai IKM", formatNumberId(ikm.value, 2)],
      ["Mutu pelayanan", gradeText(ikm.grade, ikm.label)],
      ["Jumlah responden", `${count(ikm.responses)} orang`],
    ]);
    out.y -= 6;
    const codeW = 44;
    const nrrW = 70;
    table(
      [
        { title: "Kode", x: MARGIN, width: codeW },
        { title: "Unsur pelayanan", x: MARGIN + codeW, width: WIDTH - codeW - nrrW - 10 },
        { title: "NRR", x: PAGE_W - MARGIN - nrrW, width: nrrW },
      ],
      ikm.elements.map((e) => [e.code, e.name, formatNumberId(e.nrr, 2)]),
      "Tidak ada data unsur pelayanan.",
    );
    out.paragraph("NRR: nilai rata-rata unsur pelayanan pada skala 1 sampai 4.", { size: 9, color: MUTED });
    if (ikm.lowest) {
      out.y -= 4;
      const { code, name, nrr } = ikm.lowest;
      out.paragraph(
        `Unsur dengan nilai terendah adalah ${code} ${name} (NRR ${formatNumberId(nrr, 2)}). Unsur ini menjadi prioritas perbaikan pada triwulan berikutnya.`,
      );
    }
  }
  out.y -= 8;

  // Kepatuhan jangka waktu.
  section("Kepatuhan jangka waktu (7 hari kerja)");
  const issued = data.sla.issued > 0;
  facts([
    ["Sertifikat terbit", count(data.sla.issued)],
    ["Terbit dalam 7 hari kerja", count(data.sla.withinSla)],
    ["Persentase tepat waktu", issued ? formatShareId(data.sla.share) : DASH],
  ]);
  out.paragraph(
    "Jangka waktu dihitung sejak berkas dinyatakan lengkap dan benar; waktu menunggu perbaikan berkas oleh pemohon tidak dihitung.",
    { size: 9, color: MUTED },
  );
  out.y -= 8;

  // Permohonan.
  section("Permohonan");
  facts([
    ["Permohonan diajukan", count(data.applications.submitted)],
    ["Sertifikat terbit", count(data.applications.issued)],
    ["Permohonan ditolak", count(data.applications.rejected)],
    ["Masih dalam proses", count(data.applications.open)],
  ]);
  out.y -= 8;

  // Pengaduan, saran dan masukan.
  section("Pengaduan, saran dan masukan");
  const c = data.complaints;
  facts([
    ["Diterima, terdiri atas", count(c.received)],
    ["+pengaduan", count(c.complaints)],
    ["+saran dan masukan", count(c.suggestions)],
    ["Sudah dijawab", count(c.answered)],
    ["Melewati batas waktu jawaban", count(c.overdue)],
  ]);
  out.y -= 6;
  const countW = 70;
  const labelCol = (title: string) => [
    { title, x: MARGIN, width: WIDTH - countW - 10 },
    { title: "Jumlah", x: PAGE_W - MARGIN - countW, width: countW },
  ];
  const tally = (items: { label: string; count: number }[]) => items.map((i) => [i.label, count(i.count)]);
  out.ensure(70);
  out.paragraph("Menurut jenis masalah", { font: bold, size: 10.5 });
  out.y -= 2;
  table(labelCol("Jenis masalah"), tally(c.byProblem), "Tidak ada pengaduan pada triwulan ini.");
  out.y -= 8;
  out.ensure(70);
  out.paragraph("Menurut jalur penyelesaian", { font: bold, size: 10.5 });
  out.y -= 2;
  table(labelCol("Jalur penyelesaian"), tally(c.byTrack), "Tidak ada pengaduan pada triwulan ini.");
  out.y -= 14;

  out.paragraph(`Laporan ini dibuat secara elektronik oleh sistem pada ${formatWib(data.generatedAt)}.`, { size: 9, color: MUTED });

  out.footer(`Laporan evaluasi kinerja pelayanan ${period} · ${office.shortName}`);
  return doc.save();
}
