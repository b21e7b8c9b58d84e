import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { outcomeIsGenuine } from "@/lib/certificates/outcome";
import { certificateByToken } from "@/lib/certificates/public";
import { uploadMaxBytes } from "@/lib/env";
import { megabytes } from "@/lib/files/limits";

export type VerifyQuery = { hasil?: string; ttd?: string; t?: string; id?: string; e?: string; s?: string };

const RESULTS = ["asli", "tidak-cocok", "kosong", "bukan-pdf", "terlalu-besar", "galat"];
const SIGNATURES = ["utuh", "lain", "rusak", "tanpa"];

/** The PDF upload form (a plain form post, no JavaScript needed) and the result of the last check. */
export async function VerifyUpload({ query }: { query: VerifyQuery }) {
  const [t, format] = [await getTranslations("certificate"), await getFormatter()];
  const max = megabytes(uploadMaxBytes());
  // Only a result this server wrote (signed, recent) is shown; a hand-made address shows the form.
  const result = query.hasil && RESULTS.includes(query.hasil) && outcomeIsGenuine(query) ? query.hasil : null;
  const signature = query.ttd && SIGNATURES.includes(query.ttd) ? query.ttd : null;
  const matched = result === "asli" && query.t ? await certificateByToken(query.t) : null;
  const checked = result === "asli" || result === "tidak-cocok";
  const authentic = result === "asli" && matched !== null && signature === "utuh";
  const tone = authentic ? "border-emerald-700 bg-emerald-50" : "border-red-700 bg-red-50";

  return (
    <section aria-labelledby="periksa-judul" className="space-y-4">
      <h2 id="periksa-judul" className="text-2xl font-semibold">
        {t("uploadTitle")}
      </h2>
      {result && (
        <div id="hasil-periksa" role={authentic ? "status" : "alert"} tabIndex={-1} className={`space-y-2 border-l-4 p-4 ${tone}`} data-testid="verify-result">
          <h3 className="text-xl font-bold">{t("resultTitle")}: {checked ? (authentic ? t("authentic") : t("notAuthentic")) : t("problem")}</h3>
          {result === "asli" && matched ? (
            <p>{t("results.asli", { number: matched.number })}</p>
          ) : result === "asli" ? (
            <p>{t("results.tidak-cocok")}</p>
          ) : (
            <p>{t(`results.${result}`, { max, id: (query.id ?? "").replace(/[^a-z0-9]/g, "").slice(0, 8) })}</p>
          )}
          {checked && signature && <p>{t(`signature.${signature}`)}</p>}
          {matched?.revokedAt && (
            <p className="font-semibold text-red-900">{t("revokedNote", { date: format.dateTime(matched.revokedAt, { dateStyle: "long", timeZone: "Asia/Jakarta" }) })}</p>
          )}
          {matched && (
            <p>
              <Link href={`/verifikasi/${matched.token}`}>{t("openCertificate", { number: matched.number })}</Link>
            </p>
          )}
        </div>
      )}
      <p>{t("uploadIntro")}</p>
      <form method="post" action="/api/verifikasi" encType="multipart/form-data" className="space-y-3">
        <div>
          <label htmlFor="berkas" className="block font-semibold">
            {t("uploadLabel")}
          </label>
          <p id="berkas-hint" className="text-sm">
            {t("uploadHint", { max })}
          </p>
          <input id="berkas" name="berkas" type="file" accept=".pdf,application/pdf" required aria-describedby="berkas-hint" className="mt-1 block w-full max-w-full text-sm" />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("uploadButton")}
        </button>
      </form>
    </section>
  );
}
