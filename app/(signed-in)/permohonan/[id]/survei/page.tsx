import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { surveyAction } from "@/lib/survey/actions";
import { ELEMENTS } from "@/lib/survey/ikm";
import { surveyState } from "@/lib/survey/respond";
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS } from "@/lib/survey/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("survey"))("title") };
}

const select = "mt-1 block w-full max-w-sm rounded border border-slate-500 bg-white px-3 py-2";

export default async function SurveyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ hasil?: string; galat?: string; belum?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/permohonan/${id}/survei`);
  const state = await surveyState(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("survey");
  const missing = new Set((query.belum ?? "").split(",").filter((x) => /^u[1-9]$/.test(x)));
  const error = query.galat && t.has(`errors.${query.galat}`) ? t(`errors.${query.galat}`) : null;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/permohonan/${id}`}>← {state.registrationNumber}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("forApplication", { number: state.registrationNumber ?? "" })}</p>
      {query.hasil === "terkirim" && state.responded ? (
        <p role="status" className="border-l-4 border-emerald-700 bg-emerald-50 p-4" data-testid="survey-done">
          {t("thanks")}
        </p>
      ) : state.responded ? (
        <p role="status" className="border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="survey-already">
          {t("already")}
        </p>
      ) : !state.finished ? (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-4">{t("notFinished")}</p>
      ) : (
        <form action={surveyAction} className="space-y-6">
          {error && (
            <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4 text-red-900" data-testid="survey-error">
              <p className="font-semibold">{t("errorSummaryTitle")}</p>
              <p>{error}</p>
            </div>
          )}
          <p>{t("intro")}</p>
          <p className="text-sm">{t("required")}</p>
          <input type="hidden" name="applicationId" value={id} />
          {ELEMENTS.map((e, i) => (
            <fieldset key={e} className={`rounded border p-4 ${missing.has(e) ? "border-red-700" : "border-slate-300"}`} aria-describedby={missing.has(e) ? `${e}-error` : undefined}>
              <legend className="px-1 font-semibold">
                {i + 1}. {t(`elements.${e}.question`)}
              </legend>
              {missing.has(e) && (
                <p id={`${e}-error`} className="font-semibold text-red-800">
                  {t("errors.answerRequired")}
                </p>
              )}
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {(t.raw(`elements.${e}.answers`) as string[]).map((label, k) => (
                  <label key={label} className="flex items-center gap-2">
                    <input type="radio" name={e} value={k + 1} required className="h-5 w-5" />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <fieldset className="space-y-3 rounded border border-slate-300 p-4">
            <legend className="px-1 font-semibold">{t("respondentLegend")}</legend>
            {(
              [
                ["gender", GENDERS, "genders"],
                ["ageBand", AGE_BANDS, "ageBands"],
                ["education", EDUCATIONS, "educations"],
                ["occupation", OCCUPATIONS, "occupations"],
              ] as const
            ).map(([name, values, group]) => (
              <div key={name}>
                <label htmlFor={name} className="block font-semibold">
                  {t(name)}
                </label>
                <select id={name} name={name} defaultValue="" className={select}>
                  <option value="">{t("notSaying")}</option>
                  {values.map((v) => (
                    <option key={v} value={v}>
                      {t(`${group}.${v}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <div>
            <label htmlFor="suggestion" className="block font-semibold">
              {t("suggestion")}
            </label>
            <textarea id="suggestion" name="suggestion" rows={4} maxLength={2000} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t("submit")}
          </button>
        </form>
      )}
    </div>
  );
}
