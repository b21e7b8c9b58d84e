import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { StandardComponent } from "@/lib/service-standard/types";
import { LocalizedText } from "./LocalizedText";
import { RichList } from "./RichList";

/** One component of the service standard: an h2 with the standard's number, then its content. */
export function StandardSection({
  component,
  locale,
  orLabel,
  backLink,
  children,
}: {
  component: StandardComponent;
  locale: Locale;
  orLabel: string;
  /** A link back to the table of contents. */
  backLink?: { href: string; label: string };
  /** Explanations the portal adds below the standard's own text. */
  children?: ReactNode;
}) {
  const headingId = `${component.key}-judul`;
  const items = component.items ?? [];
  // A component that is one short statement ("Gratis", "30 Orang") is shown as a highlighted fact.
  const statementOnly = component.intro !== undefined && items.length === 0;
  return (
    <section id={component.key} aria-labelledby={headingId} className="scroll-mt-4 border-t border-slate-200 pt-6">
      <h2 id={headingId} className="text-xl font-semibold text-slate-900 sm:text-2xl">
        <span className="mr-2 text-brand-800">{component.no}.</span>
        <LocalizedText text={component.title} locale={locale} />
      </h2>
      {component.intro &&
        (statementOnly ? (
          <p className="mt-3 rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-lg font-semibold text-slate-900">
            <LocalizedText text={component.intro} locale={locale} />
          </p>
        ) : (
          <p className="mt-3 text-slate-900">
            <LocalizedText text={component.intro} locale={locale} />
          </p>
        ))}
      {items.length > 0 && (
        <div className="mt-3 text-slate-900">
          <RichList items={items} locale={locale} orLabel={orLabel} />
        </div>
      )}
      {children}
      {backLink && (
        <p className="mt-4 text-sm">
          <a href={backLink.href}>{backLink.label}</a>
        </p>
      )}
    </section>
  );
}
