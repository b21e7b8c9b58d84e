import type { BusinessScale } from "@/lib/generated/prisma/enums";
import type { FieldDef, LocalizedText } from "@/lib/service-standard/types";
import { isBusinessScale } from "./schemas";

// The business-scale gate as the service definition states it: requirement A1's `scale` field,
// whose `eligible` values may continue and whose other options carry the message to show.
// Pure: reads requirement items (from the database or the seed data), never copies texts.

export interface ScaleOption {
  value: BusinessScale;
  label: LocalizedText;
  hint: LocalizedText | null;
  eligible: boolean;
  /** What to tell an applicant who picks an ineligible scale. */
  ineligibleMessage: LocalizedText | null;
}

export interface ScaleGate {
  /** The requirement item holding the gate, e.g. "A1". */
  requirementCode: string;
  title: LocalizedText;
  guidance: LocalizedText | null;
  label: LocalizedText;
  options: ScaleOption[];
}

interface ItemLike {
  code: string;
  title: LocalizedText;
  guidance?: LocalizedText | null;
  fields: FieldDef[];
}

/** The first gate field named "scale" among the items, in their order; null when there is none. */
export function scaleGateFrom(items: readonly ItemLike[]): ScaleGate | null {
  for (const item of items) {
    const field = item.fields.find((f) => f.name === "scale" && Array.isArray(f.eligible) && Array.isArray(f.options));
    if (!field) continue;
    const eligible = new Set(field.eligible);
    const options = (field.options ?? [])
      .filter((o) => isBusinessScale(o.value))
      .map<ScaleOption>((o) => ({
        value: o.value as BusinessScale,
        label: o.label,
        hint: o.hint ?? null,
        eligible: eligible.has(o.value),
        ineligibleMessage: eligible.has(o.value) ? null : (o.ineligibleMessage ?? null),
      }));
    if (options.length === 0) continue;
    return { requirementCode: item.code, title: item.title, guidance: item.guidance ?? null, label: field.label, options };
  }
  return null;
}

/** Whether the gate lets this scale continue. An unknown or missing scale never does. */
export function scaleIsEligible(gate: ScaleGate, scale: string | null | undefined): boolean {
  return gate.options.some((o) => o.value === scale && o.eligible);
}
