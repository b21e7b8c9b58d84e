import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { loadReceiptData } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { siteOrigin } from "@/lib/site-url";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/**
 * The receipt (tanda terima) of a submitted application as a PDF download. Signed out: to the
 * sign-in page, then back to the application's page (a download cannot be a page to land on).
 * A draft, or an application the actor may not read: 404.
 */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) {
    const back = `/permohonan/${encodeURIComponent(id)}`;
    return new Response(null, {
      status: 307,
      headers: { Location: `/masuk?callbackUrl=${encodeURIComponent(back)}`, "Cache-Control": "no-store" },
    });
  }
  try {
    const data = await loadReceiptData({ actor, applicationId: id, baseUrl: siteOrigin(request.headers, request.url) });
    const pdf = await renderReceiptPdf(data);
    const name = `tanda-terima-${data.registrationNumber.replace(/[^A-Za-z0-9-]/g, "_")}.pdf`;
    return new Response(pdf as BodyInit, {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.byteLength),
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const t = await getTranslations("common.errors");
    if (isAppError(error) && error.code === "not_found") {
      return new Response(t("not_found"), { status: 404, headers: TEXT_HEADERS });
    }
    const requestId = randomUUID().slice(0, 8);
    console.error(`[receipt.download] ${requestId}`, error);
    return new Response(t("generic", { requestId }), { status: 500, headers: TEXT_HEADERS });
  }
}
