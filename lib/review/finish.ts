import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { runAction } from "@/lib/actions";

// Where the officers' plain form posts land: back on the review page with the outcome
// (`?hasil=`) or the error code (`?galat=`, with the current status or a count when the message
// needs one).

export function pageOf(form: FormData): string {
  const id = String(form.get("applicationId") ?? "");
  return /^[a-z0-9]{1,64}$/.test(id) ? `/petugas/berkas/${id}` : "/petugas";
}

export async function finish(form: FormData, result: Awaited<ReturnType<typeof runAction>>, done: string): Promise<never> {
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

