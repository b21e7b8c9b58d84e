import type { Locale } from "@/lib/i18n/config";
import type { ProcedureData } from "@/lib/service-standard/types";
import { LocalizedText } from "./LocalizedText";

/** The stages an application goes through, from the service's procedure configuration. */
export function ProcedureSteps({
  procedure,
  locale,
  title,
  intro,
  optionalLabel,
}: {
  procedure: ProcedureData;
  locale: Locale;
  title: string;
  intro: string;
  /** Shown beside a step that is taken only when needed. */
  optionalLabel: string;
}) {
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
      <p className="mt-2 text-slate-700">{intro}</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {procedure.steps.map((step) => (
          <li key={step.key}>
            <span className="font-medium text-slate-900">
              <LocalizedText text={step.label} locale={locale} />
            </span>
            {!step.required && <span className="text-slate-700"> ({optionalLabel})</span>}
            <p className="text-slate-700">
              <LocalizedText text={step.description} locale={locale} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
