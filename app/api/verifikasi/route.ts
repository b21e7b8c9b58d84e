import { randomUUID } from "node:crypto";
import { signOutcome } from "@/lib/certificates/outcome";
import { checkUploadedPdf } from "@/lib/certificates/public";
import { uploadMaxBytes } from "@/lib/env";
import { backTo, readBodyLimited, seeOther } from "@/lib/files/http";

export const dynamic = "force-dynamic";

const MULTIPART_SLACK = 64 * 1024;

/**
 * Anyone checks a PDF: multipart `berkas`. Answers 303 back to the verification page it came
 * from with `?hasil=<asli|tidak-cocok|kosong|bukan-pdf|terlalu-besar|galat>&ttd=<…>&t=<token>`.
 * Nothing is stored; a file over the upload limit is refused before it is read whole.
 */
export async function POST(request: Request) {
  // Earlier results in the address (`hasil`, `ttd`, …) are replaced, never carried over.
  const back = (params: Record<string, string>) => seeOther(backTo(request, "/verifikasi", { hasil: "", ttd: "", t: "", id: "", ...signOutcome(params) }, "hasil-periksa"));
  const body = await readBodyLimited(request, uploadMaxBytes() + MULTIPART_SLACK);
  if (!body.ok) return back({ hasil: "terlalu-besar" });
  let file: FormDataEntryValue | null;
  try {
    const form = await new Response(body.bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    file = form.get("berkas");
  } catch {
    return back({ hasil: "kosong" });
  }
  if (!(file instanceof File) || file.size === 0) return back({ hasil: "kosong" });
  try {
    const check = await checkUploadedPdf(new Uint8Array(await file.arrayBuffer()));
    if (check.result !== "checked") return back({ hasil: { empty: "kosong", not_pdf: "bukan-pdf" }[check.result] });
    const signature = { intact: "utuh", other_signer: "lain", broken: "rusak", unsigned: "tanpa" }[check.signature];
    return back(check.certificate ? { hasil: "asli", ttd: signature, t: check.certificate.token } : { hasil: "tidak-cocok", ttd: signature });
  } catch (error) {
    const requestId = randomUUID().slice(0, 8);
    console.error(`[certificate.verify-upload] ${requestId}`, error);
    return back({ hasil: "galat", id: requestId });
  }
}
