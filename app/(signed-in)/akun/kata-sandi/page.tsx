import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/accounts/ChangePasswordForm";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("password.title") };
}

export default async function ChangePasswordPage() {
  const actor = await requireActor("/akun/kata-sandi");
  const t = await getTranslations("account");
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t("password.title")}</h1>
      <p className="mt-2 text-slate-700">{t("password.intro")}</p>
      <div className="mt-6">
        <ChangePasswordForm email={actor.email} />
      </div>
      <p className="mt-8">
        <Link href="/akun">{t("password.back")}</Link>
      </p>
    </div>
  );
}
