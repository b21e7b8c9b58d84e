import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";

// How the evidence routes answer a failure: an HTTP status per error code and the message in
// the visitor's language (`evidence.errors.<code>`, else `common.errors.<code>`). Unexpected
// errors are logged with a request id and answered with the generic message.

const STATUS: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  wrong_type: 415,
  type_mismatch: 415,
};

export interface EvidenceFailure {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export async function evidenceMessage(code: string, values?: Record<string, unknown>): Promise<string> {
  const vals = values as Record<string, string | number> | undefined;
  const own = await getTranslations("evidence.errors");
  if (own.has(code)) return own(code, vals);
  const common = await getTranslations("common.errors");
  if (common.has(code)) return common(code, vals);
  return own("generic", { requestId: code });
}

export async function evidenceFailure(error: unknown, where: string): Promise<EvidenceFailure> {
  if (error instanceof AppError) {
    return {
      status: STATUS[error.code] ?? 400,
      code: error.code,
      message: await evidenceMessage(error.code, error.details),
      ...(error.details ? { details: error.details } : {}),
    };
  }
  const requestId = randomUUID().slice(0, 8);
  console.error(`[${where}] ${requestId}`, error);
  return { status: 500, code: "unexpected", message: await evidenceMessage("generic", { requestId }) };
}

export function failureJson(failure: EvidenceFailure): Response {
  return Response.json(
    { ok: false, error: { code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) } },
    { status: failure.status, headers: { "Cache-Control": "no-store" } },
  );
}
