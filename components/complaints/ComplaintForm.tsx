"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

const PROBLEMS = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana", "kompetensi", "lainnya"] as const;
const input = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";
const FIELD_ORDER = ["name", "email", "phone", "registrationNumber", "serviceReceivedOn", "problemType", "description", "lampiran", "_form"];

/**
 * The public complaint form. A plain multipart form that works without JavaScript (the server
 * answers with a redirect); with JavaScript it is sent in the background so that nothing typed is
 * lost when something is wrong: the errors are listed at the top and beside each field.
 */
export function ComplaintForm({ maxMb, initialError }: { maxMb: number; initialError?: string | null }) {
  const t = useTranslations("complaints");
  const [errors, setErrors] = useState<Record<string, string>>(initialError ? { _form: initialError } : {});
  const [sending, setSending] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const message = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    try {
      const res = await fetch("/api/pengaduan", { method: "POST", body: new FormData(event.currentTarget), headers: { accept: "application/json" } });
      const body = (await res.json().catch(() => null)) as { ok: boolean; data?: { redirect: string }; error?: { code: string; fieldErrors?: Record<string, string> } } | null;
      if (body?.ok && body.data) {
        window.location.assign(body.data.redirect);
        return;
      }
      setErrors(body?.error?.fieldErrors ?? { _form: body?.error?.code ?? "generic" });
    } catch {
      setErrors({ _form: "network" });
    }
    setSending(false);
    requestAnimationFrame(() => summary.current?.focus());
  }

  const listed = Object.entries(errors).sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
        {message(errors[name]!)}
      </p>
    ) : null;
  const described = (name: string, hint?: boolean) => [hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" action="/api/pengaduan" encType="multipart/form-data" onSubmit={onSubmit} noValidate className="space-y-6" data-testid="complaint-form">
      {listed.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="ringkasan-galat" className="border-l-4 border-red-700 bg-red-50 p-4 text-red-900" data-testid="error-summary">
          <h2 id="ringkasan-galat" className="font-semibold">
            {t("errorSummaryTitle")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {listed.map(([field, key]) => (
              <li key={field}>{field === "_form" ? message(key) : <a href={`#${field === "lampiran" ? "lampiran" : field}`}>{message(key)}</a>}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{t("identityLegend")}</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="anonymous" className="mt-1 h-5 w-5" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} aria-describedby="anonymous-hint" />
          <span>{t("anonymous")}</span>
        </label>
        <p id="anonymous-hint" className="text-sm">
          {t("anonymousHint")}
        </p>
        <div hidden={anonymous} className="space-y-4">
          <div>
            <label htmlFor="name" className="block font-semibold">
              {t("name")}
            </label>
            <input id="name" name="name" autoComplete="name" maxLength={100} className={input} aria-invalid={!!errors.name} aria-describedby={described("name")} />
            {fieldError("name")}
          </div>
          <div>
            <label htmlFor="email" className="block font-semibold">
              {t("email")}
            </label>
            <input id="email" name="email" type="email" autoComplete="email" maxLength={320} className={input} aria-invalid={!!errors.email} aria-describedby={described("email")} />
            {fieldError("email")}
          </div>
          <div>
            <label htmlFor="phone" className="block font-semibold">
              {t("phone")}
            </label>
            <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={40} className={input} aria-invalid={!!errors.phone} aria-describedby={described("phone")} />
            {fieldError("phone")}
          </div>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="confidential" className="mt-1 h-5 w-5" />
            <span>{t("confidential")}</span>
          </label>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{t("aboutLegend")}</legend>
        <div>
          <label htmlFor="service" className="block font-semibold">
            {t("service")}
          </label>
          <select id="service" name="service" className={input} defaultValue="kbli-11050">
            <option value="kbli-11050">{t("services.kbli-11050")}</option>
            <option value="lainnya">{t("services.lainnya")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="registrationNumber" className="block font-semibold">
            {t("registrationNumber")}
          </label>
          <p id="registrationNumber-hint" className="text-sm">
            {t("registrationHint")}
          </p>
          <input id="registrationNumber" name="registrationNumber" maxLength={40} className={`${input} max-w-sm`} aria-invalid={!!errors.registrationNumber} aria-describedby={described("registrationNumber", true)} />
          {fieldError("registrationNumber")}
        </div>
        <div>
          <label htmlFor="serviceReceivedOn" className="block font-semibold">
            {t("serviceReceivedOn")}
          </label>
          <p id="serviceReceivedOn-hint" className="text-sm">
            {t("serviceReceivedHint")}
          </p>
          <input id="serviceReceivedOn" name="serviceReceivedOn" type="date" className={`${input} max-w-xs`} aria-invalid={!!errors.serviceReceivedOn} aria-describedby={described("serviceReceivedOn", true)} />
          {fieldError("serviceReceivedOn")}
        </div>
        <div>
          <label htmlFor="problemType" className="block font-semibold">
            {t("problemType")}
          </label>
          <select id="problemType" name="problemType" required className={input} defaultValue="" aria-invalid={!!errors.problemType} aria-describedby={described("problemType")}>
            <option value="" disabled>
              {t("chooseProblem")}
            </option>
            {PROBLEMS.map((p) => (
              <option key={p} value={p}>
                {t(`problems.${p}`)}
              </option>
            ))}
          </select>
          {fieldError("problemType")}
        </div>
        <div>
          <label htmlFor="description" className="block font-semibold">
            {t("description")}
          </label>
          <p id="description-hint" className="text-sm">
            {t("descriptionHint")}
          </p>
          <textarea id="description" name="description" rows={6} maxLength={4000} required className={input} aria-invalid={!!errors.description} aria-describedby={described("description", true)} />
          {fieldError("description")}
        </div>
        <div>
          <label htmlFor="lampiran" className="block font-semibold">
            {t("attachments")}
          </label>
          <p id="lampiran-hint" className="text-sm">
            {t("attachmentsHint", { max: maxMb })}
          </p>
          <input id="lampiran" name="lampiran" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="mt-1 block w-full max-w-full text-sm" aria-describedby={described("lampiran", true)} />
          {fieldError("lampiran")}
        </div>
      </fieldset>

      {/* Hidden from people (and from assistive technology); robots fill it in. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <p className="text-sm">{t("privacyNote")}</p>
      <button type="submit" disabled={sending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {sending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
