import { z } from "zod";
import { requiredText } from "@/lib/accounts/text";
import { HolidayKind } from "@/lib/generated/prisma/enums";
import { MAX_CSV_CHARS, parseCsvDate } from "./holiday-csv";

// One schema per holiday form, shared by the form's zodResolver and the server action. Messages
// are keys under `holidays.errors`. Parsing a parsed value again gives the same value.

const form = { error: "invalid" } as const;

export const HOLIDAY_KINDS = Object.values(HolidayKind) as HolidayKind[];
/** Years an admin may keep a calendar for. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A calendar date from `<input type="date">` (YYYY-MM-DD) or typed as DD-MM-YYYY. */
export const holidayDateField = z
  .string({ error: "dateRequired" })
  .max(20, "dateInvalid")
  .transform((value, ctx) => {
    const text = value.trim();
    if (text === "") {
      ctx.addIssue({ code: "custom", message: "dateRequired" });
      return z.NEVER;
    }
    const date = parseCsvDate(text);
    const year = Number(typeof date === "string" ? date.slice(0, 4) : NaN);
    if (date === "format" || date === "unreal" || year < MIN_YEAR || year > MAX_YEAR) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

/** A year typed in a field (text) or already a number. */
export const yearField = z.union([z.string(), z.number()], { error: "yearRequired" }).transform((value, ctx) => {
  const text = String(value).trim();
  if (text === "") {
    ctx.addIssue({ code: "custom", message: "yearRequired" });
    return z.NEVER;
  }
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    ctx.addIssue({ code: "custom", message: "yearInvalid" });
    return z.NEVER;
  }
  return year;
});

const nameField = requiredText(200, { required: "nameRequired", tooLong: "nameTooLong", invalidCharacters: "textInvalidCharacters" });
const decreeField = requiredText(500, { required: "decreeRequired", tooLong: "decreeTooLong", invalidCharacters: "textInvalidCharacters" }, { multiline: true });
const idField = z.string({ error: "invalid" }).min(1, "invalid").max(64, "invalid");
/** The row's `updatedAt` (ISO) when the form was loaded: a later change by someone else is a conflict. */
const versionField = z.iso.datetime({ error: "invalid" });

const holidayShape = {
  date: holidayDateField,
  name: nameField,
  kind: z.enum(HolidayKind, { error: "kindRequired" }),
  decree: decreeField,
};

export const holidaySchema = z.object(holidayShape, form);
export type HolidayInput = z.input<typeof holidaySchema>;
export type HolidayData = z.output<typeof holidaySchema>;

export const updateHolidaySchema = z.object({ ...holidayShape, id: idField, version: versionField }, form);
export type UpdateHolidayInput = z.input<typeof updateHolidaySchema>;
export type UpdateHolidayData = z.output<typeof updateHolidaySchema>;

export const deleteHolidaySchema = z.object({ id: idField, version: versionField }, form);
export type DeleteHolidayData = z.output<typeof deleteHolidaySchema>;

/** The import form: the year, its decree, and the CSV text (typed, pasted, or read from a file). */
export const importYearSchema = z.object(
  {
    year: yearField,
    decree: decreeField,
    csv: z
      .string({ error: "csvRequired" })
      .max(MAX_CSV_CHARS, "csvTooLong")
      .refine((v) => v.trim() !== "", "csvRequired"),
  },
  form,
);
export type ImportYearInput = z.input<typeof importYearSchema>;
export type ImportYearData = z.output<typeof importYearSchema>;
