import { z } from "zod";
import { cleanText } from "@/lib/applications/answers";

// The SKM questionnaire's answers. Field errors are message keys under `survey.errors`.
export const GENDERS = ["L", "P"] as const;
export const AGE_BANDS = ["lt25", "25_34", "35_44", "45_54", "ge55"] as const;
export const EDUCATIONS = ["sd", "smp", "sma", "d1_d3", "d4_s1", "s2", "s3"] as const;
export const OCCUPATIONS = ["pns", "tni", "polri", "swasta", "wirausaha", "lainnya"] as const;

const score = z.coerce.number({ error: "answerRequired" }).int("answerRequired").min(1, "answerRequired").max(4, "answerRequired");
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.enum(values, { error: "invalid" }).nullable());

export const surveyInput = z.object({
  applicationId: z.string().trim().min(1, "invalid").max(64, "invalid").regex(/^[a-z0-9]+$/, "invalid"),
  u1: score,
  u2: score,
  u3: score,
  u4: score,
  u5: score,
  u6: score,
  u7: score,
  u8: score,
  u9: score,
  gender: choice(GENDERS),
  ageBand: choice(AGE_BANDS),
  education: choice(EDUCATIONS),
  occupation: choice(OCCUPATIONS),
  suggestion: z
    .string({ error: "invalid" })
    .max(8000, "suggestionTooLong")
    .transform(cleanText)
    .refine((v) => v.length <= 2000, "suggestionTooLong")
    .transform((v) => v || null),
});
export type SurveyData = z.output<typeof surveyInput>;
