import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarWarning } from "@/components/dashboard/CalendarWarning";
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { jakartaYear, missingCalendarYears } from "@/lib/sla/calendar-status";

export const metadata: Metadata = { title: "Kalender hari libur" };

export default async function HolidaysPage() {
  await requirePermission("/kalender-libur", "holiday.view");
  const [t, locale] = [await getTranslations("dashboard"), await getLocale()];
  const year = jakartaYear(new Date());
  const [holidays, years, missing] = await Promise.all([
    getPrisma().holiday.findMany({
      where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`) } },
      orderBy: { date: "asc" },
    }),
    getPrisma().calendarYear.findMany({ orderBy: { year: "asc" } }),
    missingCalendarYears(),
  ]);
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
  });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("holidaysTitle")}</h1>
      <p className="text-slate-700">{t("holidaysIntro")}</p>
      <CalendarWarning years={missing} />
      <section aria-labelledby="years-heading">
        <h2 id="years-heading" className="text-xl font-semibold">{t("confirmedYears")}</h2>
        <ul className="mt-2 list-disc pl-6">
          {years.map((y) => (
            <li key={y.year}>
              <strong>{y.year}</strong>: {y.decree}
            </li>
          ))}
        </ul>
      </section>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("holidaysCaption", { count: holidays.length })}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-2 pr-4">{t("date")}</th>
              <th scope="col" className="py-2 pr-4">{t("holidayName")}</th>
              <th scope="col" className="py-2">{t("kind")}</th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.id} className="border-b border-slate-200">
                <td className="py-1.5 pr-4 whitespace-nowrap">{fmt.format(h.date)}</td>
                <td className="py-1.5 pr-4">{h.name}</td>
                <td className="py-1.5">{t(`kinds.${h.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
