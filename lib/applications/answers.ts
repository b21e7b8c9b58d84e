import { z } from "zod";
import type { FieldDef } from "@/lib/service-standard/types";

/**
 * Answers to one requirement item, as the applicant typed them: a value per field name. A
 * `checkbox` holds a boolean, a `coordinates` field `{ lat, lng }` as typed (decimal degrees in
 * text, so a half-typed number survives an autosave), every other field a string.
 *
 * Two checks, both from the item's field definitions (data, not code):
 * - `draftValueSchema`: what may be saved at any moment (types and lengths only; nothing is
 *   required yet), used by autosave;
 * - `missingFields`: what is still needed before the item is complete (required fields that are
 *   shown, valid coordinates, option values that exist, the eligibility gate).
 */

export type CoordinatesValue = { lat: string; lng: string };
export type FieldValue = string | boolean | CoordinatesValue;
export type AnswerValue = Record<string, FieldValue>;

const DEFAULT_MAX_LENGTH = 1000;
const COORDINATE_MAX = 32;

/** Removes control characters other than line breaks and tabs, and trims. */
export function cleanText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

/** What the value checks need of a field definition (the browser's form has the same). */
export type FieldShape = Pick<FieldDef, "name" | "type" | "maxLength"> & { options?: { value: string }[] };

function fieldSchema(field: FieldShape): z.ZodType<FieldValue> {
  switch (field.type) {
    case "checkbox":
      return z.boolean({ error: "invalidValue" });
    case "coordinates":
      return z.object(
        {
          lat: z.string({ error: "invalidValue" }).max(COORDINATE_MAX, "tooLong").transform(cleanText),
          lng: z.string({ error: "invalidValue" }).max(COORDINATE_MAX, "tooLong").transform(cleanText),
        },
        { error: "invalidValue" },
      );
    case "select":
    case "radio": {
      const values = (field.options ?? []).map((o) => o.value);
      return z
        .string({ error: "invalidValue" })
        .max(200, "invalidValue")
        .transform(cleanText)
        .refine((v) => v === "" || values.includes(v), "invalidOption");
    }
    default:
      return z
        .string({ error: "invalidValue" })
        .max((field.maxLength ?? DEFAULT_MAX_LENGTH) * 2, "tooLong")
        .transform(cleanText)
        .refine((v) => v.length <= (field.maxLength ?? DEFAULT_MAX_LENGTH), "tooLong");
  }
}

/** What autosave accepts for an item: known fields only, each of the right type and length. */
export function draftValueSchema(fields: FieldShape[]): z.ZodType<Partial<AnswerValue>> {
  const shape: Record<string, z.ZodType<FieldValue | undefined>> = {};
  for (const field of fields) shape[field.name] = fieldSchema(field).optional();
  return z.strictObject(shape, { error: "invalidValue" }) as unknown as z.ZodType<Partial<AnswerValue>>;
}

export function isShown(field: FieldDef, value: Partial<AnswerValue>): boolean {
  if (!field.showWhen) return true;
  return value[field.showWhen.field] === field.showWhen.equals;
}

/** A decimal-degree pair inside Indonesia's bounding box, or null. */
export function parseCoordinates(value: unknown): { lat: number; lng: number } | null {
  if (!value || typeof value !== "object") return null;
  const { lat, lng } = value as Record<string, unknown>;
  const num = (s: unknown) => (typeof s === "string" && /^-?\d{1,3}(\.\d{1,10})?$/.test(s.trim().replace(",", ".")) ? Number(s.trim().replace(",", ".")) : NaN);
  const a = num(lat);
  const b = num(lng);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (a < -11.5 || a > 6.5 || b < 94.5 || b > 141.5) return null;
  return { lat: a, lng: b };
}

export type MissingReason = "required" | "coordinates" | "ineligible";
export type Missing = { field: string; reason: MissingReason };

/** What the item still needs (empty when complete), in field order. */
export function missingFields(fields: FieldDef[], value: Partial<AnswerValue> | null | undefined): Missing[] {
  const v = value ?? {};
  const missing: Missing[] = [];
  for (const field of fields) {
    if (!isShown(field, v)) continue;
    const x = v[field.name];
    if (field.type === "coordinates") {
      const empty = !x || typeof x !== "object" || (!(x as CoordinatesValue).lat && !(x as CoordinatesValue).lng);
      if (empty) {
        if (field.required) missing.push({ field: field.name, reason: "required" });
      } else if (!parseCoordinates(x)) {
        missing.push({ field: field.name, reason: "coordinates" });
      }
      continue;
    }
    if (field.type === "checkbox") {
      if (field.required && x !== true) missing.push({ field: field.name, reason: "required" });
      continue;
    }
    const text = typeof x === "string" ? x.trim() : "";
    if (text === "") {
      if (field.required) missing.push({ field: field.name, reason: "required" });
      continue;
    }
    if (field.eligible && !field.eligible.includes(text)) missing.push({ field: field.name, reason: "ineligible" });
  }
  return missing;
}

/** The gate message for an ineligible choice, if the item has a gate field set to one. */
export function ineligibleOption(fields: FieldDef[], value: Partial<AnswerValue> | null | undefined) {
  for (const field of fields) {
    const x = value?.[field.name];
    if (field.eligible && typeof x === "string" && x !== "" && !field.eligible.includes(x)) {
      return field.options?.find((o) => o.value === x) ?? null;
    }
  }
  return null;
}

/** True when nothing has been typed or chosen yet. */
export function isEmptyValue(value: Partial<AnswerValue> | null | undefined): boolean {
  if (!value) return true;
  return Object.values(value).every((x) => {
    if (x === undefined || x === false) return true;
    if (typeof x === "string") return x.trim() === "";
    if (typeof x === "object") return !x.lat && !x.lng;
    return false;
  });
}

/** Keeps only the values of fields that are shown (a hidden branch's answers are not submitted). */
export function shownValue(fields: FieldDef[], value: Partial<AnswerValue>): Partial<AnswerValue> {
  const out: Partial<AnswerValue> = {};
  for (const field of fields) if (isShown(field, value) && value[field.name] !== undefined) out[field.name] = value[field.name];
  return out;
}

export type SectionStatus = "not_started" | "in_progress" | "complete" | "needs_correction";

export interface SectionState {
  fields: FieldDef[];
  evidenceRequired: boolean;
  value: Partial<AnswerValue> | null;
  evidenceCount: number;
  /** The file is back with the applicant and this item was marked "tidak sesuai" after the last change. */
  correctionPending: boolean;
}

/** The task list's status of one section. */
export function sectionStatus(s: SectionState): SectionStatus {
  if (s.correctionPending) return "needs_correction";
  if (isEmptyValue(s.value) && s.evidenceCount === 0) return "not_started";
  const complete = missingFields(s.fields, s.value).length === 0 && (!s.evidenceRequired || s.evidenceCount > 0);
  return complete ? "complete" : "in_progress";
}

/**
 * The value of a plain form post (no JavaScript): `f.<name>` per field, `f.<name>.lat` and
 * `f.<name>.lng` for coordinates; an unticked checkbox is absent. Unknown names are ignored;
 * the result still goes through `draftValueSchema`.
 */
export function valueFromFormData(fields: FieldDef[], form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = `f.${field.name}`;
    if (field.type === "checkbox") {
      out[field.name] = form.get(key) !== null;
    } else if (field.type === "coordinates") {
      const lat = form.get(`${key}.lat`);
      const lng = form.get(`${key}.lng`);
      if (lat !== null || lng !== null) out[field.name] = { lat: typeof lat === "string" ? lat : "", lng: typeof lng === "string" ? lng : "" };
    } else {
      const v = form.get(key);
      if (v !== null) out[field.name] = typeof v === "string" ? v : "";
    }
  }
  return out;
}

/** "A1" → "A.1", as the standard numbers its requirements. */
export function displayCode(code: string): string {
  return code.length > 1 ? `${code[0]}.${code.slice(1)}` : code;
}
