"use server";

import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { decide } from "./decide";
import { finish } from "./finish";
import { assignFieldVerification, skipFieldVerification } from "./field-verification";
import { recordReview } from "./record-review";
import { assignInput, decisionInput, reviewFromForm, reviewInput, skipInput } from "./schemas";

// The officers' forms are plain form posts (they work without JavaScript): each action answers
// with a redirect back to the review page, carrying the outcome or the error code.

async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("unauthenticated");
  return a;
}

export async function reviewAction(form: FormData): Promise<void> {
  const result = await runAction("review", reviewInput, reviewFromForm(form), async (data) => recordReview({ actor: await actor(), data }));
  const action = String(form.get("action") ?? "save");
  await finish(form, result, action === "return" ? "dikembalikan" : action === "complete" ? "lengkap" : "tersimpan");
}

export async function assignAction(form: FormData): Promise<void> {
  const input = { applicationId: form.get("applicationId"), version: form.get("version"), technicalId: form.get("technicalId") };
  const result = await runAction("review", assignInput, input, async (data) => assignFieldVerification({ actor: await actor(), data }));
  await finish(form, result, "ditugaskan");
}

export async function skipAction(form: FormData): Promise<void> {
  const input = { applicationId: form.get("applicationId"), version: form.get("version"), reason: form.get("reason") ?? "" };
  const result = await runAction("review", skipInput, input, async (data) => skipFieldVerification({ actor: await actor(), data }));
  await finish(form, result, "dilewati");
}

export async function decideAction(form: FormData): Promise<void> {
  const input = { applicationId: form.get("applicationId"), version: form.get("version"), decision: form.get("decision"), reason: form.get("reason") ?? "" };
  const result = await runAction("review", decisionInput, input, async (data) => decide({ actor: await actor(), data }));
  await finish(form, result, form.get("decision") === "reject" ? "ditolak" : "disetujui");
}
