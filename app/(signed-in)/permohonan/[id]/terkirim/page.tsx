import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readApplicationOr404 } from "@/lib/applications/read-application";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("application"))("confirmationTitle") };
}

// The confirmation: the registration number, what happens next, the receipt.
export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/permohonan/${id}/terkirim`);
  const { app } = await readApplicationOr404(actor, id);
  if (!app.registrationNumber) redirect(`/permohonan/${app.id}`);
  const t = await getTranslations("application");
  return (
    <div className="max-w-3xl space-y-6">
      <div className="bg-emerald-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("confirmationTitle")}</h1>
        <p className="mt-3">{t("confirmationNumber")}</p>
        <p className="mt-1 text-2xl font-bold tracking-wide" data-testid="confirmation-number">
          {app.registrationNumber}
        </p>
      </div>
      <p>
        <a href={`/permohonan/${app.id}/tanda-terima`} className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-900">
          {t("receipt")}
        </a>
      </p>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading" className="text-2xl font-semibold">
          {t("nextTitle")}
        </h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
          <li>{t("next4")}</li>
        </ol>
      </section>
      <p className="flex flex-wrap gap-4">
        <Link href={`/permohonan/${app.id}`}>{t("viewApplication")}</Link>
        <Link href={`/lacak?nomor=${encodeURIComponent(app.registrationNumber)}`}>{t("trackLink")}</Link>
      </p>
    </div>
  );
}
