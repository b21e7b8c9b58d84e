import { getLocale, getTranslations } from "next-intl/server";
import { displayCode } from "@/lib/applications/answers";
import { formatDate, formatDateTime } from "@/lib/format";

export interface TimelineEvent {
  id: string;
  type: string;
  note: string | null;
  data: unknown;
  createdAt: Date;
}

/** Every event of the application, oldest first, with officers' notes. */
export async function Timeline({ events }: { events: TimelineEvent[] }) {
  const [t, locale] = [await getTranslations("application"), await getLocale()];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t("timelineTitle")}
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-brand-700 pl-4" data-testid="timeline">
        {events.map((e) => {
          const data = (e.data ?? {}) as { corrected?: { code: string }[]; items?: { code: string; note: string }[]; dueDate?: string | null; certificateNumber?: string };
          const corrected = data.corrected;
          return (
            <li key={e.id}>
              <p className="font-semibold">{t.has(`events.${e.type}`) ? t(`events.${e.type}`) : e.type}</p>
              <p className="text-sm text-slate-700">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
              </p>
              {e.note && <p className="mt-1 whitespace-pre-line">{e.note}</p>}
              {e.type === "correction_requested" && data.items && data.items.length > 0 && (
                <ul className="mt-1 list-disc pl-6">
                  {data.items.map((i) => (
                    <li key={i.code} className="whitespace-pre-line">
                      {displayCode(i.code)}: {i.note}
                    </li>
                  ))}
                </ul>
              )}
              {data.dueDate && (e.type === "declared_complete" || e.type === "resubmitted") && (
                <p className="mt-1 text-sm">{t("dueDate", { date: formatDate(new Date(`${data.dueDate}T00:00:00Z`), locale, { calendarDate: true }) })}</p>
              )}
              {data.certificateNumber && <p className="mt-1 text-sm">{t("certificateNumberShown", { number: data.certificateNumber })}</p>}
              {corrected && corrected.length > 0 && (
                <p className="mt-1 text-sm text-slate-700">{corrected.map((c) => displayCode(c.code)).join(", ")}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
