import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/auth/navigation";
import type { Actor } from "@/lib/auth/roles";
import { unreadCount } from "@/lib/notifications/list";
import { LanguageSwitch } from "./LanguageSwitch";
import { SignOutButton } from "./SignOutButton";

export async function Header({ actor }: { actor: Actor | null }) {
  const t = await getTranslations("common");
  const nav = navigationFor(actor);
  const tn = await getTranslations("notifications");
  // A failing count must not take the page (or the error page) down with it.
  const unread = actor ? await unreadCount({ actor }).catch(() => 0) : 0;
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={40} height={40} />
          <span className="leading-tight">
            <span className="block text-xs uppercase tracking-wide text-brand-100">{t("regency")}</span>
            <span className="block font-semibold">{t("officeShort")}</span>
            <span className="block text-sm text-brand-100">
              {t("portalName")} · {t("portalTagline")}
            </span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch />
          {actor ? (
            <SignOutButton label={t("signOut")} />
          ) : (
            <Link
              href="/masuk"
              className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-900 no-underline hover:bg-brand-50"
            >
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-white/20 bg-brand-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-4">
          <ul className="flex flex-wrap gap-x-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-block px-2 py-2 text-sm font-medium text-white no-underline hover:bg-white/10 hover:text-white"
                >
                  {t(`nav.${item.labelKey}`)}
                </Link>
              </li>
            ))}
            {actor && (
              <li>
                <Link
                  href="/notifikasi"
                  className="inline-block px-2 py-2 text-sm font-medium text-white no-underline hover:bg-white/10 hover:text-white"
                  data-testid="nav-notifications"
                >
                  {tn("nav")}
                  {unread > 0 && (
                    <>
                      {" "}({unread}
                      <span className="sr-only"> {tn("navUnread")}</span>)
                    </>
                  )}
                </Link>
              </li>
            )}
          </ul>
          {actor && (
            <p className="py-2 text-sm text-brand-100" data-testid="signed-in-as">
              {t("signedInAs", { name: actor.name })} ·{" "}
              {actor.roles.map((r) => t(`roles.${r}`)).join(", ")}
            </p>
          )}
        </div>
      </nav>
    </header>
  );
}
