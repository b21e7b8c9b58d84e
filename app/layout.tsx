import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Footer } from "@/components/shell/Footer";
import { Header } from "@/components/shell/Header";
import { getActor } from "@/lib/auth/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: `${t("portalName")} · ${t("officeShort")}`, template: `%s · ${t("portalName")}` },
    description: t("portalTagline"),
    icons: { icon: "/logo.svg" },
  };
}

// Every page reads the session and carries a per-request CSP nonce: never prerendered.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#134e4a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, actor] = await Promise.all([getLocale(), getTranslations("common"), getActor()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <Header actor={actor} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <Footer />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
