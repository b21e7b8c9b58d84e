import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatNumberId,
  formatShareId,
  quarterTitle,
  renderQuarterlyReportPdf,
  type QuarterlyReportData,
} from "@/lib/survey/report-pdf";

// pdf-lib compresses page content, so the text is read back with poppler's pdftotext.
const dir = mkdtempSync(path.join(tmpdir(), "tirta-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function save(bytes: Uint8Array): string {
  const file = path.join(dir, `report-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
function pdfText(bytes: Uint8Array): string {
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", save(bytes), "-"], { encoding: "utf8" });
  return text.replace(/\s+/g, " ");
}
function pdfInfo(bytes: Uint8Array): string {
  return execFileSync("pdfinfo", [save(bytes)], { encoding: "utf8" });
}

const ELEMENTS = [
  { code: "U1", name: "Persyaratan", nrr: 3.41 },
  { code: "U2", name: "Sistem, mekanisme, dan prosedur", nrr: 3.28 },
  { code: "U3", name: "Waktu penyelesaian", nrr: 3.12 },
  { code: "U4", name: "Biaya/tarif", nrr: 3.95 },
  { code: "U5", name: "Produk spesifikasi jenis pelayanan", nrr: 3.33 },
  { code: "U6", name: "Kompetensi pelaksana", nrr: 3.36 },
  { code: "U7", name: "Perilaku pelaksana", nrr: 3.47 },
  { code: "U8", name: "Penanganan pengaduan, saran dan masukan", nrr: 2.98 },
  { code: "U9", name: "Sarana dan prasarana", nrr: 3.21 },
];

function report(overrides: Partial<QuarterlyReportData> = {}): QuarterlyReportData {
  return {
    year: 2026,
    quarter: 2,
    generatedAt: new Date("2026-07-03T02:30:00Z"),
    ikm: {
      responses: 1234,
      value: 82.4691,
      grade: "B",
      label: "Baik",
      elements: ELEMENTS,
      lowest: ELEMENTS[7] ?? null,
    },
    sla: { issued: 39, withinSla: 36, share: 36 / 39 },
    complaints: {
      received: 17,
      complaints: 11,
      suggestions: 6,
      answered: 15,
      overdue: 2,
      byProblem: [
        { label: "Persyaratan tidak jelas", count: 5 },
        { label: "Keterlambatan pelayanan", count: 4 },
        { label: "Sikap petugas", count: 2 },
      ],
      byTrack: [
        { label: "Internal DPMPTSP", count: 8 },
        { label: "Perangkat daerah teknis", count: 2 },
        { label: "APIP (Inspektorat)", count: 1 },
      ],
    },
    applications: { submitted: 52, issued: 39, rejected: 4, open: 9 },
    serviceTitle: "Sertifikat Standar KBLI 11050 Industri Air Minum dan Air Mineral",
    ...overrides,
  };
}

function empty(): QuarterlyReportData {
  return report({
    quarter: 1,
    ikm: { responses: 0, value: Number.NaN, grade: null, label: null, elements: ELEMENTS.map((e) => ({ ...e, nrr: Number.NaN })), lowest: null },
    sla: { issued: 0, withinSla: 0, share: null },
    complaints: { received: 0, complaints: 0, suggestions: 0, answered: 0, overdue: 0, byProblem: [], byTrack: [] },
    applications: { submitted: 0, issued: 0, rejected: 0, open: 0 },
  });
}

describe("Indonesian number formatting", () => {
  it("uses a decimal comma, a thousands dot, and a dash where there is no number", () => {
    expect(formatNumberId(82.4691, 2)).toBe("82,47");
    expect(formatNumberId(3, 2)).toBe("3,00");
    expect(formatNumberId(1234)).toBe("1.234");
    expect(formatNumberId(1234567.891, 1)).toBe("1.234.567,9");
    expect(formatNumberId(-0.001, 2)).toBe("0,00");
    expect(formatNumberId(Number.NaN, 2)).toBe("–");
    expect(formatShareId(36 / 39)).toBe("92,3%");
    expect(formatShareId(1)).toBe("100,0%");
    expect(formatShareId(null)).toBe("–");
    expect(formatShareId(Number.NaN)).toBe("–");
  });

  it("names the quarter in Roman numerals", () => {
    expect(quarterTitle(2026, 1)).toBe("Triwulan I Tahun 2026");
    expect(quarterTitle(2026, 4)).toBe("Triwulan IV Tahun 2026");
    expect(() => quarterTitle(2026, 5)).toThrow(RangeError);
  });
});

describe("renderQuarterlyReportPdf", () => {
  it("renders an A4 report with every figure formatted in Indonesian", async () => {
    const bytes = await renderQuarterlyReportPdf(report());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");

    const text = pdfText(bytes);
    for (const expected of [
      "PEMERINTAH KABUPATEN PURWAKARTA",
      "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
      "LAPORAN EVALUASI KINERJA PELAYANAN",
      "Triwulan II Tahun 2026",
      "Sertifikat Standar KBLI 11050 Industri Air Minum dan Air Mineral",
      "seluruh aparat penyelenggara pelayanan",
      "4 (empat) kali dalam 1 (satu) tahun",
      "Indeks Kepuasan Masyarakat (IKM)",
      "Nilai IKM 82,47",
      "B — Baik",
      "Jumlah responden 1.234 orang",
      "U8 Penanganan pengaduan, saran dan masukan 2,98",
      "U4 Biaya/tarif 3,95",
      "terendah adalah U8 Penanganan pengaduan, saran dan masukan (NRR 2,98)",
      "prioritas perbaikan",
      "Kepatuhan jangka waktu (7 hari kerja)",
      "Sertifikat terbit 39",
      "Terbit dalam 7 hari kerja 36",
      "92,3%",
      "Permohonan diajukan 52",
      "Permohonan ditolak 4",
      "Masih dalam proses 9",
      "Pengaduan, saran dan masukan",
      "Diterima, terdiri atas 17",
      "pengaduan 11",
      "saran dan masukan 6",
      "Sudah dijawab 15",
      "Melewati batas waktu jawaban 2",
      "Persyaratan tidak jelas 5",
      "Keterlambatan pelayanan 4",
      "Sikap petugas 2",
      "Internal DPMPTSP 8",
      "Perangkat daerah teknis 2",
      "APIP (Inspektorat) 1",
      "3 Juli 2026 pukul 09.30 WIB",
      "Halaman 1 dari",
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const e of ELEMENTS) {
      expect(text, e.code).toContain(`${e.code} ${e.name}`);
      expect(text, e.code).toContain(formatNumberId(e.nrr, 2));
    }
    expect(text).not.toContain("NaN");
    expect(text).not.toContain("Belum ada responden");

    expect(pdfInfo(bytes)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe("Laporan Evaluasi Kinerja Pelayanan Triwulan II Tahun 2026");
    expect(doc.getAuthor()).toBe("DPMPTSP Kabupaten Purwakarta");
    expect(doc.getSubject()).toContain("KBLI 11050");
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-07-03T02:30:00.000Z");
    const pages = doc.getPageCount();
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    // No clock inside: the same data gives the same bytes.
    expect(Buffer.compare(Buffer.from(await renderQuarterlyReportPdf(report())), Buffer.from(bytes))).toBe(0);
  });

  it("renders an empty quarter without numbers that do not exist", async () => {
    const bytes = await renderQuarterlyReportPdf(empty());
    const text = pdfText(bytes);
    expect(text).toContain("Triwulan I Tahun 2026");
    expect(text).toContain("Belum ada responden pada triwulan ini.");
    expect(text).toContain("Persentase tepat waktu –");
    expect(text).toContain("Sertifikat terbit 0");
    expect(text).toContain("Tidak ada pengaduan pada triwulan ini.");
    expect(text).not.toContain("NaN");
    expect(text).not.toContain("Nilai IKM");
    expect(text).not.toContain("prioritas perbaikan");
    expect(text).not.toContain("%");
    expect(pdfInfo(bytes)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it("shows a dash, not NaN, for a missing figure when there are responses", async () => {
    const data = report();
    const bytes = await renderQuarterlyReportPdf({
      ...data,
      ikm: { ...data.ikm, value: Number.NaN, grade: null, label: null, elements: [{ code: "U1", name: "Persyaratan", nrr: Number.NaN }], lowest: null },
      sla: { issued: 3, withinSla: 0, share: Number.NaN },
    });
    const text = pdfText(bytes);
    expect(text).toContain("Nilai IKM –");
    expect(text).toContain("Mutu pelayanan –");
    expect(text).toContain("U1 Persyaratan –");
    expect(text).toContain("Persentase tepat waktu –");
    expect(text).not.toContain("NaN");
  });

  it("continues long tables on further pages with a running header", async () => {
    const data = report();
    const byProblem = Array.from({ length: 60 }, (_, i) => ({ label: `Jenis masalah nomor ${i + 1}`, count: i + 1 }));
    const bytes = await renderQuarterlyReportPdf({ ...data, complaints: { ...data.complaints, byProblem } });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = doc.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(bytes);
    expect(text).toContain("Laporan evaluasi kinerja pelayanan Triwulan II Tahun 2026 (lanjutan)");
    expect(text).toContain("Jenis masalah nomor 60 60");
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
  });
});
