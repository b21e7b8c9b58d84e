import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarWarning } from "@/components/dashboard/CalendarWarning";
import { ClockBadge } from "@/components/queue/ClockBadge";
import { formatDueDate } from "@/components/queue/QueueTable";
import { requirePermission } from "@/lib/auth/session";
import { countOverdueComplaints } from "@/lib/complaints/read";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import { missingCalendarYears } from "@/lib/sla/calendar-status";
import { SUPERVISION_FILE_LIMIT, supervisionOverview } from "@/lib/supervision/overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("supervision.title") };
}

export default async function SupervisionPage() {
  const actor = await requirePermission("/pengawasan", "supervision.view");
  const [t, ts, locale, service, overview, missing] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getLocale(),
    getServiceDefinition(),
    supervisionOverview({ actor }),
    missingCalendarYears(),
  ]);
  const [overdueComplaints, tc] = [await countOverdueComplaints(actor), await getTranslations("complaints")];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("supervision.title")}</h1>
        <p className="mt-2 text-slate-700">{t("supervision.intro", { days: service.slaWorkingDays })}</p>
      </div>
      <CalendarWarning years={missing} />
      <p className={overdueComplaints > 0 ? "border-l-4 border-red-700 bg-red-50 p-4" : ""} data-testid="overdue-complaints">
        {tc("supervisionOverdue", { count: overdueComplaints })}{" "}
        <Link href="/pengaduan/kelola?tab=terlambat">{tc("supervisionOverdueLink")}</Link>
      </p>

      <p className="text-lg font-semibold" data-testid="supervision-summary">
        {t("supervision.summary", { overdue: overview.overdue, warning: overview.warning })}
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/petugas?tab=semua&tenggat=terlambat">{t("supervision.overdueQueue")}</Link>
        <Link href="/petugas?tab=semua&tenggat=perhatian">{t("supervision.warningQueue")}</Link>
      </p>

      {overview.groups.length === 0 ? (
        <p>{t("supervision.none")}</p>
      ) : (
        overview.groups.map((g) => {
          const name = g.holderName ?? t("supervision.unassigned");
          const headingId = `pemegang-${g.holderId ?? "none"}`;
          return (
            <section key={g.holderId ?? "none"} aria-labelledby={headingId} className="rounded border border-slate-300 p-4" data-testid="supervision-group">
              <h2 id={headingId} className="text-xl font-semibold">
                {name}
                <span className="ml-2 text-base font-normal text-slate-700">
                  {t("supervision.groupCounts", { overdue: g.overdue, warning: g.warning })}
                </span>
              </h2>
              {g.files.length > 0 && (
                <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
                  {g.files.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                      <div>
                        <Link href={`/petugas/berkas/${f.id}`} className="font-semibold">
                          {f.registrationNumber ?? t("noNumber")}
                        </Link>{" "}
                        · {f.companyName} · NIB <span className="tabular-nums">{f.nib}</span>
                        <span className="block text-slate-700">
                          {ts(f.status)}
                          {f.dueDate && (
                            <>
                              {" "}
                              · {t("columns.due")}: {formatDueDate(f.dueDate, locale)}
                            </>
                          )}
                          {f.escalated && <> · {t("escalated")}</>}
                        </span>
                      </div>
                      <ClockBadge clock={f.clock} slaDays={f.slaDays} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {overview.truncated && <p className="text-sm text-slate-700">{t("supervision.truncated", { limit: SUPERVISION_FILE_LIMIT })}</p>}
    </div>
  );
}
