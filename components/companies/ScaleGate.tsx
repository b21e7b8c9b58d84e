import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/accounts/form-kit";
import { pick, type Locale } from "@/lib/i18n/config";
import type { ScaleGate as Gate, ScaleOption } from "@/lib/companies/scale-gate";

/**
 * Step 1 of the company profile: only the business scale, as the service's gate requirement
 * asks it. A plain GET form (works without JavaScript): the page answers an ineligible scale at
 * once with the requirement's own message, and an eligible one with the profile form.
 */
export async function ScaleGate({
  gate,
  locale,
  selected,
  missing,
}: {
  gate: Gate;
  locale: Locale;
  selected?: ScaleOption;
  /** The form was sent without a choice. */
  missing?: boolean;
}) {
  const t = await getTranslations("company");
  const ineligible = selected && !selected.eligible ? selected : undefined;
  const describedBy = ["skala-hint", missing ? "skala-error" : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-6">
      {ineligible && (
        <FocusOnMount
          role="alert"
          labelledBy="ineligible-title"
          testId="scale-ineligible"
          className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900"
        >
          <h2 id="ineligible-title" className="text-lg font-semibold">
            {t("gate.ineligibleTitle")}
          </h2>
          {ineligible.ineligibleMessage && <p className="mt-2">{pick(ineligible.ineligibleMessage, locale)}</p>}
          <p className="mt-3">
            <Link href="/standar-pelayanan#persyaratan">{t("gate.readStandard")}</Link>
          </p>
        </FocusOnMount>
      )}
      {missing && (
        <FocusOnMount role="alert" testId="error-summary" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">{t("errorSummaryTitle")}</h2>
          <ul className="mt-2 list-disc pl-5">
            <li>
              <a href={`#skala-${gate.options[0]?.value ?? ""}`} className="text-red-900">
                {t("errors.scaleRequired")}
              </a>
            </li>
          </ul>
        </FocusOnMount>
      )}
      <form method="get" action="/perusahaan" className="space-y-4">
        <fieldset aria-describedby={describedBy}>
          <legend className="text-xl font-semibold">
            {ineligible ? t("gate.chooseAgain") : pick(gate.label, locale)}
          </legend>
          <p id="skala-hint" className="mt-1 text-slate-700">
            {gate.guidance ? pick(gate.guidance, locale) : t("gate.intro")}
          </p>
          {missing && (
            <p id="skala-error" className="mt-1 text-sm font-medium text-red-800">
              {t("errors.scaleRequired")}
            </p>
          )}
          <div className="mt-3 space-y-2">
            {gate.options.map((option) => (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  id={`skala-${option.value}`}
                  type="radio"
                  name="skala"
                  value={option.value}
                  defaultChecked={selected?.value === option.value}
                  aria-describedby={option.hint ? `skala-${option.value}-hint` : undefined}
                  className="mt-1 h-5 w-5 shrink-0"
                />
                <div>
                  <label htmlFor={`skala-${option.value}`} className="font-medium">
                    {pick(option.label, locale)}
                  </label>
                  {option.hint && (
                    <p id={`skala-${option.value}-hint`} className="text-sm text-slate-700">
                      {pick(option.hint, locale)}
                    </p>
                  )}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          {t("gate.submit")}
        </button>
      </form>
    </div>
  );
}
