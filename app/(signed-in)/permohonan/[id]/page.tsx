import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClockPanel } from "@/components/applications/ClockPanel";
import { CertificateSummary } from "@/components/certificates/CertificateSummary";
import { SectionStatusTag } from "@/components/applications/SectionStatusTag";
import { clockOf } from "@/lib/applications/clock-view";
import { Timeline } from "@/components/applications/Timeline";
import { displayCode } from "@/lib/applications/answers";
import { editableApplications } from "@/lib/applications/access";
import { readApplicationOr404 } from "@/lib/applications/read-application";
import { EDITABLE_STATUSES } from "@/lib/applications/workflow";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("taskListTitle") };
}

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/permohonan/${id}`);
  const { app, checklist, lastSavedAt } = await readApplicationOr404(actor, id);
  const [t, ts, locale, tsurvey] = [await getTranslations("application"), await getTranslations("status"), await getLocale(), await getTranslations("survey")];
  const editable = EDITABLE_STATUSES.includes(app.status) && editableApplications(actor) !== null && app.companyId === actor.companyId;
  const done = checklist.filter((e) => e.status === "complete").length;
  const allDone = done === checklist.length;
  const pending = checklist.filter((e) => e.correctionPending || (app.status === "needs_correction" && e.answer?.verdict === "tidak_sesuai"));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("taskListTitle")}</h1>
        {app.registrationNumber && (
          <p className="mt-1 text-lg" data-testid="registration-number">
            {t("columns.number")}: <strong>{app.registrationNumber}</strong>
          </p>
        )}
        <p className="mt-1">
          {t("statusTitle")}: <strong data-testid="application-status">{ts(app.status)}</strong>
        </p>
      </div>
      {(app.status === "issued" || app.status === "rejected") && !app.surveyInvitation?.respondedAt && actor.roles.includes("pemohon") && (
        <section aria-labelledby="survei-judul" className="rounded border-2 border-brand-800 p-4" data-testid="survey-invite">
          <h2 id="survei-judul" className="text-xl font-semibold">
            {tsurvey("invite")}
          </h2>
          <p className="mt-1">{tsurvey("inviteText")}</p>
          <p className="mt-2">
            <Link href={`/permohonan/${app.id}/survei`} className="font-semibold">
              {tsurvey("invite")}
            </Link>
          </p>
        </section>
      )}
      {app.certificate && <CertificateSummary certificate={app.certificate} downloadHref={`/permohonan/${app.id}/sertifikat`} />}
      {app.status !== "draft" && <ClockPanel clock={await clockOf(app, app.service.slaWorkingDays)} />}

      {app.status === "needs_correction" && pending.length > 0 && (
        <section aria-labelledby="correction-heading" className="border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="correction-heading" className="text-xl font-semibold">
            {t("correctionTitle")}
          </h2>
          <p className="mt-1">{t("correctionIntro")}</p>
          <ul className="mt-3 space-y-2">
            {pending.map((e) => (
              <li key={e.item.code}>
                <Link href={`/permohonan/${app.id}/butir/${e.item.code}`} className="font-semibold">
                  {displayCode(e.item.code)} {pick(e.item.title, locale)}
                </Link>
                {e.answer?.verdictNote && (
                  <p className="whitespace-pre-line">
                    {t("officerNote")}: {e.answer.verdictNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {editable ? (
        <>
          <p className="text-slate-700">{t("taskListIntro")}</p>
          <p>
            <strong data-testid="progress">{t("progress", { done, total: checklist.length })}</strong>
            {lastSavedAt && <span className="ml-2 text-sm text-slate-700">· {t("lastSaved", { time: formatDateTime(lastSavedAt, locale) })}</span>}
          </p>
          {(["umum", "khusus"] as const).map((group) => (
            <section key={group} aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`} className="text-xl font-semibold">
                {t(`groups.${group}`)}
              </h2>
              <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200" data-testid={`tasks-${group}`}>
                {checklist
                  .filter((e) => e.item.group === group)
                  .map((e) => {
                    const statusId = `status-${e.item.code}`;
                    return (
                      <li key={e.item.code} className="flex flex-wrap items-center justify-between gap-2 py-3">
                        <Link href={`/permohonan/${app.id}/butir/${e.item.code}`} aria-describedby={statusId} className="font-medium">
                          {displayCode(e.item.code)} {pick(e.item.title, locale)}
                        </Link>
                        <SectionStatusTag status={e.status} id={statusId} />
                      </li>
                    );
                  })}
              </ul>
            </section>
          ))}
          {allDone ? (
            <p>
              <Link href={`/permohonan/${app.id}/periksa`} className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-900">
                {t("checkAnswers")}
              </Link>
            </p>
          ) : (
            <p className="text-slate-700">{t("checkAnswersDisabled")}</p>
          )}
        </>
      ) : (
        <>
          {app.registrationNumber && (
            <p className="flex flex-wrap gap-4">
              <a href={`/permohonan/${app.id}/tanda-terima`} className="font-semibold">
                {t("receipt")}
              </a>
              <Link href={`/permohonan/${app.id}/periksa`}>{t("checkTitle")}</Link>
            </p>
          )}
        </>
      )}
      {app.status !== "draft" && <Timeline events={app.events} />}
    </div>
  );
}
