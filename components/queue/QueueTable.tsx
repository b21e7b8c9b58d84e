import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { QueueRow } from "@/lib/queue/list-queue";
import { ClockBadge } from "./ClockBadge";

/** A calendar date "YYYY-MM-DD" as people read it ("25 November 2026"). */
export function formatDueDate(date: string, locale: string): string {
  return formatDate(new Date(`${date}T00:00:00Z`), locale, { calendarDate: true });
}

export async function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const [t, ts, locale] = await Promise.all([getTranslations("queue"), getTranslations("status"), getLocale()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="queue-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 align-bottom">
            <th scope="col" className="py-2 pr-3">{t("columns.number")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.company")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.nib")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.status")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.submitted")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.due")}</th>
            <th scope="col" className="py-2">{t("columns.clock")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top" data-testid="queue-row">
              <th scope="row" className="py-2 pr-3 font-semibold whitespace-nowrap">
                <Link href={`/petugas/berkas/${r.id}`}>{r.registrationNumber ?? t("noNumber")}</Link>
                {r.escalated && <span className="mt-1 block text-xs font-normal text-red-900">{t("escalated")}</span>}
              </th>
              <td className="py-2 pr-3">
                {r.companyName}
                {(r.officerName || r.technicalName) && (
                  <span className="mt-1 block text-xs text-slate-700">
                    {[r.officerName && t("officer", { name: r.officerName }), r.technicalName && t("technical", { name: r.technicalName })]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </td>
              <td className="py-2 pr-3 tabular-nums">{r.nib}</td>
              <td className="py-2 pr-3">{ts(r.status)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{r.submittedAt ? formatDate(r.submittedAt, locale) : "—"}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {r.dueDate ? formatDueDate(r.dueDate, locale) : t("noDue")}
                {r.dueDate && r.dueProvisional && (
                  <span className="block text-xs text-slate-700" title={t("provisionalHint")}>
                    ({t("provisional")})
                  </span>
                )}
              </td>
              <td className="py-2">
                <ClockBadge clock={r.clock} slaDays={r.slaDays} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
