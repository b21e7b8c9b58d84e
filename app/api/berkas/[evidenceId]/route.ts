import { readEvidence, removeEvidence } from "@/lib/applications/evidence";
import { evidenceFailure, failureJson } from "@/lib/applications/evidence-http";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { downloadName, isAllowedType } from "@/lib/files/detect";
import { backTo, contentDisposition, sameOrigin, seeOther } from "@/lib/files/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ evidenceId: string }> };

const ITEM_CODE = /^[A-Za-z0-9_-]{1,32}$/;

/** Download: only for whoever may read the application; 404 for anyone else, signed out too. */
export async function GET(request: Request, { params }: Params) {
  const { evidenceId } = await params;
  // `?tampil=1`: shown in the browser (officers read PDFs and images beside the answers). Only a
  // verified PDF/JPEG/PNG is ever shown inline.
  const inline = new URL(request.url).searchParams.get("tampil") === "1";
  const actor = await getActor();
  try {
    if (!actor) throw new AppError("not_found");
    const file = await readEvidence({ actor, evidenceId });
    const type = isAllowedType(file.type) ? file.type : "application/octet-stream";
    const name = isAllowedType(file.type) ? downloadName(file.name, file.type) : file.name;
    return new Response(file.bytes as BodyInit, {
      status: 200,
      headers: {
        "Content-Type": type,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(name, inline && isAllowedType(file.type) ? "inline" : "attachment"),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const failure = await evidenceFailure(error, "evidence.download");
    return new Response(failure.message, {
      status: failure.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
}

/** Remove (JSON). */
export async function DELETE(request: Request, { params }: Params) {
  const { evidenceId } = await params;
  try {
    if (!sameOrigin(request)) throw new AppError("forbidden");
    const actor = await getActor();
    if (!actor) throw new AppError("not_found");
    const removed = await removeEvidence({ actor, evidenceId });
    return Response.json({ ok: true, data: { id: removed.id } }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return failureJson(await evidenceFailure(error, "evidence.remove"));
  }
}

/**
 * Remove without JavaScript: a plain form posts here (`action=remove`) and is sent back to its
 * page with `?berkas=removed|<code>&butir=<item>` (the form's `butir` field names the item when
 * the evidence cannot be found).
 */
export async function POST(request: Request, { params }: Params) {
  const { evidenceId } = await params;
  let item = "";
  let fallback = "/dasbor";
  let result: string;
  try {
    if (!sameOrigin(request)) throw new AppError("forbidden");
    const form = await request.formData().catch(() => null);
    const named = form?.get("butir");
    if (typeof named === "string" && ITEM_CODE.test(named)) item = named;
    if (form?.get("action") !== "remove") throw new AppError("invalid");
    const actor = await getActor();
    if (!actor) return seeOther(`/masuk?callbackUrl=${encodeURIComponent(backTo(request, fallback, {}))}`);
    const removed = await removeEvidence({ actor, evidenceId });
    item = removed.itemCode;
    fallback = `/permohonan/${encodeURIComponent(removed.applicationId)}`;
    result = "removed";
  } catch (error) {
    result = (await evidenceFailure(error, "evidence.remove")).code;
  }
  return seeOther(backTo(request, fallback, { berkas: result, ...(item ? { butir: item } : {}) }, item && `berkas-${item}`));
}
