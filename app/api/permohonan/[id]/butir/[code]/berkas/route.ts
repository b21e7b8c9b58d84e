import { addEvidence } from "@/lib/applications/evidence";
import { evidenceFailure, failureJson, type EvidenceFailure } from "@/lib/applications/evidence-http";
import { getActor } from "@/lib/auth/session";
import { uploadMaxBytes } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { backTo, readBodyLimited, sameOrigin, seeOther, wantsHtml } from "@/lib/files/http";
import { megabytes } from "@/lib/files/limits";

export const dynamic = "force-dynamic";

// Room for the multipart framing around the file (boundaries, part headers, the `replace` field).
const MULTIPART_SLACK = 64 * 1024;

type Params = { params: Promise<{ id: string; code: string }> };

/**
 * Upload one evidence file for an item: multipart `file` (+ optional `replace`, an evidence id of
 * the same item). Answers JSON, or, for a plain HTML form, 303 back to the page with
 * `?berkas=<ok|code>&butir=<item>` (and `ext` for a type mismatch).
 */
export async function POST(request: Request, { params }: Params) {
  const { id, code } = await params;
  const html = wantsHtml(request);
  const item = /^[A-Za-z0-9_-]{1,32}$/.test(code) ? code : "";
  const back = (result: string, extra: Record<string, string> = {}) =>
    seeOther(backTo(request, `/permohonan/${encodeURIComponent(id)}`, { berkas: result, butir: item, ...extra }, item && `berkas-${item}`));
  const fail = async (error: unknown) => {
    const failure: EvidenceFailure = await evidenceFailure(error, "evidence.upload");
    if (!html) return failureJson(failure);
    const ext = typeof failure.details?.extension === "string" ? { ext: failure.details.extension.replace(/^\./, "") } : undefined;
    return back(failure.code, ext);
  };

  if (!sameOrigin(request)) return fail(new AppError("forbidden"));
  const actor = await getActor();
  if (!actor) {
    if (html) return seeOther(`/masuk?callbackUrl=${encodeURIComponent(backTo(request, `/permohonan/${encodeURIComponent(id)}`, {}))}`);
    return fail(new AppError("unauthenticated"));
  }

  const maxBytes = uploadMaxBytes();
  const body = await readBodyLimited(request, maxBytes + MULTIPART_SLACK);
  if (!body.ok) {
    if (body.reason === "truncated") {
      console.warn("[evidence.upload] body shorter than its Content-Length (proxyClientMaxBodySize below the upload limit?)");
    }
    return fail(new AppError("too_large", undefined, { max: megabytes(maxBytes) }));
  }
  let form: FormData;
  try {
    form = await new Response(body.bytes as BodyInit, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return fail(new AppError("invalid"));
  }
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return fail(new AppError("no_file"));
  const replace = form.get("replace");

  try {
    const saved = await addEvidence({
      actor,
      applicationId: id,
      itemCode: code,
      file: { name: file.name, declaredType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
      replaceEvidenceId: typeof replace === "string" && replace !== "" ? replace : null,
    });
    if (html) return back("ok");
    return Response.json(
      { ok: true, data: { id: saved.id, name: saved.name, size: saved.size, type: saved.type } },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return fail(error);
  }
}
