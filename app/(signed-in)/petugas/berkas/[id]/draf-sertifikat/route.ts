import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { certificateDraft } from "@/lib/certificates/documents";
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** The unsigned draft of an approved file's certificate, shown in the browser to the signing official. */
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) {
    return new Response(null, { status: 307, headers: { Location: `/masuk?callbackUrl=${encodeURIComponent(`/petugas/berkas/${encodeURIComponent(id)}`)}`, "Cache-Control": "no-store" } });
  }
  try {
    const draft = await certificateDraft({ actor, applicationId: id });
    return new Response(draft.bytes as BodyInit, {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(draft.bytes.byteLength),
        "Content-Disposition": contentDisposition(draft.name, "inline"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const t = await getTranslations("common.errors");
    if (isAppError(error) && error.code === "not_found") return new Response(t("not_found"), { status: 404, headers: TEXT_HEADERS });
    const requestId = randomUUID().slice(0, 8);
    console.error(`[certificate.draft] ${requestId}`, error);
    return new Response(t("generic", { requestId }), { status: 500, headers: TEXT_HEADERS });
  }
}
