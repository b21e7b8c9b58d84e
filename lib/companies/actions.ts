"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/errors";
import { createCompany } from "./create-company";
import { createInvitation } from "./create-invitation";
import { companyProfileSchema, invitationSchema, updateCompanySchema } from "./schemas";
import { updateCompany } from "./update-company";

/** Creates the applicant's company profile (after the scale gate) and attaches the applicant. */
export async function createCompanyAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("company", companyProfileSchema, input, async (data) => {
    const actor = await requireActor("/perusahaan");
    const result = await createCompany({ actor, data });
    revalidatePath("/", "layout");
    return result;
  });
}

/** Saves an edit of the own company profile, made from the version the form was loaded with. */
export async function updateCompanyAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction("company", updateCompanySchema, input, async (data) => {
    const actor = await requireActor("/perusahaan/ubah");
    const result = await updateCompany({ actor, data });
    revalidatePath("/", "layout");
    return result;
  });
}

/** Invites a colleague; returns the token for the link (shown once) and its expiry. */
export async function createInvitationAction(
  input: unknown,
): Promise<ActionResult<{ token: string; email: string; expiresAt: string }>> {
  return runAction("company", invitationSchema, input, async ({ email }) => {
    const actor = await requireActor("/perusahaan/anggota");
    const invitation = await createInvitation({ actor, email });
    revalidatePath("/perusahaan/anggota");
    return { token: invitation.token, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
  });
}
