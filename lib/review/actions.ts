"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { decide } from "./decide";
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

function pageOf(form: FormData): string {
  const id = String(form.get("applicationId") ?? "");
  return /^[a-z0-9]{1,64}$/.test(id) ? `/petugas/berkas/${id}` : "/petugas";
}

async function finish(form: FormData, result: Awaited<ReturnType<typeof runAction>>, done: string): Promise<never> {
  const page = pageOf(form);
  if (result.ok) {
    revalidatePath(page);
    redirect(`${page}?hasil=${done}`);
  }
  if (result.error.code === "unauthenticated") redirect(`/masuk?callbackUrl=${encodeURIComponent(page)}`);
  if (result.error.code === "not_found") redirect("/petugas");
  const field = result.error.fieldErrors ? Object.values(result.error.fieldErrors)[0] : undefined;
  const status = typeof result.error.details?.status === "string" ? `&status=${result.error.details.status}` : "";
  const count = typeof result.error.details?.count === "number" ? `&jumlah=${result.error.details.count}` : "";
  redirect(`${page}?galat=${encodeURIComponent(field ?? result.error.code)}${status}${count}`);
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
