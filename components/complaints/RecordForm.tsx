"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { recordAction, type RecordState } from "@/lib/complaints/actions";

const CHANNELS = ["lisan_pejabat", "lisan_mpp", "surat", "telepon", "sms", "whatsapp", "email", "twitter", "instagram", "formulir", "kotak"] as const;
const PROBLEMS = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana", "kompetensi", "lainnya"] as const;
const input = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

/** The complaints officer records a complaint received through another channel. */
export function RecordForm({ now }: { now: string }) {
  const t = useTranslations("complaints");
  const [state, action, pending] = useActionState<RecordState, FormData>(recordAction, null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) box.current?.focus();
  }, [state]);
  if (state?.ok) {
    return (
      <div ref={box} tabIndex={-1} className="space-y-4 rounded border-2 border-brand-800 p-4" data-testid="recorded">
        <h2 className="text-2xl font-semibold">{t("recordedTitle")}</h2>
        <p>{t("recordedIntro")}</p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("sent.ticket")}</dt>
          <dd className="font-mono text-2xl" data-testid="complaint-ticket">
            {state.ticket}
          </dd>
          <dt className="font-semibold">{t("sent.secret")}</dt>
          <dd className="font-mono text-2xl" data-testid="complaint-secret">
            {state.secret}
          </dd>
        </dl>
        <p>
          <Link href={`/pengaduan/kelola/${state.id}`} className="font-semibold">
            {t("openComplaint", { ticket: state.ticket })}
          </Link>
        </p>
      </div>
    );
  }
  const err = (name: string) =>
    state && !state.ok && state.field === name ? (
      <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
        {t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.invalid")}
      </p>
    ) : null;
  return (
    <form
      action={action}
      // With JavaScript: sent without React's reset of the form, so nothing typed is lost when a field needs correcting.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-5"
    >
      {state && !state.ok && (
        <div ref={box} tabIndex={-1} role="alert" className="border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.invalid")}
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="channel" className="block font-semibold">
            {t("channel")}
          </label>
          <select id="channel" name="channel" required defaultValue="" className={input}>
            <option value="" disabled>
              {t("chooseChannel")}
            </option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
          {err("channel")}
        </div>
        <div>
          <label htmlFor="receivedAt" className="block font-semibold">
            {t("receivedAtLabel")}
          </label>
          <input id="receivedAt" name="receivedAt" type="datetime-local" required defaultValue={now} max={now} className={input} />
          {err("receivedAt")}
        </div>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">{t("identityLegend")}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="anonymous" className="mt-1 h-5 w-5" />
          <span>{t("anonymous")}</span>
        </label>
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="name" className="block font-semibold">
              {t("name")}
            </label>
            <input id="name" name="name" maxLength={100} className={input} />
            {err("name")}
          </div>
          <div>
            <label htmlFor="email" className="block font-semibold">
              {t("email")}
            </label>
            <input id="email" name="email" type="email" maxLength={320} className={input} />
            {err("email")}
          </div>
          <div>
            <label htmlFor="phone" className="block font-semibold">
              {t("phone")}
            </label>
            <input id="phone" name="phone" type="tel" maxLength={40} className={input} />
            {err("phone")}
          </div>
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confidential" className="mt-1 h-5 w-5" />
          <span>{t("confidential")}</span>
        </label>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">{t("aboutLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="service" className="block font-semibold">
              {t("service")}
            </label>
            <select id="service" name="service" defaultValue="kbli-11050" className={input}>
              <option value="kbli-11050">{t("services.kbli-11050")}</option>
              <option value="lainnya">{t("services.lainnya")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="registrationNumber" className="block font-semibold">
              {t("registrationNumber")}
            </label>
            <input id="registrationNumber" name="registrationNumber" maxLength={40} className={input} />
            {err("registrationNumber")}
          </div>
          <div>
            <label htmlFor="serviceReceivedOn" className="block font-semibold">
              {t("serviceReceivedOn")}
            </label>
            <input id="serviceReceivedOn" name="serviceReceivedOn" type="date" className={input} />
            {err("serviceReceivedOn")}
          </div>
          <div>
            <label htmlFor="problemType" className="block font-semibold">
              {t("problemType")}
            </label>
            <select id="problemType" name="problemType" required defaultValue="" className={input}>
              <option value="" disabled>
                {t("chooseProblem")}
              </option>
              {PROBLEMS.map((p) => (
                <option key={p} value={p}>
                  {t(`problems.${p}`)}
                </option>
              ))}
            </select>
            {err("problemType")}
          </div>
        </div>
        <div>
          <label htmlFor="description" className="block font-semibold">
            {t("description")}
          </label>
          <textarea id="description" name="description" rows={5} maxLength={4000} className={input} />
          {err("description")}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {t("record")}
      </button>
    </form>
  );
}
