"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { submitApplicationAction } from "@/lib/applications/actions";

/** The submit button; a refusal (something missing, already submitted) is announced and focused. */
export function SubmitForm({ applicationId, resubmit, codeTitles }: { applicationId: string; resubmit: boolean; codeTitles: Record<string, string> }) {
  const t = useTranslations("application");
  const [state, action, pending] = useActionState(submitApplicationAction, null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const missing = state && !state.ok ? ((state.error.details?.missing as { code: string }[] | undefined) ?? []) : [];
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      {state && !state.ok && (
        <div ref={summary} tabIndex={-1} role="alert" className="border-4 border-red-700 p-4" data-testid="submit-error">
          <h2 className="text-lg font-semibold">{t("missingTitle")}</h2>
          <p>{state.error.message}</p>
          {missing.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {missing.map((m) => (
                <li key={m.code}>
                  <a href={`/permohonan/${applicationId}/butir/${m.code}`}>{codeTitles[m.code] ?? m.code}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("submitting") : resubmit ? t("resubmit") : t("submit")}
      </button>
    </form>
  );
}
