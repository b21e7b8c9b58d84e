import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/accounts/ProfileForm";
import { getOwnAccount } from "@/lib/accounts/get-account";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatPhone } from "@/lib/companies/identity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("profile.title") };
}

export default async function AccountPage() {
  const actor = await requireActor("/akun");
  const [t, tc] = await Promise.all([getTranslations("account"), getTranslations("common")]);
  const user = await getOwnAccount({ actor });
  return (
    <div className="max-w-md space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("profile.title")}</h1>
        <p className="mt-2 text-slate-700">{t("profile.intro")}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("profile.email")}</dt>
        <dd className="break-all">
          {actor.email}
          <span className="block text-sm text-slate-700">{t("profile.emailNote")}</span>
        </dd>
        <dt className="font-medium">{t("profile.roles")}</dt>
        <dd>{actor.roles.map((r) => tc(`roles.${r}`)).join(", ")}</dd>
      </dl>
      <ProfileForm defaults={{ name: user?.name ?? actor.name, phone: user?.phone ? formatPhone(user.phone) : "" }} />
      <section aria-labelledby="security-title">
        <h2 id="security-title" className="text-xl font-semibold">
          {t("profile.securityTitle")}
        </h2>
        <p className="mt-2">
          <Link href="/akun/kata-sandi">{t("profile.changePasswordLink")}</Link>
        </p>
      </section>
      {can(actor, "company.create") && (
        <p>
          <Link href="/perusahaan">{t("profile.companyLink")}</Link>
        </p>
      )}
    </div>
  );
}
