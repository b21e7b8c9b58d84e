import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { formatWib, groupNpwp, renderReceiptPdf, type ReceiptData, type ReceiptItem } from "@/lib/applications/receipt-pdf";

// pdf-lib compresses page content, so the text is read back with poppler's pdftotext.
const dir = mkdtempSync(path.join(tmpdir(), "tirta-receipt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function pdfText(bytes: Uint8Array, pages?: { first: number; last: number }): string {
  const file = path.join(dir, `receipt-${++counter}.pdf`);
  writeFileSync(file, bytes);
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", ...range, file, "-"], { encoding: "utf8" });
  return text.replace(/\s+/g, " ");
}

const ITEMS: ReceiptItem[] = [
  { code: "A1", title: "Skala usaha kecil atau menengah", evidenceCount: 0, evidenceRequired: false },
  { code: "A2", title: "Akun Sistem Informasi Industri Nasional (SIINas)", evidenceCount: 1, evidenceRequired: true },
  { code: "A3", title: "Penyampaian data industri melalui SIINas", evidenceCount: 2, evidenceRequired: true },
  { code: "A4", title: "Lokasi usaha", evidenceCount: 3, evidenceRequired: true },
  { code: "A5", title: "Pernyataan perizinan berusaha untuk menunjang kegiatan usaha", evidenceCount: 0, evidenceRequired: false },
  { code: "B1", title: "Sarana dan fasilitas produksi", evidenceCount: 4, evidenceRequired: true },
  { code: "B2", title: "Struktur organisasi SDM", evidenceCount: 1, evidenceRequired: true },
  { code: "B3", title: "Pelayanan minimal kepada konsumen", evidenceCount: 1, evidenceRequired: true },
  { code: "B4", title: "Sistem manajemen usaha perusahaan", evidenceCount: 2, evidenceRequired: true },
];

function receipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    registrationNumber: "SS-11050-2026-000123",
    submittedAt: new Date("2026-11-25T07:05:00Z"),
    companyName: "PT Tirta Jernih Purwakarta",
    nib: "9120301234567",
    npwp: "0123456789012345",
    applicantName: "Siti Rahmawati",
    serviceTitle: "Sertifikat Standar KBLI 11050 — Industri Air Minum dan Air Mineral",
    riskLevel: "Menengah Tinggi",
    items: ITEMS,
    slaWorkingDays: 7,
    trackingUrl: "https://tirta.example.go.id/lacak",
    ...overrides,
  };
}

describe("formatWib and groupNpwp", () => {
  it("shows the time in WIB (UTC+7), across the date line", () => {
    expect(formatWib(new Date("2026-11-25T07:05:00Z"))).toBe("25 November 2026 pukul 14.05 WIB");
    expect(formatWib(new Date("2026-12-31T17:00:00Z"))).toBe("1 Januari 2027 pukul 00.00 WIB");
    expect(formatWib(new Date("2026-03-01T16:59:00Z"))).toBe("1 Maret 2026 pukul 23.59 WIB");
  });

  it("groups a 16-digit NPWP 4-4-4-4 and leaves anything else as it is", () => {
    expect(groupNpwp("0123456789012345")).toBe("0123 4567 8901 2345");
    expect(groupNpwp("123456789012345")).toBe("123456789012345");
  });
});

describe("renderReceiptPdf", () => {
  it("renders an A4 receipt in Indonesian with the number, the company, the grouped NPWP, the cost and the clock rule", async () => {
    const bytes = await renderReceiptPdf(receipt());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");

    const text = pdfText(bytes);
    for (const expected of [
      "PEMERINTAH KABUPATEN PURWAKARTA",
      "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
      "TANDA TERIMA PERMOHONAN",
      "SS-11050-2026-000123",
      "25 November 2026 pukul 14.05 WIB",
      "PT Tirta Jernih Purwakarta",
      "9120301234567",
      "0123 4567 8901 2345",
      "Siti Rahmawati",
      "Sertifikat Standar KBLI 11050 — Industri Air Minum dan Air Mineral",
      "Menengah Tinggi",
      "Gratis",
      "7 hari kerja",
      "lengkap dan benar, bukan sejak tanggal pengajuan",
      "https://tirta.example.go.id/lacak",
      "Sarana dan fasilitas produksi",
      "4 berkas",
      "tidak diperlukan",
      "Halaman 1 dari 1",
    ]) {
      expect(text, expected).toContain(expected);
    }

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe("Tanda Terima Permohonan SS-11050-2026-000123");
    expect(doc.getAuthor()).toBe("DPMPTSP Kabupaten Purwakarta");
    expect(doc.getSubject()).toContain("KBLI 11050");
    // No clock inside: the same data gives the same bytes.
    expect(Buffer.compare(Buffer.from(await renderReceiptPdf(receipt())), Buffer.from(bytes))).toBe(0);
  });

  it("continues a long list of items on further pages", async () => {
    const items = Array.from({ length: 70 }, (_, i) => ({
      code: `X${i + 1}`,
      title: `Persyaratan tambahan nomor ${i + 1} dengan uraian yang cukup panjang sehingga terbungkus ke baris berikutnya`,
      evidenceCount: i % 4,
    }));
    const bytes = await renderReceiptPdf(receipt({ items }));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = doc.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(bytes, { first: 1, last: 1 })).toContain(`Halaman 1 dari ${pages}`);
    const last = pdfText(bytes, { first: pages, last: pages });
    expect(last).toContain(`Halaman ${pages} dari ${pages}`);
    expect(last).toContain("7 hari kerja");
    // Every item is there once, the last one after the first page.
    const all = pdfText(bytes);
    expect(all).toContain("X1 ");
    expect(all).toContain("X70 ");
    expect(pdfText(bytes, { first: 1, last: 1 })).not.toContain("X70 ");
  });

  it("keeps going with text the standard fonts cannot show and words longer than a line", async () => {
    const bytes = await renderReceiptPdf(
      receipt({
        companyName: "PT Łódź Ñandú 水 💧 Sejahtera",
        applicantName: "Nguyễn Thị Hằng",
        npwp: null,
        items: [{ code: "A1", title: "x".repeat(400), evidenceCount: 1 }],
      }),
    );
    const text = pdfText(bytes);
    expect(text).toContain("PT Lódz Ñandú");
    expect(text).toContain("Sejahtera");
    expect(text).toContain("Nguyen Thi Hang");
    expect(text).toContain("x".repeat(40));
  });
});
