"use server";

import { headers } from "next/headers";
import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { finish } from "@/lib/review/finish";
import { siteOrigin } from "@/lib/site-url";
import { issueCertificate } from "./issue";
import { revokeCertificate } from "./revoke";
import { revokeInput, signInput } from "./schemas";

// The signing official's forms on the review page: plain form posts answered with a redirect
// back to the page, like the other review actions.

async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("unauthenticated");
  return a;
}

export async function signCertificateAction(form: FormData): Promise<void> {
  const input = { applicationId: form.get("applicationId"), version: form.get("version"), password: form.get("password") ?? "" };
  const origin = siteOrigin(await headers());
  const result = await runAction("review", signInput, input, async (data) => issueCertificate({ actor: await actor(), data, origin }));
  await finish(form, result, "diterbitkan");
}

export async function revokeCertificateAction(form: FormData): Promise<void> {
  const input = { applicationId: form.get("applicationId"), reason: form.get("reason") ?? "" };
  const result = await runAction("review", revokeInput, input, async (data) => revokeCertificate({ actor: await actor(), data }));
  await finish(form, result, "dicabut");
}
