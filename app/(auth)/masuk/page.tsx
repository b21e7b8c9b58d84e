import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; info?: string }>;
}) {
  const { callbackUrl, error, info } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getActor()) redirect(target);
  const t = await getTranslations("auth");
  const ta = await getTranslations("account.signIn");
  // Only known notices (e.g. after a password change); anything else in the URL is ignored.
  const infoKey = typeof info === "string" && ta.has(`info.${info}`) ? `info.${info}` : null;
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {infoKey && (
        <p role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900" data-testid="sign-in-info">
          {ta(infoKey)}
        </p>
      )}
      <div className="mt-6">
        <SignInForm callbackUrl={target} initialError={error} />
      </div>
      <p className="mt-6">
        {ta("noAccount")} <Link href="/daftar">{ta("registerLink")}</Link>
      </p>
      <p className="mt-8 text-sm text-slate-700">{t("help")}</p>
    </div>
  );
}
