"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/options";
import { dropSessionCookies } from "@/lib/auth/session-cookie";
import { getActor, requireActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/errors";
import { changePassword } from "./change-password";
import { registerAccount } from "./register-account";
import { changePasswordSchema, profileSchema, registerSchema } from "./schemas";
import { updateProfile } from "./update-profile";

/** Registers an applicant; the form then signs in with the same e-mail and password. */
export async function registerAction(input: unknown): Promise<ActionResult<{ companyId: string | null }>> {
  return runAction("account", registerSchema, input, async (data) => {
    const { companyId } = await registerAccount({ actor: await getActor(), data });
    return { companyId };
  });
}

/** Changes the signed-in user's name and phone. */
export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  return runAction("account", profileSchema, input, async (data) => {
    const actor = await requireActor("/akun");
    await updateProfile({ actor, data });
    revalidatePath("/", "layout");
    return undefined;
  });
}

/**
 * Changes the password, ends this browser's session (others end by `passwordChangedAt`) and
 * sends the user to sign in again with the new password.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction("account", changePasswordSchema, input, async (data) => {
    const actor = await requireActor("/akun/kata-sandi");
    await changePassword({ actor, data, ip: clientIp(await headers()) });
    await dropSessionCookies();
    redirect("/masuk?info=kata-sandi-diubah");
  });
}
