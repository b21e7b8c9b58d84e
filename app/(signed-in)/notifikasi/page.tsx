import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationEntry } from "@/components/notifications/NotificationEntry";
import { requireActor } from "@/lib/auth/session";
import { markAllReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Search = { sebelum?: string; dibaca?: string; galat?: string };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("/notifikasi");
  const [{ sebelum, dibaca, galat }, t] = await Promise.all([searchParams, getTranslations("notifications")]);
  const page = await listNotifications({ actor, cursor: typeof sebelum === "string" ? sebelum : null });
  const marked = typeof dibaca === "string" && /^\d{1,6}$/.test(dibaca) ? Number(dibaca) : null;
  const errorText = typeof galat === "string" ? (t.has(`errors.${galat}`) ? t(`errors.${galat}`) : t("errors.invalid")) : null;

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>

      <div role="status" aria-live="polite">
        {marked !== null && <p className="border-l-4 border-brand-700 bg-brand-50 p-3">{t("markedRead", { count: marked })}</p>}
      </div>
      {errorText && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
          <p>{errorText}</p>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p data-testid="unread-summary">{t("unreadSummary", { count: page.unread })}</p>
        {page.unread > 0 && (
          <form action={markAllReadAction}>
            <input type="hidden" name="upTo" value={page.newestAt?.toISOString() ?? ""} />
            <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              {t("markAllRead")}
            </button>
          </form>
        )}
      </div>

      {page.items.length === 0 ? (
        <p className="rounded border border-slate-300 p-4">{t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="divide-y divide-slate-300 rounded border border-slate-300">
          {page.items.map((item) => (
            <NotificationEntry key={item.id} item={item} />
          ))}
        </ol>
      )}

      {(page.nextCursor || sebelum) && (
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap gap-x-6 gap-y-2">
          {sebelum && <Link href="/notifikasi">{t("newest")}</Link>}
          {page.nextCursor && <Link href={`/notifikasi?sebelum=${encodeURIComponent(page.nextCursor)}`}>{t("older")}</Link>}
        </nav>
      )}

      <p className="text-sm text-slate-700">{t("free")}</p>
    </div>
  );
}
