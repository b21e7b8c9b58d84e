import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyForm } from "@/components/companies/CompanyForm";
import { asLocale } from "@/components/service-standard/LocalizedText";
import { requirePermission } from "@/lib/auth/session";
import { getOwnCompany } from "@/lib/companies/get-company";
import { getScaleGate } from "@/lib/companies/get-scale-gate";
import { formatNpwp, formatPhone } from "@/lib/companies/identity";
import { scaleIsEligible } from "@/lib/companies/scale-gate";
import { legalFormFromStored } from "@/lib/companies/schemas";
import { pick } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("form.editTitle") };
}

export default async function EditCompanyPage() {
  const actor = await requirePermission("/perusahaan/ubah", "company.create");
  const [t, rawLocale, gate, company] = await Promise.all([
    getTranslations("company"),
    getLocale(),
    getScaleGate(),
    getOwnCompany({ actor }),
  ]);
  if (!company) redirect("/perusahaan");
  const locale = asLocale(rawLocale);
  const legal = legalFormFromStored(company.legalForm);
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("form.editTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("form.editIntro")}</p>
      </div>
      <CompanyForm
        mode="edit"
        version={company.version}
        defaults={{
          scale: company.scale && scaleIsEligible(gate, company.scale) ? company.scale : undefined,
          nib: company.nib,
          npwp: company.npwp ? formatNpwp(company.npwp) : "",
          name: company.name,
          legalForm: legal.legalForm || undefined,
          legalFormOther: legal.legalFormOther,
          address: company.address ?? "",
          kecamatan: company.kecamatan ?? "",
          desa: company.desa ?? "",
          contactName: company.contactName ?? "",
          email: company.email ?? "",
          phone: company.phone ? formatPhone(company.phone) : "",
        }}
        scaleOptions={gate.options.filter((o) => o.eligible).map((o) => ({ value: o.value, label: pick(o.label, locale) }))}
      />
    </div>
  );
}
