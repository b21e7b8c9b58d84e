import { getActor } from "@/lib/auth/session";
import { readAttachment } from "@/lib/complaints/attachments";
import { isAppError } from "@/lib/errors";
import { isAllowedType } from "@/lib/files/detect";
import { contentDisposition } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ attachmentId: string }> };
const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

/** A complaint's attachment, as a download, for those who may read the complainant's identity. */
export async function GET(_request: Request, { params }: Params) {
  const { attachmentId } = await params;
  const actor = await getActor();
  if (!actor) return new Response("Tidak ditemukan.", { status: 404, headers: TEXT });
  try {
    const file = await readAttachment(actor, attachmentId);
    return new Response(file.bytes as BodyInit, {
      headers: {
        "Content-Type": isAllowedType(file.type) ? file.type : "application/octet-stream",
        "Content-Disposition": contentDisposition(file.name),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return new Response("Tidak ditemukan.", { status: 404, headers: TEXT });
    throw error;
  }
}
