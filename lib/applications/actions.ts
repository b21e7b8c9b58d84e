"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError, type ActionResult } from "@/lib/errors";
import { getPrisma } from "@/lib/db";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { editableApplications, oneApplication } from "./access";
import { valueFromFormData } from "./answers";
import { createApplication } from "./create-application";
import { saveAnswer } from "./save-answer";
import { applicationRefInput, saveAnswerInput } from "./schemas";
import { submitApplication } from "./submit-application";

async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("unauthenticated");
  return a;
}

/** Autosave: one item's value as typed so far. */
export async function saveAnswerAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  return runAction("application", saveAnswerInput, input, async (d) => {
    const result = await saveAnswer({ actor: await actor(), applicationId: d.applicationId, itemCode: d.itemCode, value: d.value });
    return { savedAt: result.savedAt };
  });
}

/** "Simpan dan kembali" as a plain form post (also without JavaScript). */
export async function saveAnswerFormAction(form: FormData): Promise<void> {
  const applicationId = String(form.get("applicationId") ?? "");
  const itemCode = String(form.get("itemCode") ?? "");
  const a = await getActor();
  if (!a) redirect("/masuk");
  let value: Record<string, unknown> = {};
  try {
    const app = await getPrisma().application.findFirst({
      where: oneApplication(editableApplications(a), applicationId),
      select: { service: { select: { code: true } } },
    });
    const item = app && (await getServiceDefinition(app.service.code)).items.find((i) => i.code === itemCode);
    if (item) value = valueFromFormData(item.fields, form);
  } catch {
    // fall through: saveAnswer answers not_found
  }
  const result = await runAction("application", saveAnswerInput, { applicationId, itemCode, value }, (d) =>
    saveAnswer({ actor: a, applicationId: d.applicationId, itemCode: d.itemCode, value: d.value }),
  );
  if (!result.ok) {
    if (result.error.code === "not_found") redirect("/permohonan");
    redirect(`/permohonan/${encodeURIComponent(applicationId)}/butir/${encodeURIComponent(itemCode)}?galat=${encodeURIComponent(result.error.code)}`);
  }
  revalidatePath(`/permohonan/${applicationId}`);
  redirect(`/permohonan/${encodeURIComponent(applicationId)}`);
}

/** "Buat permohonan": starts one, or resumes the company's draft. */
export async function createApplicationAction(): Promise<void> {
  const a = await getActor();
  if (!a) redirect("/masuk?callbackUrl=%2Fpermohonan");
  const result = await runAction("application", applicationRefInput.partial(), {}, () => createApplication({ actor: a }));
  if (!result.ok) redirect(`/permohonan?galat=${encodeURIComponent(result.error.code)}`);
  redirect(`/permohonan/${result.data.id}`);
}

export async function submitApplicationAction(
  _prev: ActionResult<{ registrationNumber: string }> | null,
  form: FormData,
): Promise<ActionResult<{ registrationNumber: string }>> {
  const result = await runAction("application", applicationRefInput, { applicationId: form.get("applicationId") }, async (d) =>
    submitApplication({ actor: await actor(), applicationId: d.applicationId }),
  );
  if (result.ok) {
    revalidatePath("/permohonan");
    redirect(`/permohonan/${encodeURIComponent(String(form.get("applicationId")))}/terkirim`);
  }
  return result;
}
