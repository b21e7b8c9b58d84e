import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

export interface CertificateSummaryData {
  number: string;
  issuedAt: Date;
  token: string;
  revokedAt: Date | null;
  revokedReason: string | null;
  signerName: string;
}

/** The issued certificate of a file: number, date, state, the download and the public check. */
export async function CertificateSummary({ certificate, downloadHref }: { certificate: CertificateSummaryData; downloadHref: string }) {
  const [t, format] = [await getTranslations("certificate"), await getFormatter()];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
  return (
    <section aria-labelledby="sertifikat-judul" className="space-y-2 rounded border border-slate-300 p-4" data-testid="certificate-summary">
      <h2 id="sertifikat-judul" className="text-2xl font-semibold">
        {t("summaryTitle")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("number")}</dt>
        <dd data-testid="certificate-number">{certificate.number}</dd>
        <dt className="font-semibold">{t("issuedAt")}</dt>
        <dd>{when(certificate.issuedAt)}</dd>
        <dt className="font-semibold">{t("signedBy")}</dt>
        <dd>{certificate.signerName}</dd>
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="certificate-state">
          {certificate.revokedAt ? (
            <strong className="text-red-800">{t("revokedOn", { date: when(certificate.revokedAt) })}</strong>
          ) : (
            <strong className="text-emerald-800">{t("states.valid")}</strong>
          )}
        </dd>
        {certificate.revokedReason && (
          <>
            <dt className="font-semibold">{t("revokedReason")}</dt>
            <dd>{certificate.revokedReason}</dd>
          </>
        )}
      </dl>
      <p className="flex flex-wrap gap-4">
        <a href={downloadHref} className="font-semibold">
          {t("download")}
        </a>
        <Link href={`/verifikasi/${certificate.token}`}>{t("publicPage")}</Link>
      </p>
    </section>
  );
}
