import { getTranslations } from "next-intl/server";
import { isShown, type AnswerValue } from "@/lib/applications/answers";
import { pick } from "@/lib/i18n/config";
import type { FieldDef } from "@/lib/service-standard/types";

/** An item's answers as a description list: each shown field and what was answered. */
export async function AnswerSummary({ fields, value, locale }: { fields: FieldDef[]; value: Partial<AnswerValue> | null; locale: string }) {
  const t = await getTranslations("application");
  const v = value ?? {};
  return (
    <dl className="space-y-2">
      {fields
        .filter((f) => isShown(f, v))
        .map((f) => {
          const x = v[f.name];
          let text: string;
          if (f.type === "checkbox") text = x === true ? t("yes") : t("notAnswered");
          else if (f.type === "coordinates") {
            const c = x as { lat?: string; lng?: string } | undefined;
            text = c && (c.lat || c.lng) ? `${c.lat ?? ""}, ${c.lng ?? ""}` : t("notAnswered");
          } else if (typeof x === "string" && x.trim() !== "") {
            const option = f.options?.find((o) => o.value === x);
            text = option ? pick(option.label, locale) : x;
          } else text = t("notAnswered");
          return (
            <div key={f.name}>
              <dt className="text-sm text-slate-700">{pick(f.label, locale)}</dt>
              <dd className="whitespace-pre-line break-words font-medium">{text}</dd>
            </div>
          );
        })}
    </dl>
  );
}
