import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/complaints/RecordForm";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("recordTitle") };
}

/** Now in Asia/Jakarta (UTC+7, no daylight saving), as a datetime-local value. */
function nowInJakarta(): string {
  return new Date(new Date().getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

export default async function RecordComplaintPage() {
  await requirePermission("/pengaduan/kelola/catat", "complaint.record");
  const t = await getTranslations("complaints");
  const now = nowInJakarta();
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/pengaduan/kelola">← {t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("recordTitle")}</h1>
      <p>{t("recordIntro")}</p>
      <RecordForm now={now} />
    </div>
  );
}
