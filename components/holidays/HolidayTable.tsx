import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { HolidayView } from "@/lib/sla/holidays-admin";
import { DeleteHolidayButton } from "./DeleteHolidayButton";

/** One year's holidays; for an admin, each row can be edited or removed. */
export async function HolidayTable({
  year,
  holidays,
  yearDecree,
  manage,
}: {
  year: number;
  holidays: HolidayView[];
  yearDecree: string | null;
  manage: boolean;
}) {
  const [t, td, locale] = [await getTranslations("holidays"), await getTranslations("dashboard"), await getLocale()];
  if (holidays.length === 0) return <p data-testid="holiday-table-empty">{t("empty", { year })}</p>;
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const long = (date: string) => fmt.format(new Date(`${date}T00:00:00Z`));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="holiday-table">
        <caption className="mb-2 text-left font-semibold">{t("caption", { year, count: holidays.length })}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-4">{td("date")}</th>
            <th scope="col" className="py-2 pr-4">{td("holidayName")}</th>
            <th scope="col" className="py-2 pr-4">{td("kind")}</th>
            {manage && <th scope="col" className="py-2">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.id} className="border-b border-slate-200 align-top">
              <td className="py-1.5 pr-4 whitespace-nowrap">
                <time dateTime={h.date}>{long(h.date)}</time>
              </td>
              <td className="py-1.5 pr-4">
                {h.name}
                {h.decree !== yearDecree && <span className="block text-sm text-slate-700">{t("otherDecree", { decree: h.decree })}</span>}
              </td>
              <td className="py-1.5 pr-4">{td(`kinds.${h.kind}`)}</td>
              {manage && (
                <td className="py-1.5">
                  <div className="flex flex-wrap items-start gap-3">
                    <Link
                      href={`/kalender-libur?tahun=${year}&ubah=${encodeURIComponent(h.id)}#holiday-form`}
                      aria-label={t("editLabel", { name: h.name, date: long(h.date) })}
                    >
                      {t("edit")}
                    </Link>
                    <DeleteHolidayButton id={h.id} version={h.version} year={year} name={h.name} dateLabel={long(h.date)} />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
