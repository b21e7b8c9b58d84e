import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComplaintForm } from "@/components/complaints/ComplaintForm";
import { uploadMaxBytes } from "@/lib/env";
import { megabytes } from "@/lib/files/limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function ComplaintPage({ searchParams }: { searchParams: Promise<{ galat?: string }> }) {
  const [t, { galat }] = [await getTranslations("complaints"), await searchParams];
  const initial = galat && /^[a-z_A-Z]{1,40}$/.test(galat) ? galat : null;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {(t.raw("rules") as string[]).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p>{t("otherChannels")}</p>
        <p>
          <Link href="/pengaduan/lacak">{t("trackTitle")}</Link>
        </p>
      </div>
      <ComplaintForm maxMb={megabytes(uploadMaxBytes())} initialError={initial} />
    </div>
  );
}
