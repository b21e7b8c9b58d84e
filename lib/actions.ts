import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError, type ActionResult } from "@/lib/errors";

/**
 * The body of every server action: validate with the form's own zod schema, run the domain
 * function, and turn failures into the one result shape. Field errors are message keys of the
 * form's namespace (the client shows them in the visitor's language); an expected failure's code
 * becomes `<namespace>.errors.<code>` (falling back to `common.errors.<code>`); anything
 * unexpected is logged with a request id and answered with the generic message. Never throws,
 * except Next.js's redirect/notFound signals, which must propagate.
 */
export async function runAction<S extends z.ZodType, T>(
  namespace: string,
  schema: S,
  input: unknown,
  fn: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".") || "_form";
      fieldErrors[key] ??= issue.message;
    }
    return { ok: false, error: { code: "invalid", message: await messageFor(namespace, "invalid"), fieldErrors } };
  }
  try {
    return { ok: true, data: await fn(parsed.data) };
  } catch (error) {
    if (isNextSignal(error)) throw error;
    if (error instanceof AppError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: await messageFor(namespace, error.code, error.details),
          ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
          ...(error.details ? { details: error.details } : {}),
        },
      };
    }
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${namespace}] ${requestId}`, error);
    const t = await getTranslations("common.errors");
    return { ok: false, error: { code: "unexpected", message: t("generic", { requestId }) } };
  }
}

async function messageFor(namespace: string, code: string, values?: Record<string, unknown>): Promise<string> {
  const own = await getTranslations(`${namespace}.errors`);
  const vals = values as Record<string, string | number> | undefined;
  if (own.has(code)) return own(code, vals);
  const common = await getTranslations("common.errors");
  if (common.has(code)) return common(code, vals);
  return common("generic", { requestId: code });
}

/** redirect() and notFound() work by throwing; they are not failures. */
function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
