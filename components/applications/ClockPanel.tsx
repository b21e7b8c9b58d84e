import { getLocale, getTranslations } from "next-intl/server";
import type { ClockView } from "@/lib/applications/clock-view";
import { formatDate } from "@/lib/format";

const STYLE: Record<string, string> = {
  not_started: "border-slate-400 bg-slate-50",
  on_time: "border-emerald-700 bg-emerald-50",
  warning: "border-amber-600 bg-amber-50",
  overdue: "border-red-700 bg-red-50",
  paused: "border-sky-700 bg-sky-50",
  stopped: "border-slate-400 bg-slate-50",
};

/** "Hari ke-X dari 7", the due date and the state in words (never colour alone). */
export async function ClockPanel({ clock }: { clock: ClockView }) {
  const [t, locale] = [await getTranslations("application.clock"), await getLocale()];
  return (
    <section aria-labelledby="clock-heading" className={`border-l-4 p-4 ${STYLE[clock.badge] ?? ""}`} data-testid="clock">
      <h2 id="clock-heading" className="font-semibold">
        {t("title")}: <span data-testid="clock-badge">{t(`badge.${clock.badge}`)}</span>
      </h2>
      {clock.day !== null && clock.badge !== "stopped" && <p data-testid="clock-day">{t("day", { day: clock.day, total: clock.slaDays })}</p>}
      {clock.dueDate && <p data-testid="clock-due">{t("due", { date: formatDate(new Date(`${clock.dueDate}T00:00:00Z`), locale, { calendarDate: true }) })}</p>}
      {clock.provisional && clock.dueDate && <p className="mt-1 text-sm">{t("provisional")}</p>}
      <p className="mt-1 text-sm text-slate-700">{t("rule")}</p>
    </section>
  );
}
