import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { createApplicationAction } from "@/lib/applications/actions";
import { listCompanyApplications } from "@/lib/applications/read-application";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("title") };
}

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<{ galat?: string }> }) {
  const actor = await requirePermission("/permohonan", "application.create");
  const [{ galat }, t, ts, locale] = await Promise.all([
    searchParams,
    getTranslations("application"),
    getTranslations("status"),
    getLocale(),
  ]);
  const applications = await listCompanyApplications(actor);
  const draft = applications.find((a) => a.status === "draft");
  const errorText = galat && t.has(`errors.${galat}`) ? t(`errors.${galat}`) : null;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("listIntro")}</p>
      {errorText && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4">
          <p>{errorText}</p>
          {(galat === "company_missing" || galat === "scale_ineligible") && (
            <p className="mt-2">
              <Link href="/perusahaan">{t("needCompanyLink")}</Link>
            </p>
          )}
        </div>
      )}
      {!actor.companyId ? (
        <div className="border-l-4 border-brand-700 bg-brand-50 p-4">
          <p>{t("needCompany")}</p>
          <p className="mt-2">
            <Link href="/perusahaan" className="font-semibold">
              {t("needCompanyLink")}
            </Link>
          </p>
        </div>
      ) : draft ? (
        <p>
          <Link href={`/permohonan/${draft.id}`} className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-900">
            {t("resume")}
          </Link>
        </p>
      ) : (
        <form action={createApplicationAction}>
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t("start")}
          </button>
        </form>
      )}
      {applications.length === 0 ? (
        actor.companyId && <p>{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="applications">
          {applications.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <div>
                <p className="font-semibold">{a.registrationNumber ?? t("noNumber")}</p>
                <p className="text-sm text-slate-700">
                  {ts(a.status)}
                  {a.submittedAt && <> · {t("submittedOn", { date: formatDate(a.submittedAt, locale) })}</>}
                </p>
              </div>
              <p className="flex flex-wrap gap-4">
                {a.certificate && !a.certificate.revokedAt && (
                  <a href={`/permohonan/${a.id}/sertifikat`} className="font-semibold">
                    {t("downloadCertificate", { number: a.certificate.number })}
                  </a>
                )}
                <Link href={`/permohonan/${a.id}`}>
                  {t("open")}
                  <span className="sr-only"> {a.registrationNumber ?? t("noNumber")}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
