import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyUpload, type VerifyQuery } from "@/components/certificates/VerifyUpload";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificate");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<VerifyQuery> }) {
  const [t, query] = [await getTranslations("certificate"), await searchParams];
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2">{t("intro")}</p>
      </div>
      <VerifyUpload query={query} />
    </div>
  );
}
