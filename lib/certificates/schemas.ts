import { z } from "zod";
import { cleanText } from "@/lib/applications/answers";

// Inputs of the signing official's forms. Field errors are message keys under `review.errors`.
const id = z.string().trim().min(1, "invalid").max(64, "invalid").regex(/^[a-z0-9]+$/, "invalid");

export const signInput = z.object({
  applicationId: id,
  version: z.coerce.number({ error: "invalid" }).int("invalid").min(0, "invalid").max(2_147_483_647, "invalid"),
  // Not trimmed: a passphrase is what was typed. Bounded so a huge value is not hashed.
  password: z.string({ error: "signPasswordRequired" }).min(1, "signPasswordRequired").max(1024, "signPasswordWrong"),
});

export const revokeInput = z.object({
  applicationId: id,
  reason: z
    .string({ error: "invalid" })
    .max(4000, "noteTooLong")
    .transform(cleanText)
    .refine((v) => v.length > 0, "reasonRequired")
    .refine((v) => v.length <= 2000, "noteTooLong"),
});
