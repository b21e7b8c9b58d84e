import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";

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
          const corrected = (e.data as { corrected?: { code: string }[] } | null)?.corrected;
          return (
            <li key={e.id}>
              <p className="font-semibold">{t.has(`events.${e.type}`) ? t(`events.${e.type}`) : e.type}</p>
              <p className="text-sm text-slate-700">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale)}</time>
              </p>
              {e.note && <p className="mt-1 whitespace-pre-line">{e.note}</p>}
              {corrected && corrected.length > 0 && (
                <p className="mt-1 text-sm text-slate-700">{corrected.map((c) => c.code).join(", ")}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
