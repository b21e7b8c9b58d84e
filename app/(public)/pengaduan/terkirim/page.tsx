import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { RECEIPT_COOKIE } from "@/lib/complaints/create";
import { trackComplaint } from "@/lib/complaints/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("sent.title"), robots: { index: false, follow: false } };
}

/** The ticket and its secret, right after the form was sent (carried by a short-lived cookie). */
export default async function ComplaintSentPage() {
  const [t, format, jar] = [await getTranslations("complaints"), await getFormatter(), await cookies()];
  const [ticket, secret] = (jar.get(RECEIPT_COOKIE)?.value ?? "").split(".");
  const complaint = ticket && secret ? await trackComplaint(ticket, secret) : null;
  if (!complaint || !secret) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t("sent.title")}</h1>
        <p>{t("sent.expired")}</p>
        <p>
          <Link href="/pengaduan/lacak">{t("sent.track")}</Link>
        </p>
      </div>
    );
  }
  const due = complaint.dueDate ? format.dateTime(complaint.dueDate, { dateStyle: "long", timeZone: "UTC" }) : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("sent.title")}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded border-2 border-brand-800 p-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("sent.ticket")}</dt>
        <dd className="font-mono text-2xl" data-testid="complaint-ticket">
          {complaint.ticket}
        </dd>
        <dt className="font-semibold">{t("sent.secret")}</dt>
        <dd className="font-mono text-2xl" data-testid="complaint-secret">
          {secret}
        </dd>
      </dl>
      <p className="font-semibold">{t("sent.keepSecret")}</p>
      {complaint.kind === "pengaduan" ? (
        <p data-testid="complaint-kind">{t("sent.asComplaint", { date: due ?? "-" })}</p>
      ) : (
        <div data-testid="complaint-kind">
          <p>{t("sent.asSuggestion")}</p>
          <ul className="list-disc pl-6">
            {complaint.kindReasons.map((r) => (
              <li key={r}>{t(`reasons.${r}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href="/pengaduan/lacak" className="font-semibold">
          {t("sent.track")}
        </Link>
        <Link href="/pengaduan">{t("sent.again")}</Link>
      </p>
    </div>
  );
}
