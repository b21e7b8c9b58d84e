import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/queue/Pagination";
import { QueueTable } from "@/components/queue/QueueTable";
import { requirePermission } from "@/lib/auth/session";
import { listQueue } from "@/lib/queue/list-queue";
import { parseQueueParams, QUEUE_STATUSES, queueQueryString, type QueueFilters } from "@/lib/queue/schemas";
import { getServiceDefinition } from "@/lib/service-standard/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

const ACTION_ROLES = ["petugas", "tim_teknis", "penandatangan", "atasan"] as const;
const field = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("/petugas", "application.list");
  const { filters, page } = parseQueueParams(await searchParams);
  const [t, ts, service, result] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getServiceDefinition(),
    listQueue({ actor, filters, page }),
  ]);
  const href = (f: QueueFilters, p = 1) => `/petugas${queueQueryString(f, p)}`;
  const filtered = !!(filters.q || filters.status || filters.badge || filters.mine);
  const hints = ACTION_ROLES.filter((r) => actor.roles.includes(r)).map((r) => t(`actionHint.${r}`));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro", { days: service.slaWorkingDays })}</p>
      </div>

      <nav aria-label={t("tabsLabel")}>
        <ul className="flex gap-1 border-b border-slate-400">
          {(["action", "all"] as const).map((tab) => {
            const current = filters.tab === tab;
            return (
              <li key={tab}>
                <Link
                  href={href({ ...filters, tab })}
                  aria-current={current ? "page" : undefined}
                  className={
                    current
                      ? "-mb-px inline-block rounded-t border border-b-white border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 no-underline"
                      : "inline-block px-4 py-2"
                  }
                >
                  {t(`tabs.${tab}`)}
                </Link>
              </li>
            );
          })}
        </ul>
        {filters.tab === "action" && hints.length > 0 && <p className="mt-2 text-sm text-slate-700">{hints.join(" ")}</p>}
      </nav>

      <form method="get" action="/petugas" role="search" aria-labelledby="saring-judul" className="rounded border border-slate-300 p-4">
        <h2 id="saring-judul" className="text-lg font-semibold">
          {t("filtersTitle")}
        </h2>
        {filters.tab === "all" && <input type="hidden" name="tab" value="semua" />}
        <div className="mt-3 grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
          <div>
            <label htmlFor="q" className="font-medium">
              {t("search")}
            </label>
            <p id="q-hint" className="text-sm text-slate-700">
              {t("searchHint")}
            </p>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ""}
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="q-hint"
              className={field}
            />
          </div>
          <div className="self-end">
            <label htmlFor="status" className="font-medium">
              {t("status")}
            </label>
            <select id="status" name="status" defaultValue={filters.status ?? ""} className={field}>
              <option value="">{t("anyStatus")}</option>
              {QUEUE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="self-end">
            <label htmlFor="tenggat" className="font-medium">
              {t("badge")}
            </label>
            <select
              id="tenggat"
              name="tenggat"
              defaultValue={filters.badge === "overdue" ? "terlambat" : filters.badge === "warning" ? "perhatian" : ""}
              className={field}
            >
              <option value="">{t("anyBadge")}</option>
              <option value="terlambat">{t("badgeFilter.overdue")}</option>
              <option value="perhatian">{t("badgeFilter.warning")}</option>
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="milik" value="saya" defaultChecked={filters.mine} className="h-5 w-5" />
            {t("mine")}
          </label>
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t("apply")}
          </button>
          {filtered && <Link href={href({ tab: filters.tab, mine: false })}>{t("reset")}</Link>}
        </div>
      </form>

      <section aria-labelledby="hasil-judul" className="space-y-4">
        <h2 id="hasil-judul" className="text-xl font-semibold" data-testid="queue-count">
          {t("resultCount", { total: result.total })}
          {result.pageCount > 1 && <span className="font-normal text-slate-700"> · {t("pageOf", { page: result.page, pages: result.pageCount })}</span>}
        </h2>
        {result.rows.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <QueueTable
            rows={result.rows}
            caption={t("caption", { total: result.total, page: result.page, pages: result.pageCount })}
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} href={(p) => href(filters, p)} />
      </section>
    </div>
  );
}
