import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import { nextSequenceValue } from "@/lib/applications/numbering";
import { formatDateWib } from "@/lib/applications/receipt-pdf";
import { getPrisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/site-url";
import { AppError } from "@/lib/errors";
import { fileStorage, sha256Hex } from "@/lib/files/storage";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { jakartaDate } from "@/lib/sla/working-days";
import { classifyComplaint, complaintDueDate, hasIdentity, hasObject } from "./rules";
import type { PublicComplaintData, RecordComplaintData } from "./schemas";

// A complaint comes in: from the public web form, or recorded by the complaints officer for any
// other channel. It gets a ticket number (gap-free per year) and a secret shown once to the
// complainant (kept only as its hash); the rules decide at once whether it is a complaint (due in
// 14 working days) or a suggestion, and say why.

export const MAX_ATTACHMENTS = 3;
/** Carries the new ticket and its secret to /pengaduan/terkirim only (never in an address). */
export const RECEIPT_COOKIE = "tirta_tiket";

export const SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
export const SECRET_LENGTH = 10;

export function newSecret(): string {
  return Array.from({ length: SECRET_LENGTH }, () => SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)]).join("");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret.trim().toUpperCase()).digest("hex");
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export const ticketOf = (year: number, n: number) => `ADU-${year}-${String(n).padStart(6, "0")}`;

export interface Attachment {
  name: string;
  type: string;
  bytes: Uint8Array;
}

type Input = (PublicComplaintData | RecordComplaintData) & { channel: string; receivedAt: Date };

export async function createComplaint({ data, recordedBy, attachments = [] }: { data: Input; recordedBy: Actor | null; attachments?: Attachment[] }) {
  if (data.serviceReceivedOn && data.serviceReceivedOn > jakartaDate(data.receivedAt)) {
    throw new AppError("invalid_input", { serviceReceivedOn: "serviceDateFuture" });
  }
  if (data.receivedAt.getTime() > Date.now() + 60_000) throw new AppError("invalid_input", { receivedAt: "receivedAtFuture" });
  const cal = await loadWorkingCalendar();
  const { kind, reasons } = classifyComplaint({
    receivedAt: data.receivedAt,
    serviceReceivedOn: data.serviceReceivedOn,
    identity: hasIdentity(data),
    object: hasObject(data.description),
  });
  const due = kind === "pengaduan" ? complaintDueDate(data.receivedAt, cal) : null;
  const secret = newSecret();
  const storage = fileStorage();
  // Bytes first, outside the transaction (content-addressed: a failure leaves at most an unused file).
  const stored = await Promise.all(
    attachments.map(async (a) => {
      const sha256 = sha256Hex(a.bytes);
      await storage.put(sha256, a.bytes);
      return { ...a, sha256 };
    }),
  );
  const year = Number(jakartaDate(data.receivedAt).slice(0, 4));
  return getPrisma().$transaction(async (tx) => {
    const ticket = ticketOf(year, await nextSequenceValue(tx, "complaint", year));
    const complaint = await tx.complaint.create({
      data: {
        ticket,
        secretHash: hashSecret(secret),
        channel: data.channel as never,
        receivedAt: data.receivedAt,
        recordedById: recordedBy?.id ?? null,
        name: data.name,
        email: data.email,
        phone: data.phone,
        confidential: data.confidential,
        service: data.service,
        registrationNumber: data.registrationNumber,
        serviceReceivedOn: data.serviceReceivedOn ? new Date(`${data.serviceReceivedOn}T00:00:00Z`) : null,
        problemType: data.problemType,
        description: data.description,
        kind,
        kindReasons: reasons,
        dueDate: due ? new Date(`${due.dueDate}T00:00:00Z`) : null,
        dueProvisional: due?.provisional ?? false,
        events: {
          create: [
            { type: "received", public: true, actorId: recordedBy?.id ?? null, createdAt: data.receivedAt, data: { channel: data.channel } },
            { type: kind === "pengaduan" ? "classified_complaint" : "classified_suggestion", public: true, createdAt: data.receivedAt, data: { reasons, dueDate: due?.dueDate ?? null } },
          ],
        },
      },
      select: { id: true },
    });
    for (const a of stored) {
      const file = await tx.storedFile.create({ data: { sha256: a.sha256, size: a.bytes.byteLength, mimeType: a.type, originalName: a.name, uploadedById: recordedBy?.id ?? null } });
      await tx.complaintAttachment.create({ data: { complaintId: complaint.id, fileId: file.id } });
    }
    await tx.auditEvent.create({
      data: { actorId: recordedBy?.id ?? null, action: "complaint.create", entityType: "Complaint", entityId: complaint.id, data: { ticket, channel: data.channel, kind, reasons } },
    });
    if (data.email) {
      await tx.outboxEmail.create({
        data: {
          to: data.email,
          subject: `[Tirta] ${kind === "pengaduan" ? "Pengaduan" : "Saran/masukan"} Anda diterima: ${ticket}`,
          text: receiptText({ ticket, secret, kind, reasons, dueDate: due?.dueDate ?? null, name: data.name, trackUrl: `${publicBaseUrl()}/pengaduan/lacak` }),
        },
      });
    }
    return { id: complaint.id, ticket, secret, kind, reasons, dueDate: due?.dueDate ?? null };
  });
}

const REASON_TEXT: Record<string, string> = {
  late: "disampaikan lebih dari 30 hari kalender sejak pelayanan diterima",
  no_identity: "tidak disertai identitas pelapor (nama dan kontak)",
  no_object: "tidak menyebutkan objek atau materi yang diadukan",
};

function receiptText(c: { ticket: string; secret: string; kind: string; reasons: string[]; dueDate: string | null; name: string | null; trackUrl: string }): string {
  const lines = [
    `Yth. ${c.name ?? "Bapak/Ibu"},`,
    "",
    `${c.kind === "pengaduan" ? "Pengaduan" : "Saran/masukan"} Anda untuk DPMPTSP Kabupaten Purwakarta telah kami terima.`,
    "",
    `Nomor tiket : ${c.ticket}`,
    `Kode rahasia: ${c.secret}`,
    "",
    "Simpan kode rahasia ini: bersama nomor tiket, kode ini diperlukan untuk mengikuti perkembangan dan membaca jawabannya.",
  ];
  if (c.kind === "pengaduan" && c.dueDate) lines.push(`Kami menjawab paling lambat ${formatDateWib(new Date(`${c.dueDate}T00:00:00Z`))} (14 hari kerja sejak diterima).`);
  if (c.kind === "saran") lines.push(`Disampaikan sebagai saran/masukan karena ${c.reasons.map((r) => REASON_TEXT[r] ?? r).join("; ")}.`);
  lines.push("", `Ikuti perkembangannya di ${c.trackUrl}`, "", "Layanan ini gratis.", "", "DPMPTSP Kabupaten Purwakarta");
  return lines.join("\n");
}
