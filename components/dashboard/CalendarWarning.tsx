import { getTranslations } from "next-intl/server";

export async function CalendarWarning({ years }: { years: number[] }) {
  if (years.length === 0) return null;
  const t = await getTranslations("dashboard");
  return (
    <div role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950" data-testid="calendar-warning">
      <h2 className="font-semibold">{t("calendarMissingTitle", { years: years.join(", ") })}</h2>
      <p className="mt-1">{t("calendarMissingBody", { years: years.join(", ") })}</p>
    </div>
  );
}
