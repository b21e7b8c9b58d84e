import { AppError } from "@/lib/errors";

/**
 * What a domain call came to: "ok", or the AppError's code (or, with `fieldErrors`, its first
 * field error's message key when it has one). Anything else thrown is a real failure and rethrown.
 */
export async function outcome(p: Promise<unknown>, options: { fieldErrors?: boolean } = {}): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return options.fieldErrors && error.fieldErrors ? Object.values(error.fieldErrors)[0]! : error.code;
  }
}
