import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerSummary } from "@/components/applications/AnswerSummary";
import { SectionStatusTag } from "@/components/applications/SectionStatusTag";
import { SubmitForm } from "@/components/applications/SubmitForm";
import { editableApplications } from "@/lib/applications/access";
import { displayCode } from "@/lib/applications/answers";
import { blockingEntries } from "@/lib/applications/checklist";
import { readApplicationOr404 } from "@/lib/applications/read-application";
import { EDITABLE_STATUSES } from "@/lib/applications/workflow";
import { requireActor } from "@/lib/auth/session";
import { pick } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("checkTitle") };
}

// Check your answers: every item with its answers and documents, a change link per item while
// the applicant may still change it, then the submission.
export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/permohonan/${id}/periksa`);
  const { app, checklist, evidenceByItem } = await readApplicationOr404(actor, id);
  const [t, locale] = [await getTranslations("application"), await getLocale()];
  const canEdit = EDITABLE_STATUSES.includes(app.status) && editableApplications(actor) !== null && app.companyId === actor.companyId;
  const blocking = blockingEntries(checklist);
  const titles = Object.fromEntries(checklist.map((e) => [e.item.code, `${displayCode(e.item.code)} ${pick(e.item.title, locale)}`]));

  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href={`/permohonan/${app.id}`}>← {t("backToTaskList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("checkTitle")}</h1>
      {canEdit && <p className="text-slate-700">{t("checkIntro")}</p>}
      {(["umum", "khusus"] as const).map((group) => (
        <section key={group} aria-labelledby={`check-${group}`} className="space-y-4">
          <h2 id={`check-${group}`} className="text-2xl font-semibold">
            {t(`groups.${group}`)}
          </h2>
          {checklist
            .filter((e) => e.item.group === group)
            .map((e) => {
              const files = evidenceByItem.get(e.item.id) ?? [];
              const editableItem = canEdit && (app.status === "draft" || e.answer?.verdict === "tidak_sesuai");
              return (
                <div key={e.item.code} className="border-b border-slate-200 pb-4" data-testid={`check-${e.item.code}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-lg font-semibold">{titles[e.item.code]}</h3>
                    {editableItem && (
                      <Link href={`/permohonan/${app.id}/butir/${e.item.code}`}>
                        {t("change")}
                        <span className="sr-only"> {titles[e.item.code]}</span>
                      </Link>
                    )}
                  </div>
                  {e.status !== "complete" && (
                    <p className="mt-1">
                      <SectionStatusTag status={e.status} />
                    </p>
                  )}
                  <div className="mt-2">
                    <AnswerSummary fields={e.item.fields} value={e.value} locale={locale} />
                  </div>
                  {e.item.evidenceRequired && (
                    <div className="mt-2">
                      <p className="text-sm text-slate-700">{t("evidenceTitle")}</p>
                      {files.length === 0 ? (
                        <p className="font-medium">{t("files", { count: 0 })}</p>
                      ) : (
                        <ul className="list-disc pl-6">
                          {files.map((f) => (
                            <li key={f.id}>
                              <a href={`/api/berkas/${f.id}`}>{f.name}</a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
        </section>
      ))}
      {canEdit && (
        <section aria-labelledby="submit-heading" className="space-y-3">
          <h2 id="submit-heading" className="text-2xl font-semibold">
            {t("submitTitle")}
          </h2>
          {blocking.length > 0 && (
            <div className="border-l-4 border-amber-600 bg-amber-50 p-4">
              <p className="font-semibold">{t("missingIntro")}</p>
              <ul className="mt-1 list-disc pl-6">
                {blocking.map((e) => (
                  <li key={e.item.code}>
                    <Link href={`/permohonan/${app.id}/butir/${e.item.code}`}>{titles[e.item.code]}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p>{t("submitDeclaration")}</p>
          <SubmitForm applicationId={app.id} resubmit={app.status === "needs_correction"} codeTitles={titles} />
        </section>
      )}
    </div>
  );
}
