import { getTranslations } from "next-intl/server";

/** How the working-day clock counts, stated on the calendar page (docs/decisions/0010). */
export async function ClockRules() {
  const t = await getTranslations("holidays");
  const rules = t.raw("rules") as string[];
  return (
    <section aria-labelledby="clock-rules-heading">
      <h2 id="clock-rules-heading" className="text-xl font-semibold">
        {t("ruleTitle")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
