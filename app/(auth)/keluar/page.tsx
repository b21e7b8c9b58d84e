import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/shell/SignOutButton";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signOut.title") };
}

// Where a sign-out lands ("you have signed out"), and a confirmation for anyone who opens it
// while still signed in (next-auth's own sign-out URL also points here).
export default async function SignOutPage() {
  const [t, actor] = await Promise.all([getTranslations("auth"), getActor()]);
  if (actor) {
    return (
      <div className="max-w-md">
        <h1 className="text-3xl font-bold">{t("signOut.title")}</h1>
        <p className="mt-2 text-slate-700">{t("signOut.confirm", { name: actor.name })}</p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <SignOutButton label={t("signOut.submit")} variant="primary" />
          <Link href="/dasbor">{t("signOut.cancel")}</Link>
        </div>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t("signOut.doneTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("signOut.doneBody")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/masuk">{t("signOut.signInAgain")}</Link>
        <Link href="/">{t("signOut.home")}</Link>
      </p>
    </div>
  );
}
