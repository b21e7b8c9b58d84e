import { randomUUID } from "node:crypto";
import { clientIp } from "@/lib/auth/options";
import { createComplaint, MAX_ATTACHMENTS, RECEIPT_COOKIE, type Attachment } from "@/lib/complaints/create";
import { takeSubmission } from "@/lib/complaints/rate-limit";
import { publicComplaintSchema } from "@/lib/complaints/schemas";
import { env, uploadMaxBytes } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { cleanFileName, detectFile } from "@/lib/files/detect";
import { readBodyLimited, sameOrigin, seeOther, wantsHtml } from "@/lib/files/http";
import { stripImageMetadata } from "@/lib/files/strip-metadata";

export const dynamic = "force-dynamic";

const MULTIPART_SLACK = 64 * 1024;

/**
 * The public complaint form (no account): multipart fields of publicComplaintSchema and up to
 * three `lampiran` files (the evidence upload rules; location data removed from photos). On
 * success the ticket and its secret go to /pengaduan/terkirim in a short-lived cookie that only
 * that page reads (never in an address); JSON clients get `{ ok, data: { redirect } }`, plain
 * forms a 303. Failures: JSON `{ ok: false, error: { code, fieldErrors } }`, or 303 back with
 * `?galat=`. Nothing is stored on failure.
 */
export async function POST(request: Request) {
  const html = wantsHtml(request);
  const fail = (code: string, fieldErrors?: Record<string, string>, status = 400) =>
    html ? seeOther(`/pengaduan?galat=${encodeURIComponent(fieldErrors ? Object.values(fieldErrors)[0]! : code)}`) : Response.json({ ok: false, error: { code, ...(fieldErrors ? { fieldErrors } : {}) } }, { status, headers: { "Cache-Control": "no-store" } });

  if (!sameOrigin(request)) return fail("forbidden", undefined, 403);
  const max = uploadMaxBytes();
  const body = await readBodyLimited(request, MAX_ATTACHMENTS * max + MULTIPART_SLACK);
  if (!body.ok) return fail("invalid", { lampiran: "attachmentTooLarge" }, 413);
  let form: FormData;
  try {
    form = await new Response(body.bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return fail("invalid");
  }
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const parsed = publicComplaintSchema.safeParse({
    anonymous: field("anonymous"),
    name: field("name"),
    email: field("email"),
    phone: field("phone"),
    confidential: field("confidential"),
    service: field("service") || undefined,
    registrationNumber: field("registrationNumber"),
    serviceReceivedOn: field("serviceReceivedOn"),
    problemType: field("problemType"),
    description: field("description") ?? "",
    website: field("website") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "_form")] ??= issue.message;
    if (fieldErrors.website) return fail("spam", undefined, 400);
    return fail("invalid", fieldErrors);
  }

  const files = form.getAll("lampiran").filter((f): f is File => f instanceof File && !(f.size === 0 && f.name === ""));
  if (files.length > MAX_ATTACHMENTS) return fail("invalid", { lampiran: "tooManyAttachments" });
  const attachments: Attachment[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = detectFile({ name: file.name, declaredType: file.type, bytes }, max);
    if (!detected.ok) return fail("invalid", { lampiran: `attachment_${detected.code}` });
    let clean: Uint8Array;
    try {
      clean = stripImageMetadata(bytes, detected.type);
    } catch {
      // Looks like an image at its start but is broken further in.
      return fail("invalid", { lampiran: "attachment_wrong_type" });
    }
    attachments.push({ name: cleanFileName(file.name, detected.type), type: detected.type, bytes: clean });
  }

  if (!(await takeSubmission("complaint", clientIp(request.headers), env().COMPLAINT_MAX_PER_HOUR))) return fail("rate_limited", undefined, 429);
  try {
    const made = await createComplaint({ data: { ...parsed.data, channel: "web", receivedAt: new Date() }, recordedBy: null, attachments });
    const cookie = `${RECEIPT_COOKIE}=${made.ticket}.${made.secret}; Path=/pengaduan/terkirim; Max-Age=900; HttpOnly; SameSite=Strict${process.env.NODE_ENV === "production" && new URL(request.url).protocol === "https:" ? "; Secure" : ""}`;
    const headers = { "Cache-Control": "no-store", "Set-Cookie": cookie };
    if (html) return new Response(null, { status: 303, headers: { ...headers, Location: "/pengaduan/terkirim" } });
    return Response.json({ ok: true, data: { redirect: "/pengaduan/terkirim" } }, { status: 201, headers });
  } catch (error) {
    if (isAppError(error) && error.fieldErrors) return fail("invalid", error.fieldErrors);
    if (isAppError(error)) return fail(error.code);
    const requestId = randomUUID().slice(0, 8);
    console.error(`[complaint.file] ${requestId}`, error);
    return fail(new AppError("generic").code, undefined, 500);
  }
}
