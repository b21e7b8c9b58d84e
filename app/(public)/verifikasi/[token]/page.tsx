import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { VerifyUpload, type VerifyQuery } from "@/components/certificates/VerifyUpload";
import { certificateByToken } from "@/lib/certificates/public";

// The page the certificate's QR code opens: valid, revoked (with date and reason) or unknown,
// and only the number, company name, KBLI, date of issue and signing office.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificate");
  return { title: t("metaTitle"), description: t("metaDescription"), robots: { index: false, follow: false } };
}

export default async function CertificateVerificationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<VerifyQuery> }) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const [t, format] = [await getTranslations("certificate"), await getFormatter()];
  const certificate = await certificateByToken(token);
  const state = certificate?.state ?? "unknown";
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Asia/Jakarta" });
  const tone = { valid: "border-emerald-700 bg-emerald-50 text-emerald-950", revoked: "border-red-700 bg-red-50 text-red-950", unknown: "border-amber-600 bg-amber-50 text-amber-950" }[state];

  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="status-sertifikat" className={`space-y-3 border-l-4 p-4 ${tone}`} data-testid="verification">
        <h2 id="status-sertifikat" className="text-2xl font-bold" data-testid="verification-state" data-state={state}>
          {t(`states.${state}`)}: {t(`lead.${state}`)}
        </h2>
        {certificate ? (
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("fields.number")}</dt>
            <dd>{certificate.number}</dd>
            <dt className="font-semibold">{t("fields.company")}</dt>
            <dd>{certificate.companyName}</dd>
            <dt className="font-semibold">{t("fields.kbli")}</dt>
            <dd>
              {certificate.kbli} — {certificate.kbliTitle}
            </dd>
            <dt className="font-semibold">{t("fields.issuedAt")}</dt>
            <dd>{date(certificate.issuedAt)}</dd>
            <dt className="font-semibold">{t("fields.office")}</dt>
            <dd>{certificate.office}</dd>
            {certificate.revokedAt && (
              <>
                <dt className="font-semibold">{t("fields.revokedAt")}</dt>
                <dd>{date(certificate.revokedAt)}</dd>
                <dt className="font-semibold">{t("fields.revokedReason")}</dt>
                <dd>{certificate.revokedReason}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t("unknownBody")}</p>
        )}
      </section>
      {certificate && <p className="text-sm">{t("privacy")}</p>}
      <VerifyUpload query={query} />
    </div>
  );
}
