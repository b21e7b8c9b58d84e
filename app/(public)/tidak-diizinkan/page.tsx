import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const t = await getTranslations("common.errors");
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3">{t("forbiddenBody")}</p>
      <p className="mt-6">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
