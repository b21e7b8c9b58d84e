"use client";

import { useTranslations } from "next-intl";

// Unexpected failures: a generic message with the digest the server logged.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.errors");
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold">{t("generic", { requestId: error.digest ?? "-" })}</h1>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-800 px-4 py-2 font-semibold text-white">
        OK
      </button>
    </div>
  );
}
