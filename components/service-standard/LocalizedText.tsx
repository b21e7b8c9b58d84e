import { Fragment, type ReactNode } from "react";
import { defaultLocale, isLocale, pick, type Locale } from "@/lib/i18n/config";
import type { LocalizedText as Text } from "@/lib/service-standard/types";

/** The request locale from next-intl, narrowed to the portal's locales. */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** True when a text has no translation for the locale and falls back to Indonesian. */
export function isFallback(text: Text, locale: Locale): boolean {
  return locale !== "id" && !text.en;
}

/** Lets long slash-joined terms ("saran/masukan/koreksi/revisi") wrap after each slash. */
function withSlashBreaks(value: string): ReactNode {
  if (!value.includes("/")) return value;
  const parts = value.split("/");
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** Renders a { id, en } text in the page's language, marking an Indonesian fallback with lang="id". */
export function LocalizedText({ text, locale }: { text: Text; locale: Locale }) {
  const value = withSlashBreaks(pick(text, locale));
  return isFallback(text, locale) ? <span lang="id">{value}</span> : <>{value}</>;
}
