import { runAction } from "@/lib/actions";
import { getActor } from "@/lib/auth/session";
import { uploadMaxBytes } from "@/lib/env";
import { readBodyLimited, sameOrigin, seeOther } from "@/lib/files/http";
import { fileFieldReport, MAX_FIELD_PHOTOS, type FieldPhoto } from "@/lib/review/field-report";
import { fieldReportInput } from "@/lib/review/schemas";

export const dynamic = "force-dynamic";

/**
 * The technical team's field report: a multipart form (visit date, findings, recommendation,
 * version, up to 10 photos). A plain form post, answered with a redirect back to the review page.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = /^[a-z0-9]{1,64}$/.test(id) ? `/petugas/berkas/${id}` : "/petugas";
  const back = (query: string) => seeOther(`${page}?${query}`);
  if (!sameOrigin(request)) return back("galat=forbidden");
  const actor = await getActor();
  if (!actor) return seeOther(`/masuk?callbackUrl=${encodeURIComponent(page)}`);

  const body = await readBodyLimited(request, MAX_FIELD_PHOTOS * uploadMaxBytes() + 256 * 1024);
  if (!body.ok) return back("galat=photo_too_large");
  let form: FormData;
  try {
    form = await new Response(body.bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return back("galat=invalid");
  }
  const photos: FieldPhoto[] = [];
  for (const f of form.getAll("photos")) {
    if (f instanceof File && !(f.size === 0 && f.name === "")) photos.push({ name: f.name, declaredType: f.type, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const input = {
    applicationId: id,
    version: form.get("version"),
    visitDate: form.get("visitDate"),
    findings: form.get("findings") ?? "",
    recommendation: form.get("recommendation"),
  };
  const result = await runAction("review", fieldReportInput, input, (data) => fileFieldReport({ actor, data, photos }));
  if (result.ok) return back("hasil=laporan");
  if (result.error.code === "not_found") return seeOther("/petugas");
  const field = result.error.fieldErrors ? Object.values(result.error.fieldErrors)[0] : undefined;
  const status = typeof result.error.details?.status === "string" ? `&status=${result.error.details.status}` : "";
  return back(`galat=${encodeURIComponent(field ?? result.error.code)}${status}`);
}
