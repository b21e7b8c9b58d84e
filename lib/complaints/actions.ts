"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { finishFormPost } from "@/lib/form-post";
import { createComplaint } from "./create";
import { answerComplaint, classifyComplaintAction, decideApip, reportToSuperior, reviewComplaint, routeComplaint } from "./handle";
import { trackComplaint } from "./read";
import { answerInput, apipDecisionInput, classifyInput, recordComplaintSchema, reportInput, reviewInput, routeInput, trackInput } from "./schemas";
import { can } from "@/lib/auth/policy";

// The complaint forms' server actions. The officers' forms are plain posts answered with a
// redirect back to the complaint (they work without JavaScript); tracking returns the public view.

async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("unauthenticated");
  return a;
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

function pageOf(form: FormData): string {
  const id = str(form, "complaintId") ?? "";
  return /^[a-z0-9]{1,64}$/.test(id) ? `/pengaduan/kelola/${id}` : "/pengaduan/kelola";
}

function finish(form: FormData, result: Awaited<ReturnType<typeof runAction>>, done: string): Promise<never> {
  return finishFormPost(pageOf(form), "/pengaduan/kelola", result, done, "#hasil");
}

const base = (form: FormData) => ({ complaintId: str(form, "complaintId"), version: str(form, "version") });

export async function classifyAction(form: FormData) {
  const input = { ...base(form), sector: str(form, "sector") ?? "", problemType: str(form, "problemType"), reportedUserId: str(form, "reportedUserId") ?? "" };
  await finish(form, await runAction("complaints", classifyInput, input, async (data) => classifyComplaintAction({ actor: await actor(), data })), "dicatat");
}

export async function reviewAction(form: FormData) {
  const fields = ["coreProblem", "standardLink", "priorDocuments", "handlingPlan", "actionsTaken"] as const;
  const input = { ...base(form), ...Object.fromEntries(fields.map((f) => [f, str(form, f) ?? ""])) };
  await finish(form, await runAction("complaints", reviewInput, input, async (data) => reviewComplaint({ actor: await actor(), data })), "ditelaah");
}

export async function routeAction(form: FormData) {
  const input = { ...base(form), track: str(form, "track"), agency: str(form, "agency") };
  const result = await runAction("complaints", routeInput, input, async (data) => routeComplaint({ actor: await actor(), data }));
  await finish(form, result, str(form, "track") === "apip" ? "diusulkan" : "dirutekan");
}

export async function apipDecisionAction(form: FormData) {
  const input = { ...base(form), decision: str(form, "decision"), note: str(form, "note") ?? "" };
  const result = await runAction("complaints", apipDecisionInput, input, async (data) => decideApip({ actor: await actor(), data }));
  await finish(form, result, str(form, "decision") === "approve" ? "disetujui" : "ditolak");
}

export async function reportAction(form: FormData) {
  const input = { complaintId: str(form, "complaintId"), level: str(form, "level"), report: str(form, "report") ?? "" };
  await finish(form, await runAction("complaints", reportInput, input, async (data) => reportToSuperior({ actor: await actor(), data })), "dilaporkan");
}

export async function answerAction(form: FormData) {
  const input = { ...base(form), answer: str(form, "answer") ?? "" };
  await finish(form, await runAction("complaints", answerInput, input, async (data) => answerComplaint({ actor: await actor(), data })), "dijawab");
}

export type RecordState = { ok: true; ticket: string; secret: string; id: string } | { ok: false; error: string; field?: string } | null;

/** The complaints officer records one received through another channel; shows ticket + secret once. */
export async function recordAction(_prev: RecordState, form: FormData): Promise<RecordState> {
  const input = Object.fromEntries(
    ["anonymous", "name", "email", "phone", "confidential", "service", "registrationNumber", "serviceReceivedOn", "problemType", "description", "channel", "receivedAt"].map((k) => [k, str(form, k)]),
  );
  const result = await runAction("complaints", recordComplaintSchema, { ...input, description: input.description ?? "" }, async (data) => {
    const a = await actor();
    if (!can(a, "complaint.record")) throw new AppError("forbidden");
    return createComplaint({ data, recordedBy: a });
  });
  if (result.ok) {
    revalidatePath("/pengaduan/kelola");
    return { ok: true, ticket: result.data.ticket, secret: result.data.secret, id: result.data.id };
  }
  const entry = result.error.fieldErrors ? Object.entries(result.error.fieldErrors)[0] : undefined;
  return { ok: false, error: entry?.[1] ?? result.error.code, ...(entry ? { field: entry[0] } : {}) };
}

export type TrackState =
  | { ok: true; view: NonNullable<Awaited<ReturnType<typeof trackComplaint>>> }
  | { ok: false; error: string; field?: string; ticket?: string }
  | null;

/** The public view of a complaint for its ticket and secret. */
export async function trackAction(_prev: TrackState, form: FormData): Promise<TrackState> {
  const parsed = trackInput.safeParse({ ticket: str(form, "ticket") ?? "", secret: str(form, "secret") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issue.message, field: String(issue.path[0]), ticket: str(form, "ticket")?.slice(0, 40) };
  }
  const view = await trackComplaint(parsed.data.ticket, parsed.data.secret);
  return view ? { ok: true, view } : { ok: false, error: "notFoundTicket", ticket: parsed.data.ticket };
}
