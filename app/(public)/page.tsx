import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { latestPublicFigures } from "@/lib/dashboard/performance";
import { ChannelEntry } from "@/components/service-standard/ChannelList";
import { asLocale, LocalizedText } from "@/components/service-standard/LocalizedText";
import { pick, type Locale } from "@/lib/i18n/config";
import { getServiceDefinition, type ServiceDefinitionRecord } from "@/lib/service-standard/queries";
import type { ComplaintChannel, ComplaintChannelKind, ListItem, RequirementGroup } from "@/lib/service-standard/types";

const STEPS = ["register", "profile", "requirements", "submit", "track"] as const;
const GROUPS: RequirementGroup[] = ["umum", "khusus"];
const HOME_CHANNELS: ComplaintChannelKind[] = ["phone", "whatsapp", "email"];

const primaryButton =
  "inline-block rounded-md bg-brand-800 px-5 py-3 text-base font-semibold text-white! no-underline! hover:bg-brand-900";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const [t, service] = await Promise.all([getTranslations("home"), getServiceDefinition()]);
  return {
    title: t("metaTitle", { kbli: service.kbli }),
    description: t("metaDescription", { kbli: service.kbli, title: service.title, days: service.slaWorkingDays }),
  };
}

/** The business scales that may apply, from the requirement field that gates the application. */
function eligibleScales(service: ServiceDefinitionRecord, locale: Locale): string | null {
  for (const item of service.items) {
    for (const field of item.fields) {
      if (!field.eligible || !field.options) continue;
      const labels = field.options
        .filter((o) => field.eligible?.includes(o.value))
        .map((o) => pick(o.label, locale).toLocaleLowerCase(locale));
      if (labels.length > 0) return new Intl.ListFormat(locale, { type: "conjunction" }).format(labels);
    }
  }
  return null;
}

/** The complaint channels the standard lists (component 6), as stored with the service. */
function channelsOf(service: ServiceDefinitionRecord): ComplaintChannel[] {
  const search = (items: ListItem[] | undefined): ComplaintChannel[] => {
    for (const item of items ?? []) {
      if (item.channels && item.channels.length > 0) return item.channels;
      const nested = search(item.items);
      if (nested.length > 0) return nested;
    }
    return [];
  };
  for (const component of service.standard.components) {
    const found = search(component.items);
    if (found.length > 0) return found;
  }
  return [];
}

export default async function HomePage() {
  await connection();
  const [t, tc, ta, rawLocale, service, tp, figures, format] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("account.home"),
    getLocale(),
    getServiceDefinition(),
    getTranslations("performance"),
    latestPublicFigures(),
    getFormatter(),
  ]);
  const locale = asLocale(rawLocale);
  const component = (key: string) => service.standard.components.find((c) => c.key === key);
  const cost = component("biaya-tarif")?.intro;
  const product = component("produk-layanan")?.intro;
  const scales = eligibleScales(service, locale);
  const days = service.slaWorkingDays;
  const channels = channelsOf(service).filter((c) => HOME_CHANNELS.includes(c.kind));

  return (
    <div className="space-y-12">
      <section aria-labelledby="judul-layanan">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">{tc("officeShort")}</p>
        <h1 id="judul-layanan" className="mt-2 text-3xl font-bold text-slate-900 sm:text-4xl">
          {t("title", { kbli: service.kbli })}
          <span className="mt-1 block text-xl font-semibold text-slate-700 sm:text-2xl" lang="id">
            {service.title}
          </span>
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-900">
          {t("lead", { standardTitle: pick(service.standard.title, locale) })}
          {scales && <> {t("leadScale", { scales })}</>}
        </p>
        <p className="mt-4 inline-block rounded-full bg-brand-100 px-4 py-1 text-base font-bold text-brand-900">
          {t("freeBadge")}
        </p>
        <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link href="/masuk" className={primaryButton}>
            {t("ctaStart")}
          </Link>
          <Link href="/standar-pelayanan">{t("ctaStandard")}</Link>
        </div>
      </section>

      <section aria-labelledby="ringkasan">
        <h2 id="ringkasan" className="text-2xl font-semibold text-slate-900">
          {t("factsTitle")}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          <div className="rounded-md border-2 border-brand-700 bg-brand-50 p-4">
            <dt className="text-sm font-medium text-slate-700">{t("factCost")}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-900">
              {cost ? <LocalizedText text={cost} locale={locale} /> : tc("free")}
            </dd>
            <dd className="mt-1 text-slate-700">{t("factCostNote")}</dd>
          </div>
          <div className="rounded-md border border-slate-300 p-4">
            <dt className="text-sm font-medium text-slate-700">{t("factTime")}</dt>
            <dd className="mt-1 text-3xl font-bold text-slate-900">{t("factTimeValue", { days })}</dd>
            <dd className="mt-1 text-slate-700">
              {t("factTimeNote")}.{" "}
              <Link href="/standar-pelayanan#jangka-waktu">{t("factTimeLink")}</Link>
            </dd>
          </div>
          {product && (
            <div className="rounded-md border border-slate-300 p-4">
              <dt className="text-sm font-medium text-slate-700">{t("factProduct")}</dt>
              <dd className="mt-1 text-lg font-semibold text-slate-900">
                <LocalizedText text={product} locale={locale} />
              </dd>
            </div>
          )}
          <div className="rounded-md border border-slate-300 p-4">
            <dt className="text-sm font-medium text-slate-700">{t("factRisk")}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900" lang="id">
              {service.riskLevel}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="cara-mengajukan">
        <h2 id="cara-mengajukan" className="text-2xl font-semibold text-slate-900">
          {t("stepsTitle")}
        </h2>
        <ol className="mt-4 space-y-4">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-4">
              <span
                aria-hidden="true"
                className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-800 font-bold text-white"
              >
                {index + 1}
              </span>
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{t(`steps.${step}.title`)}</p>
                <p className="text-slate-700">{t(`steps.${step}.body`)}</p>
              </div>
            </li>
          ))}
        </ol>
        <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Link href="/masuk" className={primaryButton}>
            {t("ctaStart")}
          </Link>
          <Link href="/daftar">{ta("registerLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="persyaratan-ringkas">
        <h2 id="persyaratan-ringkas" className="text-2xl font-semibold text-slate-900">
          {t("requirementsTitle")}
        </h2>
        <p className="mt-2 text-slate-700">{t("requirementsIntro")}</p>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {GROUPS.map((group) => {
            const items = service.items.filter((item) => item.group === group);
            if (items.length === 0) return null;
            return (
              <div key={group}>
                <h3 className="text-lg font-semibold text-slate-900">{t(`groups.${group}`)}</h3>
                <ol role="list" className="mt-2 list-none space-y-2 p-0">
                  {items.map((item) => (
                    <li key={item.code} className="flex gap-2">
                      <span className="w-8 shrink-0 font-semibold text-slate-700">{item.code}</span>
                      <span className="min-w-0">
                        <LocalizedText text={item.title} locale={locale} />
                        {item.evidenceRequired && (
                          <span className="ml-2 inline-block rounded bg-slate-100 px-2 text-sm text-slate-700">
                            {t("evidenceRequired")}
                          </span>
                        )}
                      </span>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
        <p className="mt-4">
          <Link href="/standar-pelayanan#persyaratan">{t("requirementsLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="pengaduan-ringkas">
        <h2 id="pengaduan-ringkas" className="text-2xl font-semibold text-slate-900">
          {t("complaintsTitle")}
        </h2>
        <p className="mt-2 text-slate-700">{tc("footer.complaintsIntro")}</p>
        {channels.length > 0 && (
          <ul className="mt-3 space-y-1">
            {channels.map((channel) => (
              <li key={channel.marker} className="break-words">
                <ChannelEntry channel={channel} locale={locale} orLabel="" />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/pengaduan" className="font-semibold">
            {tc("nav.complain")}
          </Link>
          <Link href="/standar-pelayanan#pengaduan">{t("complaintsLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="kinerja-layanan" data-testid="public-performance">
        <h2 id="kinerja-layanan" className="text-2xl font-semibold text-slate-900">
          {tp("public.title")}
        </h2>
        {figures && figures.ikm.grade ? (
          <>
            <p className="mt-1 text-slate-700">{tp("public.period", { quarter: tp(`quarters.${figures.period.quarter}`), year: figures.period.year })}</p>
            <dl className="mt-3 grid gap-4 sm:grid-cols-2">
              <div className="rounded border border-slate-300 p-4">
                <dt className="text-slate-700">{tp("public.ikm")}</dt>
                <dd className="text-3xl font-bold" data-testid="public-ikm">
                  {format.number(figures.ikm.ikm, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ({figures.ikm.grade.grade}, {figures.ikm.grade.label})
                </dd>
                <dd className="text-sm">{tp("public.responses", { count: figures.ikm.responses })}</dd>
              </div>
              <div className="rounded border border-slate-300 p-4">
                <dt className="text-slate-700">{tp("public.sla")}</dt>
                <dd className="text-3xl font-bold" data-testid="public-sla">
                  {figures.sla.share === null ? "–" : format.number(figures.sla.share, { style: "percent", maximumFractionDigits: 1 })}
                </dd>
                <dd className="text-sm">{tp("sla.detail", { within: figures.sla.within, issued: figures.sla.issued })}</dd>
              </div>
            </dl>
          </>
        ) : (
          <p className="mt-2 text-slate-700">{tp("public.none")}</p>
        )}
      </section>
    </div>
  );
}
