export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Picks the text for a locale from a { id, en } pair, falling back to Indonesian. */
export type Localized = { id: string; en?: string };
export function pick(text: Localized, locale: Locale | string): string {
  return (locale === "en" && text.en) || text.id;
}
