import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/accounts/form-kit";
import { CompanyForm } from "@/components/companies/CompanyForm";
import { CompanySummary } from "@/components/companies/CompanySummary";
import { ScaleGate } from "@/components/companies/ScaleGate";
import { asLocale } from "@/components/service-standard/LocalizedText";
import { requirePermission } from "@/lib/auth/session";
import { getOwnCompany } from "@/lib/companies/get-company";
import { getScaleGate } from "@/lib/companies/get-scale-gate";
import { pick } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("title") };
}

const SAVED = { baru: "created", ubah: "updated" } as const;

export default async function CompanyPage({
  searchParams,
}: {
  searchParams: Promise<{ skala?: string | string[]; disimpan?: string | string[] }>;
}) {
  const actor = await requirePermission("/perusahaan", "company.create");
  const [{ skala, disimpan }, t, rawLocale, gate, company] = await Promise.all([
    searchParams,
    getTranslations("company"),
    getLocale(),
    getScaleGate(),
    getOwnCompany({ actor }),
  ]);
  const locale = asLocale(rawLocale);

  if (company) {
    const saved = typeof disimpan === "string" && disimpan in SAVED ? SAVED[disimpan as keyof typeof SAVED] : null;
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {saved && (
          <FocusOnMount role="status" testId="company-saved" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
            {t(`summary.${saved}`)}
          </FocusOnMount>
        )}
        <CompanySummary company={company} gate={gate} locale={locale} />
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/perusahaan/anggota">{t("summary.members")}</Link>
          </li>
          <li>
            <Link href="/permohonan">{t("summary.next")}</Link>
          </li>
        </ul>
      </div>
    );
  }

  // No company yet: the scale comes first, and only an eligible scale leads to the profile form.
  const chosen = typeof skala === "string" ? skala : undefined;
  const selected = gate.options.find((o) => o.value === chosen);
  if (selected?.eligible) {
    return (
      <div className="max-w-xl space-y-6">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("form.step")}</p>
        </div>
        <div>
          <h2 className="text-xl font-semibold">{t("form.createTitle")}</h2>
          <p className="mt-1 text-slate-700">{t("form.createIntro")}</p>
        </div>
        <CompanyForm
          mode="create"
          defaults={{}}
          chosenScale={{ value: selected.value, label: pick(selected.label, locale) }}
          scaleOptions={gate.options.filter((o) => o.eligible).map((o) => ({ value: o.value, label: pick(o.label, locale) }))}
        />
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("gate.step")}</p>
        <p className="mt-2 text-slate-700">{t("gate.intro")}</p>
      </div>
      <ScaleGate gate={gate} locale={locale} selected={selected} missing={chosen !== undefined && !selected} />
    </div>
  );
}
