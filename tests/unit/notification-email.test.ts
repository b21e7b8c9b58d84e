import { describe, expect, it } from "vitest";
import { applicationPath, buildEmail, formatDueDate, type Audience, type EmailInput } from "@/lib/notifications/email-text";
import type { NotificationType } from "@/lib/notifications/notify";
import en from "@/messages/en";
import id from "@/messages/id";

const TYPES: NotificationType[] = [
  "submitted",
  "resubmitted",
  "returned",
  "declared_complete",
  "assigned_field_verification",
  "field_report_filed",
  "approved",
  "rejected",
  "issued",
  "certificate_revoked",
  "escalated",
];
const REG = "SS-11050-2026-000123";

function mail(over: Partial<EmailInput> = {}) {
  return buildEmail({
    type: "submitted",
    audience: "applicant",
    recipientName: "Siti Rahma",
    applicationId: "app123",
    data: { registrationNumber: REG },
    baseUrl: "https://tirta.purwakartakab.go.id/",
    ...over,
  });
}

describe("formatDueDate", () => {
  it("writes a calendar date the Indonesian way", () => {
    expect(formatDueDate("2026-11-25")).toBe("25 November 2026");
    expect(formatDueDate("2026-01-02")).toBe("2 Januari 2026");
    expect(formatDueDate("2026-08-17")).toBe("17 Agustus 2026");
  });
  it("shows anything else as given and nothing for nothing", () => {
    expect(formatDueDate("2026-02-30")).toBe("2026-02-30");
    expect(formatDueDate("besok")).toBe("besok");
    expect(formatDueDate(null)).toBeNull();
    expect(formatDueDate("")).toBeNull();
  });
});

describe("buildEmail", () => {
  it("tells an applicant that the application was received, with its number, the next step, the fee and the link", () => {
    const { subject, text } = mail();
    expect(subject).toBe(`[Tirta] Permohonan ${REG} telah diterima`);
    expect(text).toMatch(/^Yth\. Siti Rahma,\n/);
    expect(text).toContain(`nomor registrasi ${REG}`);
    expect(text).toContain("Langkah selanjutnya:");
    expect(text).toContain("memeriksa kelengkapan");
    expect(text).toContain("gratis");
    expect(text).toContain("tidak memungut biaya");
    expect(text).toContain("Buka berkas: https://tirta.purwakartakab.go.id/permohonan/app123\n");
    expect(text).not.toContain("//permohonan");
  });

  it("gives the due date, formatted, when the file is declared complete", () => {
    const { subject, text } = mail({ type: "declared_complete", data: { registrationNumber: REG, dueDate: "2026-11-25" } });
    expect(subject).toContain("lengkap dan benar");
    expect(text).toContain("Batas waktu penyelesaian: 25 November 2026.");
    expect(text).toContain("7 (tujuh) hari kerja");
    expect(text).not.toContain("2026-11-25");
  });

  it("gives the moved due date when a corrected file comes back while the clock runs", () => {
    expect(mail({ type: "resubmitted", data: { registrationNumber: REG, dueDate: "2026-12-03" } }).text).toContain("batas waktu penyelesaian: 3 Desember 2026.");
    expect(mail({ type: "resubmitted", data: { registrationNumber: REG, dueDate: null } }).text).not.toContain("batas waktu");
  });

  it("carries the officer's note on a return and the reason on a rejection, keeping line breaks", () => {
    const returned = mail({ type: "returned", data: { registrationNumber: REG, note: "B1: foto mesin kurang jelas\nA3: unggah bukti terbaru" } });
    expect(returned.subject).toBe(`[Tirta] Berkas ${REG} perlu diperbaiki`);
    expect(returned.text).toContain("Catatan petugas: B1: foto mesin kurang jelas\n  A3: unggah bukti terbaru");
    expect(returned.text).toContain("ajukan kembali");
    const rejected = mail({ type: "rejected", data: { registrationNumber: REG, reason: "Lokasi di luar kawasan peruntukan industri." } });
    expect(rejected.subject).toBe(`[Tirta] Permohonan ${REG} ditolak`);
    expect(rejected.text).toContain("Alasan: Lokasi di luar kawasan peruntukan industri.");
    expect(rejected.text).toContain("pengaduan");
  });

  it("names the certificate when it is issued", () => {
    const { subject, text } = mail({ type: "issued", data: { registrationNumber: REG, certificateNumber: "503/SS-11050/2026/0001" } });
    expect(subject).toContain("telah terbit");
    expect(text).toContain("Nomor sertifikat: 503/SS-11050/2026/0001");
    expect(text).toContain("Unduh sertifikat");
  });

  it("sends officers to the review page, without the applicant's fee notice", () => {
    const { subject, text } = mail({ audience: "officer", type: "escalated", data: { registrationNumber: REG, dueDate: "2026-12-01" } });
    expect(subject).toBe(`[Tirta] Eskalasi: berkas ${REG} melewati batas waktu`);
    expect(text).toContain("(1 Desember 2026)");
    expect(text).toContain("Buka berkas: https://tirta.purwakartakab.go.id/petugas/berkas/app123");
    expect(text).not.toContain("tidak memungut biaya");
  });

  it("writes a subject, a greeting, a next step and the link for every type and audience", () => {
    for (const audience of ["applicant", "officer"] as Audience[]) {
      for (const type of TYPES) {
        const { subject, text } = mail({ type, audience });
        expect(subject, `${audience}/${type}`).toMatch(/^\[Tirta\] \S/);
        expect(subject).toContain(REG);
        // One header line, ASCII only: no encoded words needed.
        expect(subject).toMatch(/^[\x20-\x7e]+$/);
        expect(text).toContain("Langkah selanjutnya:\n");
        expect(text).toContain(applicationPath(audience, "app123"));
        expect(text).toContain("DPMPTSP Kabupaten Purwakarta");
      }
    }
  });

  it("survives missing data and hostile values", () => {
    const { subject, text } = mail({ data: { registrationNumber: null }, recipientName: "  \r\n" });
    expect(subject).toContain("(belum bernomor)");
    expect(text).toMatch(/^Yth\. Bapak\/Ibu,/);
    const hostile = mail({ type: "returned", data: { registrationNumber: "X\r\nBcc: a@b.c", note: "\u0000ok\u0007" } });
    expect(hostile.subject).not.toMatch(/[\r\n]/);
    expect(hostile.text).toContain("Catatan petugas: ok\n");
    const noLink = mail({ applicationId: null });
    expect(noLink.text).not.toContain("Buka berkas:");
  });
});

describe("notification texts", () => {
  for (const [locale, messages] of [
    ["id", id],
    ["en", en],
  ] as const) {
    it(`has a title and a body for every type and audience in ${locale}`, () => {
      const n = messages.notifications as unknown as Record<string, Record<string, { title: string; body: string }>>;
      for (const audience of ["applicant", "officer"]) {
        expect(Object.keys(n[audience]!).sort()).toEqual([...TYPES].sort());
        for (const type of TYPES) {
          expect(n[audience]![type]!.title).toContain("{registrationNumber}");
          expect(n[audience]![type]!.body.trim()).not.toBe("");
        }
      }
    });
  }
});
