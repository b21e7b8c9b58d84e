import { z } from "zod";

// Inputs of the application actions. The answer value itself is checked against the item's own
// schema (answers.ts `draftValueSchema`), which the form uses too.
export const applicationIdSchema = z.string().trim().min(1, "invalidValue").max(64, "invalidValue").regex(/^[a-z0-9]+$/, "invalidValue");
export const itemCodeSchema = z.string().trim().regex(/^[A-Z][0-9]{1,2}$/, "invalidValue");

export const saveAnswerInput = z.object({
  applicationId: applicationIdSchema,
  itemCode: itemCodeSchema,
  value: z.unknown(),
});

export const applicationRefInput = z.object({ applicationId: applicationIdSchema });
