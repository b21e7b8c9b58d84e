"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { deleteHolidayAction } from "@/lib/sla/actions";

/** "Hapus", then a confirmation in place; the refusal, if any, is announced. */
export function DeleteHolidayButton({
  id,
  version,
  year,
  name,
  dateLabel,
}: {
  id: string;
  version: string;
  year: number;
  name: string;
  dateLabel: string;
}) {
  const t = useTranslations("holidays");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    setPending(true);
    setError(null);
    const result = await deleteHolidayAction({ id, version });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    router.push(`/kalender-libur?tahun=${year}&pesan=dihapus`);
  }

  if (!confirming) {
    return (
      <button
        ref={opener}
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t("deleteLabel", { name, date: dateLabel })}
        className="font-semibold text-red-800 underline"
      >
        {t("delete")}
      </button>
    );
  }
  return (
    <div className="rounded border-2 border-red-700 bg-red-50 p-3" data-testid="delete-confirm">
      <p ref={question} tabIndex={-1} className="font-medium">
        {t("deleteConfirm", { name, date: dateLabel })}
      </p>
      {error && (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="mt-2 flex gap-3">
        <button type="button" onClick={remove} disabled={pending} className="rounded bg-red-800 px-3 py-1 font-semibold text-white disabled:opacity-60">
          {pending ? t("deleting") : t("deleteYes")}
        </button>
        <button type="button" onClick={() => setConfirming(false)} disabled={pending} className="rounded border-2 border-slate-600 px-3 py-1 font-semibold">
          {t("deleteNo")}
        </button>
      </div>
    </div>
  );
}
