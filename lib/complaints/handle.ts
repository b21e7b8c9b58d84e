import "server-only";
import type { z } from "zod";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { publicBaseUrl } from "@/lib/site-url";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mayHandle, readableComplaints } from "./access";
import type { answerInput, apipDecisionInput, classifyInput, reportInput, reviewInput, routeInput } from "./schemas";

// The handling of a complaint as the standard orders it: classification, the review (telaah)
// steps, routing to one of the three tracks (APIP only once the Kepala DPMPTSP approves), written
// reports up the ladder, and the answer, written once, told to the complainant and reported to
// the direct superior. Every step is checked against the complaint's version (two officers at
// once: one succeeds, the other is told) and written with its event and audit in one transaction.

type Tx = Prisma.TransactionClient;

const SELECT = { id: true, ticket: true, status: true, version: true, track: true, apipApprovedAt: true, email: true, name: true, kind: true, reportedUserId: true } as const;

async function load(tx: Tx, actor: Actor, complaintId: string) {
  const where = readableComplaints(actor);
  const c = where ? await tx.complaint.findFirst({ where: { AND: [where, { id: complaintId }] }, select: SELECT }) : null;
  if (!c) throw new AppError("not_found");
  return c;
}

async function bump(tx: Tx, c: { id: string; version: number; status: string }, version: number, data: Prisma.ComplaintUpdateManyMutationInput) {
  const changed = await tx.complaint.updateMany({ where: { id: c.id, version }, data: { ...data, version: { increment: 1 } } });
  if (changed.count === 0 || c.version !== version) throw new AppError("conflict", undefined, { status: c.status });
}

async function record(tx: Tx, actor: Actor, complaintId: string, type: string, opts: { public?: boolean; note?: string | null; data?: Prisma.InputJsonValue; now: Date }) {
  await tx.complaintEvent.create({
    data: { complaintId, type, public: opts.public ?? false, actorId: actor.id, note: opts.note ?? null, createdAt: opts.now, ...(opts.data !== undefined ? { data: opts.data } : {}) },
  });
  await tx.auditEvent.create({
    data: { actorId: actor.id, action: `complaint.${type}`, entityType: "Complaint", entityId: complaintId, occurredAt: opts.now, data: opts.data ?? {} },
  });
}

function handler(actor: Actor, c: { track: string | null; apipApprovedAt: Date | null; status: string; reportedUserId: string | null }) {
  if (!mayHandle(actor, c)) throw new AppError(c.status === "selesai" ? "already_answered" : c.status === "menunggu_persetujuan" ? "awaiting_approval" : "forbidden");
}

export async function classifyComplaintAction({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof classifyInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    handler(actor, c);
    if (data.reportedUserId) {
      const staff = await tx.user.findFirst({ where: { id: data.reportedUserId, roles: { some: { role: { not: "pemohon" } } } }, select: { id: true } });
      if (!staff) throw new AppError("invalid_input", { reportedUserId: "invalid" });
    }
    await bump(tx, c, data.version, { sector: data.sector, problemType: data.problemType as never, reportedUserId: data.reportedUserId });
    await record(tx, actor, c.id, "classified", { data: { sector: data.sector, problemType: data.problemType, reportedUserId: data.reportedUserId }, now });
  });
}

export async function reviewComplaint({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof reviewInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    handler(actor, c);
    const { coreProblem, standardLink, priorDocuments, handlingPlan, actionsTaken } = data;
    await bump(tx, c, data.version, {
      coreProblem,
      standardLink: standardLink || null,
      priorDocuments: priorDocuments || null,
      handlingPlan: handlingPlan || null,
      actionsTaken: actionsTaken || null,
      ...(c.status === "diterima" ? { status: "ditelaah" } : {}),
    });
    await record(tx, actor, c.id, "reviewed", { public: c.status === "diterima", now });
  });
}

export async function routeComplaint({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof routeInput>; now?: Date }) {
  if (!can(actor, "complaint.handle")) throw new AppError("forbidden");
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    handler(actor, c);
    if (c.track === "apip" && c.apipApprovedAt) throw new AppError("already_routed");
    const apip = data.track === "apip";
    await bump(tx, c, data.version, {
      track: data.track as never,
      agency: data.track === "teknis" ? data.agency : null,
      status: apip ? "menunggu_persetujuan" : "ditindaklanjuti",
      apipRequestedAt: apip ? now : null,
      apipApprovedAt: null,
      apipApprovedById: null,
    });
    await record(tx, actor, c.id, apip ? "apip_requested" : "routed", { public: !apip, data: { track: data.track, agency: data.agency ?? null }, now });
  });
}

/** The Kepala DPMPTSP approves involving APIP, or refuses with a note (the file goes back to review). */
export async function decideApip({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof apipDecisionInput>; now?: Date }) {
  if (!can(actor, "complaint.approveApip")) throw new AppError("forbidden");
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    if (c.status !== "menunggu_persetujuan") throw new AppError("not_awaiting_approval", undefined, { status: c.status });
    const approve = data.decision === "approve";
    await bump(
      tx,
      c,
      data.version,
      approve ? { status: "ditindaklanjuti", apipApprovedAt: now, apipApprovedById: actor.id } : { status: "ditelaah", track: null, apipRequestedAt: null },
    );
    await record(tx, actor, c.id, approve ? "apip_approved" : "apip_refused", { public: approve, note: data.note || null, data: { track: "apip" }, now });
  });
}

/** A written report of the handling to the superior at one level of the ladder. */
export async function reportToSuperior({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof reportInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    handler(actor, c);
    await record(tx, actor, c.id, "reported", { note: data.report, data: { level: data.level }, now });
  });
}

/** The result, written once: the complaint closes, the complainant is told, the superior gets the report. */
export async function answerComplaint({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof answerInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const c = await load(tx, actor, data.complaintId);
    handler(actor, c);
    await bump(tx, c, data.version, { status: "selesai", answer: data.answer, answeredAt: now, answeredById: actor.id });
    await record(tx, actor, c.id, "answered", { public: true, now });
    const me = await tx.user.findUnique({ where: { id: actor.id }, select: { supervisor: { select: { id: true, name: true } } } });
    await record(tx, actor, c.id, "reported", {
      note: data.answer,
      data: { level: "atasan_langsung", to: me?.supervisor?.name ?? null, toId: me?.supervisor?.id ?? null, automatic: true },
      now,
    });
    if (c.email) {
      await tx.outboxEmail.create({
        data: {
          to: c.email,
          subject: `[Tirta] Jawaban atas ${c.kind === "pengaduan" ? "pengaduan" : "saran/masukan"} ${c.ticket}`,
          text: [
            `Yth. ${c.name ?? "Bapak/Ibu"},`,
            "",
            `Berikut jawaban DPMPTSP Kabupaten Purwakarta atas ${c.kind === "pengaduan" ? "pengaduan" : "saran/masukan"} Anda dengan nomor tiket ${c.ticket}:`,
            "",
            data.answer,
            "",
            `Jawaban ini juga dapat dibaca di ${publicBaseUrl()}/pengaduan/lacak dengan nomor tiket dan kode rahasia Anda.`,
            "",
            "DPMPTSP Kabupaten Purwakarta",
          ].join("\n"),
        },
      });
    }
  });
}
