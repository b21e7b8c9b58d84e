import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrackForm } from "@/components/complaints/TrackForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("trackTitle") };
}

export default async function TrackComplaintPage() {
  const t = await getTranslations("complaints");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("trackTitle")}</h1>
      <p>{t("trackIntro")}</p>
      <TrackForm />
      <p>
        <Link href="/pengaduan">{t("sent.again")}</Link>
      </p>
    </div>
  );
}
