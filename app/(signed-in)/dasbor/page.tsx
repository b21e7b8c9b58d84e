import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarWarning } from "@/components/dashboard/CalendarWarning";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { missingCalendarYears } from "@/lib/sla/calendar-status";

export const metadata: Metadata = { title: "Dasbor" };

const STATUSES = Object.values(ApplicationStatus);

export default async function DashboardPage() {
  const actor = await requireActor("/dasbor");
  const t = await getTranslations("dashboard");
  const tc = await getTranslations("common");
  const tco = await getTranslations("company.dashboard");
  // An applicant without a company starts with the company profile (and its scale gate).
  const needsCompany = can(actor, "company.create") && !actor.companyId;
  const prisma = getPrisma();

  const [company, counts, missingYears] = await Promise.all([
    actor.companyId ? prisma.company.findUnique({ where: { id: actor.companyId } }) : null,
    can(actor, "application.list") || actor.companyId
      ? prisma.application.groupBy({
          by: ["status"],
          _count: { _all: true },
          where: can(actor, "application.list") ? {} : { companyId: actor.companyId ?? "" },
        })
      : [],
    can(actor, "holiday.view") ? missingCalendarYears() : [],
  ]);
  const countOf = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  const tasks = actor.roles.flatMap((role) => t.raw(`tasks.${role}`) as string[]);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-slate-700">
          {t("welcome", { name: actor.name })} · {actor.roles.map((r) => tc(`roles.${r}`)).join(", ")}
        </p>
      </div>

      <CalendarWarning years={missingYears} />

      {needsCompany && (
        <section
          aria-labelledby="company-cta-heading"
          className="rounded border-l-4 border-brand-700 bg-brand-50 p-5"
          data-testid="company-cta"
        >
          <h2 id="company-cta-heading" className="text-xl font-semibold">
            {tco("noCompanyTitle")}
          </h2>
          <p className="mt-2">{tco("noCompanyBody")}</p>
          <p className="mt-4">
            <Link
              href="/perusahaan"
              className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white! no-underline! hover:bg-brand-900"
            >
              {tco("noCompanyCta")}
            </Link>
          </p>
          <p className="mt-3 text-sm text-slate-700">{tco("noCompanyInvite")}</p>
        </section>
      )}

      {company && (
        <section aria-labelledby="company-heading" className="rounded border border-slate-300 p-5">
          <h2 id="company-heading" className="text-xl font-semibold">
            {t("companyTitle")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("companyName")}</dt>
            <dd>{company.name}</dd>
            <dt className="font-medium">NIB</dt>
            <dd className="tabular-nums">{company.nib}</dd>
            <dt className="font-medium">{t("scale")}</dt>
            <dd>{company.scale ? t(`scales.${company.scale}`) : t("notFilled")}</dd>
          </dl>
          {can(actor, "application.create") && (
            <p className="mt-4">
              <Link href="/permohonan" className="font-semibold">
                {t("openApplications")}
              </Link>
            </p>
          )}
        </section>
      )}

      {(can(actor, "application.list") || actor.companyId) && (
        <section aria-labelledby="apps-heading">
          <h2 id="apps-heading" className="text-xl font-semibold">
            {can(actor, "application.list") ? t("applicationsAll") : t("applicationsOwn")}
          </h2>
          <table className="mt-3 w-full max-w-md border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-4">{t("status")}</th>
                <th scope="col" className="py-2 text-right">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((s) => (
                <tr key={s} className="border-b border-slate-200">
                  <td className="py-1.5 pr-4">{t(`statuses.${s}`)}</td>
                  <td className="py-1.5 text-right tabular-nums">{countOf(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className="text-xl font-semibold">
          {t("tasksTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {tasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/standar-pelayanan">{t("readStandard")}</Link>
        </p>
      </section>
    </div>
  );
}
