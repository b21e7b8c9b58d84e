import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/queue/Pagination";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { listComplaints, TABS, type ComplaintTab } from "@/lib/complaints/read";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { jakartaDate, workingDaysBetween } from "@/lib/sla/working-days";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("listTitle") };
}

type Query = { tab?: string; q?: string; hal?: string };

export default async function ComplaintListPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePermission("/pengaduan/kelola", "complaint.list");
  const query = await searchParams;
  const tab: ComplaintTab = (TABS as readonly string[]).includes(query.tab ?? "") ? (query.tab as ComplaintTab) : "aktif";
  const q = (query.q ?? "").slice(0, 40);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(query.hal ?? "1", 10) || 1));
  const [t, format, list] = [await getTranslations("complaints"), await getFormatter(), await listComplaints(actor, { tab, q, page })];
  const today = jakartaDate(new Date());
  const cal = await loadWorkingCalendar();
  const href = (p: { tab?: string; hal?: number }) => {
    const params = new URLSearchParams({ tab: p.tab ?? tab, ...(q ? { q } : {}), ...(p.hal && p.hal > 1 ? { hal: String(p.hal) } : {}) });
    return `/pengaduan/kelola?${params}`;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
        {can(actor, "complaint.record") && (
          <Link href="/pengaduan/kelola/catat" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900">
            {t("recordLink")}
          </Link>
        )}
      </div>
      <p>{t("listIntro")}</p>
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {TABS.map((name) => (
            <li key={name}>
              <Link href={href({ tab: name })} aria-current={name === tab ? "page" : undefined} className={`inline-block rounded border px-3 py-1 ${name === tab ? "border-brand-800 bg-brand-800 font-semibold text-white" : "border-slate-400"}`}>
                {t(`tabs.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/pengaduan/kelola" role="search" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="tab" value={tab} />
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={40} className="mt-1 block rounded border border-slate-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-brand-800 px-4 py-2 font-semibold text-brand-900">
          {t("searchButton")}
        </button>
      </form>
      {list.rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left" data-testid="complaint-list">
            <thead>
              <tr className="border-b-2 border-slate-400">
                {(["ticket", "channel", "kind", "status", "due", "received"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-4">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((c) => {
                const due = c.dueDate?.toISOString().slice(0, 10) ?? null;
                const late = !!due && c.status !== "selesai" && due < today;
                // A warning in the last three working days before the answer date, as on the files' clock.
                const soon = !!due && c.status !== "selesai" && !late && workingDaysBetween(today, due, cal) < 3;
                return (
                  <tr key={c.id} className="border-b border-slate-200">
                    <td className="py-2 pr-4">
                      <Link href={`/pengaduan/kelola/${c.id}`} className="font-mono font-semibold">
                        {c.ticket}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{t(`channels.${c.channel}`)}</td>
                    <td className="py-2 pr-4">{t(`kinds.${c.kind}`)}</td>
                    <td className="py-2 pr-4">
                      {t(`statuses.${c.status}`)}
                      {c.track && <span className="block text-sm">{t(`tracks.${c.track}`)}</span>}
                    </td>
                    <td className="py-2 pr-4">
                      {c.dueDate ? format.dateTime(c.dueDate, { dateStyle: "medium", timeZone: "UTC" }) : "–"}
                      {late && <strong className="ml-2 rounded bg-red-700 px-2 py-0.5 text-sm text-white">{t("overdueTag")}</strong>}
                      {soon && <strong className="ml-2 rounded bg-amber-300 px-2 py-0.5 text-sm text-amber-950">{t("dueSoonTag")}</strong>}
                      {c.escalatedAt && <span className="block text-sm text-red-800">{t("escalatedTag")}</span>}
                    </td>
                    <td className="py-2 pr-4">{format.dateTime(c.receivedAt, { dateStyle: "medium", timeZone: "Asia/Jakarta" })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm">{t("pageOf", { page: list.page, pages: list.pages, total: list.total })}</p>
      <Pagination page={list.page} pageCount={list.pages} href={(p) => href({ hal: p })} />
    </div>
  );
}
