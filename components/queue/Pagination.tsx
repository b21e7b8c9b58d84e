import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Page links that work without JavaScript: first, previous, "Halaman X dari Y", next, last. */
export async function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("queue");
  const link = "inline-block rounded border border-slate-400 px-3 py-1";
  const off = "inline-block rounded border border-slate-200 px-3 py-1 text-slate-500";
  const item = (target: number, label: string, rel?: string) =>
    target === page || target < 1 || target > pageCount ? (
      <span className={off} aria-disabled="true">{label}</span>
    ) : (
      <Link href={href(target)} className={link} rel={rel}>
        {label}
      </Link>
    );
  return (
    <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-2" data-testid="pagination">
      {item(1, t("pagination.first"))}
      {item(page - 1, t("pagination.previous"), "prev")}
      <span className="px-2" aria-current="page">
        {t("pageOf", { page, pages: pageCount })}
      </span>
      {item(page + 1, t("pagination.next"), "next")}
      {item(pageCount, t("pagination.last"))}
    </nav>
  );
}
