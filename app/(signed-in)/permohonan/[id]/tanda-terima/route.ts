import { loadReceiptData } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import { privateFileResponse } from "@/lib/files/download";
import { siteOrigin } from "@/lib/site-url";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** The receipt (tanda terima) of a submitted application as a PDF download; a draft has none (404). */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return privateFileResponse(`/permohonan/${encodeURIComponent(id)}`, "receipt.download", async (actor) => {
    const data = await loadReceiptData({ actor, applicationId: id, baseUrl: siteOrigin(request.headers, request.url) });
    const name = `tanda-terima-${data.registrationNumber.replace(/[^A-Za-z0-9-]/g, "_")}.pdf`;
    return { bytes: await renderReceiptPdf(data), type: "application/pdf", disposition: `attachment; filename="${name}"` };
  });
}
