/**
 * Expected failures of a domain function: a code the interface turns into a message the user
 * can act on (messages under `errors.<code>`), optional field errors (message keys per field).
 * Anything else thrown is unexpected: logged with a request id and shown as a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly fieldErrors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

/** The one shape every server action returns. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fieldErrors?: Record<string, string>; details?: Record<string, unknown> } };

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
