import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";

// A plain form: works without JavaScript; the page re-renders in the chosen language.
export async function LanguageSwitch() {
  const [t, locale] = [await getTranslations("common"), await getLocale()];
  const other = locale === "id" ? "en" : "id";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t("switchToLabel")}
        className="rounded border border-white/60 px-2 py-1 text-sm font-medium text-white hover:bg-white/10"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
