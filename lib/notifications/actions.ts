"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import { markAllRead } from "./list";
import { markAllReadSchema } from "./schemas";

/**
 * "Tandai semua sudah dibaca": a plain form post (works without JavaScript), answered with the
 * list again and a status line; the header's unread count follows.
 */
export async function markAllReadAction(formData: FormData): Promise<void> {
  const result = await runAction("notifications", markAllReadSchema, { upTo: formData.get("upTo") ?? undefined }, async ({ upTo }) => {
    const actor = await requireActor("/notifikasi");
    return markAllRead({ actor, upTo });
  });
  revalidatePath("/", "layout");
  redirect(result.ok ? `/notifikasi?dibaca=${result.data.count}` : `/notifikasi?galat=${encodeURIComponent(result.error.code)}`);
}
