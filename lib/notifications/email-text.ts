import type { NotificationType } from "./notify";

// The e-mail copy of a notification: plain text, in Indonesian (the recipient's language choice is
// a browser cookie, unknown when the mail is written). Pure functions, no I/O.

export type Audience = "applicant" | "officer";
export type NotificationData = Record<string, string | number | null>;

export interface EmailInput {
  type: NotificationType;
  /** The applicant (a user of the application's company) or an officer. */
  audience: Audience;
  recipientName: string;
  applicationId: string | null;
  data: NotificationData;
  /** The portal's public address, e.g. https://tirta.purwakartakab.go.id (no trailing slash needed). */
  baseUrl: string;
}

export interface EmailText {
  subject: string;
  text: string;
}

const OFFICE = "DPMPTSP Kabupaten Purwakarta";
const SERVICE = "Sertifikat Standar KBLI 11050 (Industri Air Minum dan Air Mineral)";

/** "2026-11-25" → "25 November 2026"; anything else is shown as given. */
export function formatDueDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return text;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return text;
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Where the recipient opens the application: applicants their own page, officers the review page. */
export function applicationPath(audience: Audience, applicationId: string): string {
  const id = encodeURIComponent(applicationId);
  return audience === "applicant" ? `/permohonan/${id}` : `/petugas/berkas/${id}`;
}

function str(data: NotificationData, key: string): string | null {
  const value = data[key];
  if (value === null || value === undefined) return null;
  // One line, no control characters: the value may come from a form.
  const text = String(value)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .trim();
  return text === "" ? null : text;
}

/** Multi-line notes keep their line breaks, indented under their label. */
function block(label: string, value: string | null): string[] {
  if (!value) return [];
  const [first, ...rest] = value.split(/\r?\n/);
  return [`${label}: ${first}`, ...rest.map((line) => `  ${line}`)];
}

interface Parts {
  subject: string;
  what: string[];
  next: string[];
}

type Builder = (reg: string, d: NotificationData, due: string | null) => Parts;

const forApplicant: Record<NotificationType, Builder> = {
  submitted: (reg) => ({
    subject: `Permohonan ${reg} telah diterima`,
    what: [`Permohonan ${SERVICE} Anda telah kami terima dengan nomor registrasi ${reg}.`],
    next: [
      "Petugas front office akan memeriksa kelengkapan dan kebenaran berkas. Kami akan memberi tahu Anda bila berkas perlu diperbaiki atau sudah dinyatakan lengkap dan benar.",
      "Simpan nomor registrasi ini: dengan nomor ini Anda juga dapat melacak status permohonan di portal.",
    ],
  }),
  resubmitted: (reg, _d, due) => ({
    subject: `Perbaikan berkas ${reg} telah diterima`,
    what: [
      `Berkas permohonan ${reg} yang telah Anda perbaiki sudah kami terima kembali.`,
      ...(due ? [`Jangka waktu penyelesaian berjalan kembali; batas waktu penyelesaian: ${due}.`] : []),
    ],
    next: ["Petugas akan memeriksa butir yang Anda perbaiki. Kami akan memberi tahu Anda hasilnya."],
  }),
  returned: (reg, d) => ({
    subject: `Berkas ${reg} perlu diperbaiki`,
    what: [
      `Petugas telah memeriksa berkas permohonan ${reg} dan meminta Anda memperbaiki butir persyaratan yang belum sesuai.`,
      ...block("Catatan petugas", str(d, "note") ?? str(d, "reason")),
    ],
    next: [
      'Buka permohonan melalui tautan di bawah, perbaiki setiap butir yang ditandai "tidak sesuai" sesuai catatan petugas, lalu ajukan kembali.',
      "Bila jangka waktu penyelesaian sudah berjalan, hitungannya berhenti selama berkas menunggu perbaikan dari Anda dan berlanjut setelah berkas diajukan kembali.",
    ],
  }),
  declared_complete: (reg, _d, due) => ({
    subject: `Berkas ${reg} dinyatakan lengkap dan benar`,
    what: [
      `Berkas permohonan ${reg} telah dinyatakan lengkap dan benar. Jangka waktu penyelesaian 7 (tujuh) hari kerja mulai dihitung.`,
      ...(due ? [`Batas waktu penyelesaian: ${due}.`] : []),
    ],
    next: [
      "Anda tidak perlu melakukan apa pun saat ini. Bila diperlukan, tim teknis akan menghubungi Anda untuk verifikasi lapangan. Kami akan memberi tahu Anda keputusan atas permohonan ini.",
    ],
  }),
  assigned_field_verification: (reg, d) => ({
    subject: `Verifikasi lapangan untuk berkas ${reg}`,
    what: [
      `Berkas permohonan ${reg} masuk tahap verifikasi lapangan oleh tim teknis.`,
      ...block("Rencana kunjungan", formatDueDate(str(d, "visitDate"))),
    ],
    next: ["Tim teknis akan menghubungi Anda untuk mengatur kunjungan. Pastikan sarana dan fasilitas produksi dapat diperiksa pada waktu kunjungan."],
  }),
  field_report_filed: (reg) => ({
    subject: `Verifikasi lapangan berkas ${reg} selesai`,
    what: [`Tim teknis telah menyelesaikan verifikasi lapangan untuk berkas ${reg}.`],
    next: ["Berkas diteruskan kepada pejabat penandatangan untuk keputusan. Anda tidak perlu melakukan apa pun saat ini."],
  }),
  approved: (reg) => ({
    subject: `Permohonan ${reg} disetujui`,
    what: [`Permohonan ${SERVICE} dengan nomor registrasi ${reg} telah disetujui.`],
    next: ["Sertifikat Standar sedang ditandatangani secara elektronik. Kami akan memberi tahu Anda bila sertifikat sudah terbit dan dapat diunduh."],
  }),
  rejected: (reg, d) => ({
    subject: `Permohonan ${reg} ditolak`,
    what: [`Permohonan ${SERVICE} dengan nomor registrasi ${reg} ditolak.`, ...block("Alasan", str(d, "reason") ?? str(d, "note"))],
    next: [
      "Baca alasan penolakan pada halaman permohonan. Anda dapat mengajukan permohonan baru setelah persyaratan terpenuhi.",
      "Bila Anda tidak sependapat dengan keputusan ini, sampaikan pengaduan paling lambat 30 hari kalender melalui kanal pengaduan DPMPTSP Kabupaten Purwakarta.",
    ],
  }),
  issued: (reg, d) => ({
    subject: `Sertifikat Standar untuk ${reg} telah terbit`,
    what: [
      `Sertifikat Standar KBLI 11050 untuk permohonan ${reg} telah terbit dan ditandatangani secara elektronik.`,
      ...block("Nomor sertifikat", str(d, "certificateNumber")),
    ],
    next: [
      "Unduh sertifikat pada halaman permohonan. Keaslian sertifikat dapat diperiksa siapa pun melalui kode QR pada sertifikat.",
      "Mohon luangkan waktu mengisi Survei Kepuasan Masyarakat pada halaman permohonan untuk membantu kami memperbaiki layanan.",
    ],
  }),
  certificate_revoked: (reg, d) => ({
    subject: `Sertifikat Standar untuk ${reg} dicabut`,
    what: [
      `Sertifikat Standar untuk permohonan ${reg} dicabut dan sejak saat ini tidak berlaku lagi. Halaman verifikasi publik menampilkan status "dicabut".`,
      ...block("Nomor sertifikat", str(d, "certificateNumber")),
      ...block("Alasan", str(d, "reason")),
    ],
    next: [
      "Bila Anda tidak sependapat dengan pencabutan ini, sampaikan pengaduan paling lambat 30 hari kalender melalui kanal pengaduan DPMPTSP Kabupaten Purwakarta.",
    ],
  }),
  escalated: (reg, _d, due) => ({
    subject: `Penyelesaian berkas ${reg} melewati batas waktu`,
    what: [
      `Penyelesaian berkas permohonan ${reg} melewati batas waktu 7 hari kerja${due ? ` (${due})` : ""} dan telah dilaporkan kepada atasan petugas.`,
    ],
    next: [
      "Anda tidak perlu melakukan apa pun. Bila Anda ingin menyampaikan keluhan, gunakan kanal pengaduan DPMPTSP Kabupaten Purwakarta.",
    ],
  }),
};

const forOfficer: Record<NotificationType, Builder> = {
  submitted: (reg) => ({
    subject: `Berkas baru ${reg} menunggu pemeriksaan`,
    what: [`Permohonan ${reg} telah diajukan oleh pemohon.`],
    next: ["Periksa kelengkapan dan kebenaran setiap butir persyaratan, lalu nyatakan berkas lengkap dan benar atau kembalikan untuk perbaikan."],
  }),
  resubmitted: (reg, _d, due) => ({
    subject: `Berkas ${reg} diajukan kembali setelah perbaikan`,
    what: [`Pemohon telah memperbaiki dan mengajukan kembali berkas ${reg}.`, ...(due ? [`Batas waktu penyelesaian: ${due}.`] : [])],
    next: ["Periksa butir yang diperbaiki."],
  }),
  returned: (reg, d) => ({
    subject: `Berkas ${reg} dikembalikan untuk perbaikan`,
    what: [`Berkas ${reg} dikembalikan kepada pemohon untuk perbaikan.`, ...block("Catatan", str(d, "note") ?? str(d, "reason"))],
    next: ["Tidak ada tindakan sampai pemohon mengajukan kembali berkasnya."],
  }),
  declared_complete: (reg, _d, due) => ({
    subject: `Berkas ${reg} dinyatakan lengkap dan benar`,
    what: [`Berkas ${reg} telah dinyatakan lengkap dan benar; jangka waktu 7 hari kerja berjalan.`, ...(due ? [`Batas waktu penyelesaian: ${due}.`] : [])],
    next: ["Lanjutkan ke tahap berikutnya sebelum batas waktu."],
  }),
  assigned_field_verification: (reg, d, due) => ({
    subject: `Penugasan verifikasi lapangan berkas ${reg}`,
    what: [`Anda ditugaskan melakukan verifikasi lapangan untuk berkas ${reg}.`, ...block("Catatan", str(d, "note"))],
    next: [`Hubungi pemohon, lakukan kunjungan, lalu isi laporan verifikasi lapangan beserta foto${due ? ` sebelum ${due}` : ""}.`],
  }),
  field_report_filed: (reg, d) => ({
    subject: `Laporan verifikasi lapangan berkas ${reg} telah diisi`,
    what: [`Tim teknis telah mengisi laporan verifikasi lapangan untuk berkas ${reg}.`, ...block("Rekomendasi", str(d, "recommendation"))],
    next: ["Tinjau laporan dan ambil keputusan atas permohonan."],
  }),
  approved: (reg) => ({
    subject: `Berkas ${reg} disetujui`,
    what: [`Permohonan ${reg} telah disetujui.`],
    next: ["Sertifikat Standar perlu ditandatangani secara elektronik dan diterbitkan."],
  }),
  rejected: (reg, d) => ({
    subject: `Berkas ${reg} ditolak`,
    what: [`Permohonan ${reg} ditolak.`, ...block("Alasan", str(d, "reason") ?? str(d, "note"))],
    next: ["Tidak ada tindakan lebih lanjut atas berkas ini."],
  }),
  issued: (reg, d) => ({
    subject: `Sertifikat Standar untuk ${reg} telah terbit`,
    what: [`Sertifikat Standar untuk berkas ${reg} telah terbit.`, ...block("Nomor sertifikat", str(d, "certificateNumber"))],
    next: ["Tidak ada tindakan lebih lanjut atas berkas ini."],
  }),
  certificate_revoked: (reg, d) => ({
    subject: `Sertifikat Standar untuk ${reg} dicabut`,
    what: [`Sertifikat Standar untuk berkas ${reg} dicabut.`, ...block("Alasan", str(d, "reason"))],
    next: ["Tidak ada tindakan lebih lanjut atas berkas ini."],
  }),
  escalated: (reg, d, due) => ({
    subject: `Eskalasi: berkas ${reg} melewati batas waktu`,
    what: [
      `Berkas ${reg} melewati batas waktu penyelesaian 7 hari kerja${due ? ` (${due})` : ""}.`,
      ...block("Petugas yang menangani", str(d, "officerName")),
    ],
    next: ["Tindak lanjuti bersama petugas yang menangani berkas; setiap keterlambatan berisiko hukum bagi kantor."],
  }),
};

/** The subject and plain-text body of the e-mail copy of one notification. */
export function buildEmail(input: EmailInput): EmailText {
  const table = input.audience === "applicant" ? forApplicant : forOfficer;
  const reg = str(input.data, "registrationNumber")?.replace(/\s+/g, " ") ?? "(belum bernomor)";
  const due = formatDueDate(str(input.data, "dueDate"));
  const parts = table[input.type](reg, input.data, due);
  const base = input.baseUrl.replace(/\/+$/, "");
  const name = input.recipientName.replace(/[\r\n]+/g, " ").trim();

  const lines = [`Yth. ${name || "Bapak/Ibu"},`, "", ...parts.what, "", "Langkah selanjutnya:", ...parts.next];
  if (input.applicationId) lines.push("", `Buka berkas: ${base}${applicationPath(input.audience, input.applicationId)}`);
  if (input.audience === "applicant") {
    lines.push(
      "",
      `Layanan ini gratis: ${OFFICE} tidak memungut biaya apa pun untuk Sertifikat Standar. Jangan memberikan imbalan kepada siapa pun yang memintanya.`,
    );
  }
  lines.push(
    "",
    "Salam,",
    OFFICE,
    `Portal Tirta · ${base}`,
    "",
    "E-mail ini dikirim otomatis; mohon tidak membalasnya. Semua notifikasi juga ada di halaman Notifikasi setelah Anda masuk.",
  );
  // The subject is one header line, whatever the data held.
  return { subject: `[Tirta] ${parts.subject}`.replace(/\s+/g, " ").trim(), text: lines.join("\n") + "\n" };
}
