import "server-only";
import type { runAction } from "@/lib/actions";
import { finishFormPost } from "@/lib/form-post";

// The review page's form posts land back on the review page (see lib/form-post.ts).

export function pageOf(form: FormData): string {
  const id = String(form.get("applicationId") ?? "");
  return /^[a-z0-9]{1,64}$/.test(id) ? `/petugas/berkas/${id}` : "/petugas";
}

export function finish(form: FormData, result: Awaited<ReturnType<typeof runAction>>, done: string): Promise<never> {
  return finishFormPost(pageOf(form), "/petugas", result, done);
}
