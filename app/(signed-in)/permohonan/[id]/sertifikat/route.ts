import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { signedCertificateFile } from "@/lib/certificates/documents";
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** The signed certificate, exactly as issued (its bytes are what the verification page checks). */
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) {
    return new Response(null, { status: 307, headers: { Location: `/masuk?callbackUrl=${encodeURIComponent(`/permohonan/${encodeURIComponent(id)}`)}`, "Cache-Control": "no-store" } });
  }
  try {
    const file = await signedCertificateFile({ actor, applicationId: id });
    return new Response(file.bytes as BodyInit, {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(file.name),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const t = await getTranslations("common.errors");
    if (isAppError(error) && error.code === "not_found") return new Response(t("not_found"), { status: 404, headers: TEXT_HEADERS });
    const requestId = randomUUID().slice(0, 8);
    console.error(`[certificate.download] ${requestId}`, error);
    return new Response(t("generic", { requestId }), { status: 500, headers: TEXT_HEADERS });
  }
}
