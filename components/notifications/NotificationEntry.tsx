import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import type { NotificationItem } from "@/lib/notifications/list";

const DETAILS = ["dueDate", "visitDate", "certificateNumber", "recommendation", "reason", "note"] as const;

/** One notification: what happened (in the reader's language), when, and a link to the file. */
export async function NotificationEntry({ item }: { item: NotificationItem }) {
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  const reg = typeof item.data.registrationNumber === "string" ? item.data.registrationNumber : null;
  const key = t.has(`${item.audience}.${item.type}.title`) ? `${item.audience}.${item.type}` : "unknown";
  const unread = item.readAt === null;
  const headingId = `notif-${item.id}`;
  const details = DETAILS.flatMap((name) => {
    const value = item.data[name];
    if (value === null || value === undefined || String(value).trim() === "") return [];
    return [{ name, value: name === "dueDate" || name === "visitDate" ? calendarDate(String(value), locale) : String(value) }];
  });

  return (
    <li className={unread ? "border-l-4 border-brand-700 bg-brand-50 p-4" : "border-l-4 border-transparent p-4"} data-testid="notification" data-unread={unread}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="text-base font-semibold break-words">
          {unread && (
            <span className="mr-2 inline-block rounded bg-brand-800 px-2 py-0.5 align-middle text-xs font-semibold text-white">{t("unreadTag")}</span>
          )}
          {t(`${key}.title`, { registrationNumber: reg ?? t("noRegistration") })}
        </h2>
        <p className="mt-1">{t(`${key}.body`)}</p>
        {details.length > 0 && (
          <dl className="mt-2 space-y-1 text-sm">
            {details.map((d) => (
              <div key={d.name}>
                <dt className="inline font-medium">{t(`details.${d.name}`)}: </dt>
                <dd className="inline whitespace-pre-line break-words">{d.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="mt-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700">
          <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale)}</time>
          {item.href && (
            <Link href={item.href} className="font-semibold break-all">
              {reg ? t("open", { registrationNumber: reg }) : t("openNoNumber")}
            </Link>
          )}
        </p>
      </article>
    </li>
  );
}

/** "2026-11-25" in the reader's language; anything else as given. */
function calendarDate(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? value : formatDate(date, locale, { calendarDate: true });
}
