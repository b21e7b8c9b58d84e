import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { runAction } from "@/lib/actions";

// Where an officer's plain form post lands: back on its page with the outcome (`?hasil=`) or the
// error code (`?galat=`, with the current status or a count when the message needs one); to
// sign-in when the session ended; to `listPage` when the item is not (or no longer) readable.
export async function finishFormPost(
  page: string,
  listPage: string,
  result: Awaited<ReturnType<typeof runAction>>,
  done: string,
  fragment = "",
): Promise<never> {
  if (result.ok) {
    revalidatePath(page);
    redirect(`${page}?hasil=${done}${fragment}`);
  }
  if (result.error.code === "unauthenticated") redirect(`/masuk?callbackUrl=${encodeURIComponent(page)}`);
  if (result.error.code === "not_found") redirect(listPage);
  const field = result.error.fieldErrors ? Object.values(result.error.fieldErrors)[0] : undefined;
  const status = typeof result.error.details?.status === "string" ? `&status=${result.error.details.status}` : "";
  const count = typeof result.error.details?.count === "number" ? `&jumlah=${result.error.details.count}` : "";
  redirect(`${page}?galat=${encodeURIComponent(field ?? result.error.code)}${status}${count}${fragment}`);
}
