"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { trackAction, type TrackState } from "@/lib/complaints/actions";

const input = "mt-1 block w-full max-w-sm rounded border border-slate-500 bg-white px-3 py-2 font-mono text-base uppercase";

/** Ticket + secret → the public steps of a complaint and its answer. Works without JavaScript. */
export function TrackForm() {
  const t = useTranslations("complaints");
  const format = useFormatter();
  const [state, action, pending] = useActionState<TrackState, FormData>(trackAction, null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) result.current?.focus();
  }, [state]);
  const day = (d: Date) => format.dateTime(new Date(d), { dateStyle: "long", timeZone: "UTC" });
  const moment = (d: Date) => format.dateTime(new Date(d), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });

  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4">
        <div>
          <label htmlFor="ticket" className="block font-semibold">
            {t("ticketLabel")}
          </label>
          <input id="ticket" name="ticket" required maxLength={40} autoComplete="off" spellCheck={false} defaultValue={state && !state.ok ? state.ticket : undefined} className={input} />
        </div>
        <div>
          <label htmlFor="secret" className="block font-semibold">
            {t("secretLabel")}
          </label>
          <input id="secret" name="secret" required maxLength={40} autoComplete="off" spellCheck={false} className={input} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
          {t("trackSubmit")}
        </button>
      </form>

      {state && !state.ok && (
        <div ref={result} tabIndex={-1} role="alert" className="border-l-4 border-red-700 bg-red-50 p-4 text-red-900" data-testid="track-error">
          {t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.invalid")}
        </div>
      )}
      {state?.ok && (
        <div ref={result} tabIndex={-1} className="space-y-4 rounded border border-slate-300 p-4" data-testid="track-result">
          <h2 className="text-2xl font-semibold">{state.view.ticket}</h2>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("kindLabel")}</dt>
            <dd>
              {t(`kinds.${state.view.kind}`)}
              {state.view.kindReasons.length > 0 && <> ({state.view.kindReasons.map((r) => t(`reasons.${r}`)).join("; ")})</>}
            </dd>
            <dt className="font-semibold">{t("statusLabel")}</dt>
            <dd data-testid="track-status">{t(`statuses.${state.view.status}`)}</dd>
            <dt className="font-semibold">{t("receivedAt")}</dt>
            <dd>{moment(state.view.receivedAt)}</dd>
            {state.view.dueDate && (
              <>
                <dt className="font-semibold">{t("due")}</dt>
                <dd>
                  {day(state.view.dueDate)} {state.view.dueProvisional && t("dueProvisional")}
                </dd>
              </>
            )}
          </dl>
          <section aria-labelledby="jawaban-judul">
            <h3 id="jawaban-judul" className="text-xl font-semibold">
              {t("answer")}
            </h3>
            {state.view.answer ? (
              <p className="mt-1 whitespace-pre-line" data-testid="track-answer">
                {state.view.answer}
              </p>
            ) : (
              <p className="mt-1">{t("noAnswerYet")}</p>
            )}
          </section>
          <section aria-labelledby="langkah-judul">
            <h3 id="langkah-judul" className="text-xl font-semibold">
              {t("stepsTitle")}
            </h3>
            <ol className="mt-2 space-y-2 border-l-2 border-brand-700 pl-4" data-testid="track-steps">
              {state.view.events.map((e) => (
                <li key={e.id}>
                  <p className="font-semibold">{t.has(`steps.${e.type}`) ? t(`steps.${e.type}`) : e.type}</p>
                  <p className="text-sm">{moment(e.createdAt)}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}
