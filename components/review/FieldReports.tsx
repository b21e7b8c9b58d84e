import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationView } from "@/lib/applications/read-application";
import { formatDate } from "@/lib/format";

export async function FieldReports({ reports }: { reports: ApplicationView["app"]["fieldReports"] }) {
  if (reports.length === 0) return null;
  const [t, locale] = [await getTranslations("review"), await getLocale()];
  return (
    <section aria-labelledby="reports-heading" className="space-y-4">
      <h2 id="reports-heading" className="text-2xl font-semibold">
        {t("reportsTitle")}
      </h2>
      {reports.map((r) => (
        <div key={r.id} className="rounded border border-slate-300 p-4" data-testid="field-report">
          <p>
            <strong>{t("visitDate")}:</strong> {formatDate(r.visitDate, locale, { calendarDate: true })}
          </p>
          <p>
            <strong>{t("recommendation")}:</strong> {t(`recommendations.${r.recommendation}`)}
          </p>
          <p className="mt-2 font-semibold">{t("findings")}</p>
          <p className="whitespace-pre-line">{r.findings}</p>
          {r.photos.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-3">
              {r.photos.map((p, i) => (
                <li key={p.id}>
                  <a href={`/api/foto-lapangan/${p.id}`} target="_blank" rel="noopener">
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={`/api/foto-lapangan/${p.id}`} alt={t("photoAlt", { n: i + 1 })} className="h-28 w-auto rounded border border-slate-300" />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
