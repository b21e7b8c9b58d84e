import { getTranslations } from "next-intl/server";

/** How the completion time is counted, for a service of `days` working days. */
export async function ClockRule({ days }: { days: number }) {
  const t = await getTranslations("standard");
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold text-slate-900">{t("clockTitle")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-900">
        <li>{t("clockRule", { days })}</li>
        <li>{t("clockNonWorkingDay")}</li>
        <li>{t("clockWorkingDays")}</li>
        <li>{t("clockPause")}</li>
      </ul>
    </div>
  );
}
