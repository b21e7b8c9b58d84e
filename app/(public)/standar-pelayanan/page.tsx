import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ClockRule } from "@/components/service-standard/ClockRule";
import { asLocale, LocalizedText } from "@/components/service-standard/LocalizedText";
import { ProcedureSteps } from "@/components/service-standard/ProcedureSteps";
import { StandardSection } from "@/components/service-standard/StandardSection";
import { StandardToc } from "@/components/service-standard/StandardToc";
import { pick } from "@/lib/i18n/config";
import { getServiceDefinition } from "@/lib/service-standard/queries";
import type { StandardComponentKey } from "@/lib/service-standard/types";

const TOC_ID = "daftar-isi";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const [t, locale, service] = await Promise.all([
    getTranslations("standard"),
    getLocale(),
    getServiceDefinition(),
  ]);
  return {
    title: t("metaTitle", { kbli: service.kbli }),
    description: t("metaDescription", { title: pick(service.standard.title, asLocale(locale)) }),
  };
}

export default async function ServiceStandardPage() {
  await connection();
  const [t, rawLocale, service] = await Promise.all([
    getTranslations("standard"),
    getLocale(),
    getServiceDefinition(),
  ]);
  const locale = asLocale(rawLocale);
  const { standard, procedure } = service;
  const orLabel = t("or");
  const backLink = { href: `#${TOC_ID}`, label: t("backToToc") };

  // What the portal adds below a component's own text.
  const additions: Partial<Record<StandardComponentKey, ReactNode>> = {
    "sistem-mekanisme-prosedur": (
      <ProcedureSteps
        procedure={procedure}
        locale={locale}
        title={t("procedureTitle")}
        intro={t("procedureIntro")}
        optionalLabel={t("stepOptional")}
      />
    ),
    "jangka-waktu": <ClockRule days={service.slaWorkingDays} />,
  };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          <span className="block text-base font-semibold uppercase tracking-wide text-brand-800">
            {t("heading")}
          </span>
          <span className="mt-1 block break-words">
            <LocalizedText text={standard.title} locale={locale} />
          </span>
        </h1>
        <p className="mt-3 text-slate-700">{t("intro", { count: standard.components.length })}</p>
        {locale !== "id" && t("translationNote") && (
          <p className="mt-2 text-sm text-slate-700">{t("translationNote")}</p>
        )}
      </div>

      <StandardToc standard={standard} locale={locale} id={TOC_ID} title={t("toc")} />

      {standard.parts.map((part) => {
        const components = standard.components.filter((c) => c.part === part.key);
        if (components.length === 0) return null;
        return (
          <div key={part.key} className="space-y-8">
            <p className="rounded-md bg-brand-900 px-4 py-2 font-semibold text-white">
              {part.marker} <LocalizedText text={part.title} locale={locale} />
            </p>
            {components.map((component) => (
              <StandardSection
                key={component.key}
                component={component}
                locale={locale}
                orLabel={orLabel}
                backLink={backLink}
              >
                {additions[component.key]}
              </StandardSection>
            ))}
          </div>
        );
      })}
    </div>
  );
}
