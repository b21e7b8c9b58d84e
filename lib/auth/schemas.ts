import { z } from "zod";

// Messages are keys under auth.errors, so the form shows them in the visitor's language.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(320, "emailInvalid").pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(1024, "passwordTooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Where to go after signing in: only paths on this site. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/dasbor";
  return value;
}

/** The sign-in failure codes the server sends back, as "code" or "code:minutes". */
export function parseSignInError(error: string | null | undefined): { code: string; minutes?: number } | null {
  if (!error) return null;
  const [code = "", minutes] = error.split(":");
  if (code === "locked_account" || code === "locked_ip") return { code, minutes: Number(minutes) || 15 };
  if (code === "invalid" || code === "CredentialsSignin") return { code: "invalid" };
  return { code: "unavailable" };
}
