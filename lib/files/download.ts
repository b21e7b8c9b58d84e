import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

// A private file download (receipt, certificate, draft): signed out → to sign-in and back to
// `returnTo` (a download is no page to land on); not readable by the actor → 404, never the file;
// anything unexpected → logged with a request id and a 500 that says so.

export const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export interface PrivateFile {
  bytes: Uint8Array;
  type: string;
  /** The whole Content-Disposition header. */
  disposition: string;
}

export async function privateFileResponse(returnTo: string, logName: string, load: (actor: Actor) => Promise<PrivateFile>): Promise<Response> {
  const actor = await getActor();
  if (!actor) {
    return new Response(null, { status: 307, headers: { Location: `/masuk?callbackUrl=${encodeURIComponent(returnTo)}`, "Cache-Control": "no-store" } });
  }
  try {
    const file = await load(actor);
    return new Response(file.bytes as BodyInit, {
      status: 200,
      headers: {
        "Content-Type": file.type,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": file.disposition,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const t = await getTranslations("common.errors");
    if (isAppError(error) && error.code === "not_found") return new Response(t("not_found"), { status: 404, headers: TEXT_HEADERS });
    const requestId = randomUUID().slice(0, 8);
    console.error(`[${logName}] ${requestId}`, error);
    return new Response(t("generic", { requestId }), { status: 500, headers: TEXT_HEADERS });
  }
}
