"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { submitSurvey } from "./respond";
import { surveyInput } from "./schemas";

// The survey form is a plain post (it works without JavaScript), answered with a redirect back to
// the survey page carrying the outcome or the first error.
export async function surveyAction(form: FormData): Promise<void> {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const keys = ["applicationId", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "gender", "ageBand", "education", "occupation"];
  const input = { ...Object.fromEntries(keys.map((k) => [k, get(k)])), suggestion: get("suggestion") ?? "" };
  const id = /^[a-z0-9]{1,64}$/.test(get("applicationId") ?? "") ? get("applicationId")! : "";
  const result = await runAction("survey", surveyInput, input, async (data) => {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated");
    return submitSurvey({ actor, data });
  });
  const page = `/permohonan/${id}/survei`;
  if (result.ok) {
    revalidatePath(page);
    redirect(`${page}?hasil=terkirim`);
  }
  if (result.error.code === "unauthenticated") redirect(`/masuk?callbackUrl=${encodeURIComponent(page)}`);
  const fields = result.error.fieldErrors ? Object.keys(result.error.fieldErrors).filter((k) => /^u[1-9]$/.test(k)) : [];
  const code = result.error.fieldErrors ? (Object.values(result.error.fieldErrors)[0] ?? "invalid") : result.error.code;
  redirect(`${page}?galat=${encodeURIComponent(code)}${fields.length ? `&belum=${fields.join(",")}` : ""}`);
}
