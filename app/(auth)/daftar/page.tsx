import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/accounts/form-kit";
import { RegisterForm } from "@/components/accounts/RegisterForm";
import { getActor } from "@/lib/auth/session";
import { findInvitation } from "@/lib/companies/find-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("register.title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ undangan?: string | string[] }> }) {
  const { undangan } = await searchParams;
  if (await getActor()) redirect("/dasbor");
  const t = await getTranslations("account");
  const token = typeof undangan === "string" ? undangan : Array.isArray(undangan) ? (undangan[0] ?? "") : undefined;
  const invitation = token !== undefined ? await findInvitation({ token }) : null;

  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t("register.title")}</h1>
      {invitation && invitation.status !== "valid" ? (
        <FocusOnMount
          role="alert"
          labelledBy="invitation-problem"
          testId="invitation-problem"
          className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
        >
          <h2 id="invitation-problem" className="font-semibold">
            {t("register.invitationProblemTitle")}
          </h2>
          <p className="mt-2">{t(`register.invitation.${invitation.status}`)}</p>
          <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/daftar" className="text-red-900">
              {t("register.registerWithout")}
            </Link>
            <Link href="/masuk" className="text-red-900">
              {t("register.signInLink")}
            </Link>
          </p>
        </FocusOnMount>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            {invitation?.status === "valid"
              ? t("register.introInvited", { company: invitation.companyName })
              : t("register.intro")}
          </p>
          <div className="mt-6">
            <RegisterForm
              invitation={invitation?.status === "valid" && token ? { token, email: invitation.email } : undefined}
            />
          </div>
        </>
      )}
      <p className="mt-8">
        {t("register.haveAccount")} <Link href="/masuk">{t("register.signInLink")}</Link>
      </p>
    </div>
  );
}
