import type { Locale } from "@/lib/i18n/config";
import type { StandardData } from "@/lib/service-standard/types";
import { LocalizedText } from "./LocalizedText";

/** The table of contents: the standard's parts (A, B) with links to each component's section. */
export function StandardToc({
  standard,
  locale,
  id,
  title,
}: {
  standard: StandardData;
  locale: Locale;
  /** The id of the table of contents, for "back to contents" links. */
  id: string;
  title: string;
}) {
  const headingId = `${id}-judul`;
  return (
    <nav id={id} aria-labelledby={headingId} className="scroll-mt-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <ul role="list" className="mt-3 list-none space-y-4 p-0">
        {standard.parts.map((part) => {
          const components = standard.components.filter((c) => c.part === part.key);
          if (components.length === 0) return null;
          return (
            <li key={part.key}>
              <p className="text-sm font-medium text-slate-700">
                {part.marker} <LocalizedText text={part.title} locale={locale} />
              </p>
              <ol role="list" className="mt-2 list-none space-y-1 p-0 sm:columns-2 sm:gap-8">
                {components.map((c) => (
                  <li key={c.key} className="flex gap-2 break-inside-avoid">
                    <span className="w-7 shrink-0 text-slate-700 tabular-nums">{c.no}.</span>
                    <a href={`#${c.key}`} className="min-w-0 break-words">
                      <LocalizedText text={c.title} locale={locale} />
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
