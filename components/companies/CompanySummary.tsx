import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CompanyProfile } from "@/lib/companies/get-company";
import { formatNpwp, formatPhone, legacyNpwp } from "@/lib/companies/identity";
import type { ScaleGate } from "@/lib/companies/scale-gate";
import { LEGAL_FORMS, legalFormFromStored } from "@/lib/companies/schemas";
import { pick, type Locale } from "@/lib/i18n/config";

/** The company profile, read-only, with a link to change it. */
export async function CompanySummary({ company, gate, locale }: { company: CompanyProfile; gate: ScaleGate; locale: Locale }) {
  const t = await getTranslations("company");
  const format = await getFormatter();
  const legal = legalFormFromStored(company.legalForm);
  const legalLabel =
    legal.legalForm && legal.legalForm !== "Lainnya" && (LEGAL_FORMS as readonly string[]).includes(legal.legalForm)
      ? t(`form.legalForms.${legal.legalForm}`)
      : (company.legalForm ?? "");
  const scale = gate.options.find((o) => o.value === company.scale);
  const legacy = company.npwp ? legacyNpwp(company.npwp) : null;
  const rows: { key: string; label: string; value: React.ReactNode }[] = [
    { key: "name", label: t("form.name"), value: company.name },
    { key: "nib", label: t("form.nib"), value: <span className="tabular-nums">{company.nib}</span> },
    {
      key: "npwp",
      label: t("form.npwp"),
      value: company.npwp ? (
        <>
          <span className="tabular-nums">{formatNpwp(company.npwp)}</span>
          {legacy && <span className="block text-sm text-slate-700">{t("summary.legacyNpwp", { legacy })}</span>}
        </>
      ) : null,
    },
    { key: "legalForm", label: t("form.legalForm"), value: legalLabel },
    { key: "scale", label: t("form.scale"), value: scale ? pick(scale.label, locale) : company.scale },
    { key: "address", label: t("form.address"), value: <span className="whitespace-pre-line">{company.address}</span> },
    { key: "kecamatan", label: t("form.kecamatan"), value: company.kecamatan },
    { key: "desa", label: t("form.desa"), value: company.desa },
    { key: "contactName", label: t("form.contactName"), value: company.contactName },
    { key: "email", label: t("form.email"), value: <span className="break-all">{company.email}</span> },
    { key: "phone", label: t("form.phone"), value: company.phone ? formatPhone(company.phone) : null },
  ];
  return (
    <section aria-labelledby="company-summary-title" className="rounded border border-slate-300 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="company-summary-title" className="text-xl font-semibold">
          {company.name}
        </h2>
        <Link href="/perusahaan/ubah" className="font-semibold">
          {t("summary.edit")}
          <span className="sr-only"> {t("title").toLowerCase()}</span>
        </Link>
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="company-summary">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-medium">{row.label}</dt>
            <dd className="mb-2 min-w-0 break-words sm:mb-0">{row.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-700">
        {t("summary.lastUpdated", { date: format.dateTime(company.updatedAt, { dateStyle: "long", timeStyle: "short" }) })}
      </p>
    </section>
  );
}
