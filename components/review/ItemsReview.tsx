import { getLocale, getTranslations } from "next-intl/server";
import { AnswerSummary } from "@/components/applications/AnswerSummary";
import { displayCode } from "@/lib/applications/answers";
import type { ApplicationView } from "@/lib/applications/read-application";
import { pick } from "@/lib/i18n/config";
import { reviewAction } from "@/lib/review/actions";
import { EvidenceLinks } from "./EvidenceLinks";

/**
 * Every requirement with the applicant's answers beside the documents, and, for the front office
 * while the file is with the office, the verdict and note per item and the three outcomes.
 */
export async function ItemsReview({ view, editable }: { view: ApplicationView; editable: boolean }) {
  const [t, locale] = [await getTranslations("review"), await getLocale()];
  const { app, checklist, evidenceByItem } = view;
  const body = checklist.map((e) => {
    const title = `${displayCode(e.item.code)} ${pick(e.item.title, locale)}`;
    const verdict = e.answer?.verdict ?? "";
    return (
      <div key={e.item.code} className="grid gap-4 border-b border-slate-300 py-5 lg:grid-cols-2" data-testid={`review-${e.item.code}`}>
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">{title}</h3>
          <div className="mt-2">
            <AnswerSummary fields={e.item.fields} value={e.value} locale={locale} />
          </div>
          {e.item.evidenceRequired && (
            <div className="mt-3">
              <p className="text-sm text-slate-700">{t("documents")}</p>
              <EvidenceLinks files={evidenceByItem.get(e.item.id) ?? []} />
            </div>
          )}
        </div>
        <div className="min-w-0">
          {editable ? (
            <>
              <input type="hidden" name="item" value={e.item.code} />
              <fieldset>
                <legend className="font-semibold">{t("verdictLabel", { item: displayCode(e.item.code) })}</legend>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {(["sesuai", "tidak_sesuai", ""] as const).map((v) => (
                    <label key={v || "none"} className="flex items-center gap-2">
                      <input type="radio" name={`verdict.${e.item.code}`} value={v} defaultChecked={verdict === v} className="h-5 w-5" />
                      {t(`verdicts.${v}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <label htmlFor={`note-${e.item.code}`} className="mt-3 block font-semibold">
                {t("noteLabel", { item: displayCode(e.item.code) })}
              </label>
              <textarea
                id={`note-${e.item.code}`}
                name={`note.${e.item.code}`}
                rows={3}
                maxLength={2000}
                defaultValue={e.answer?.verdictNote ?? ""}
                className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
              />
            </>
          ) : (
            <div>
              <p className="font-semibold">{t("readOnlyVerdicts")}</p>
              <p data-testid={`verdict-${e.item.code}`}>{t(`verdicts.${verdict}`)}</p>
              {e.answer?.verdictNote && <p className="whitespace-pre-line">{e.answer.verdictNote}</p>}
            </div>
          )}
        </div>
      </div>
    );
  });

  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading" className="text-2xl font-semibold">
        {t("itemsTitle")}
      </h2>
      {editable ? (
        <form action={reviewAction}>
          <p className="mt-1 text-slate-700">{t("itemsIntro")}</p>
          <input type="hidden" name="applicationId" value={app.id} />
          <input type="hidden" name="version" value={app.version} />
          {body}
          <label htmlFor="review-note" className="mt-4 block font-semibold">
            {t("generalNote")}
          </label>
          <textarea id="review-note" name="note" rows={2} maxLength={2000} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" name="action" value="save" className="rounded border border-brand-800 px-4 py-2 font-semibold text-brand-900">
              {t("save")}
            </button>
            <button type="submit" name="action" value="return" className="rounded bg-amber-700 px-4 py-2 font-semibold text-white">
              {t("return")}
            </button>
            <button type="submit" name="action" value="complete" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
              {t("complete")}
            </button>
          </div>
        </form>
      ) : (
        body
      )}
    </section>
  );
}
