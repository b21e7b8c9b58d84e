"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { draftValueSchema } from "@/lib/applications/answers";
import { saveAnswerAction, saveAnswerFormAction } from "@/lib/applications/actions";

export interface ClientOption {
  value: string;
  label: string;
  hint?: string;
  ineligibleMessage?: string;
}
export interface ClientField {
  name: string;
  type: "select" | "text" | "textarea" | "checkbox" | "coordinates" | "radio";
  label: string;
  hint?: string;
  required: boolean;
  maxLength?: number;
  options?: ClientOption[];
  showWhen?: { field: string; equals: string | boolean };
  eligible?: string[];
}
type Coordinates = { lat: string; lng: string };
type Value = Record<string, string | boolean | Coordinates>;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; inSeconds: number }
  | { kind: "invalid"; message: string };

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_S = 30;

function shown(field: ClientField, value: Value): boolean {
  return !field.showWhen || value[field.showWhen.field] === field.showWhen.equals;
}

function timeText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Jakarta",
  }).format(new Date(iso));
}

/**
 * One requirement item's answers. Every change is saved on the server after a short pause; a
 * failed save says so and is retried with growing pauses until it lands, so nothing typed is
 * lost when the connection drops for a moment. Without JavaScript it is a plain form that saves
 * with "Simpan dan kembali".
 */
export function AnswerForm({
  applicationId,
  itemCode,
  fields,
  initialValue,
  initialSavedAt,
  editable,
  locale,
  formId,
}: {
  applicationId: string;
  itemCode: string;
  fields: ClientField[];
  initialValue: Value;
  initialSavedAt: string | null;
  editable: boolean;
  locale: string;
  formId: string;
}) {
  const t = useTranslations("application");
  const [value, setValue] = useState<Value>(initialValue);
  const [state, setState] = useState<SaveState>(initialSavedAt ? { kind: "saved", at: initialSavedAt } : { kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const latest = useRef<Value>(initialValue);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const countdown = useRef<ReturnType<typeof setInterval> | null>(null);
  const failures = useRef(0);
  const saveRef = useRef<() => void>(() => {});
  // The same check the server makes before saving: a value it would refuse is not sent.
  const schema = useMemo(() => draftValueSchema(fields), [fields]);
  const schedule = (ms: number) => {
    timer.current = setTimeout(() => saveRef.current(), ms);
  };

  const clearTimers = () => {
    if (timer.current) clearTimeout(timer.current);
    if (countdown.current) clearInterval(countdown.current);
    timer.current = null;
    countdown.current = null;
  };

  const save = useCallback(async () => {
    clearTimers();
    if (inFlight.current) return; // the running save sends again when it ends
    inFlight.current = true;
    dirty.current = false;
    const sent = latest.current;
    const checked = schema.safeParse(sent);
    if (!checked.success) {
      inFlight.current = false;
      const errors: Record<string, string> = {};
      for (const issue of checked.error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
      setFieldErrors(errors);
      setState({ kind: "invalid", message: t("errors.invalid") });
      return;
    }
    setState({ kind: "saving" });
    let retry = false;
    try {
      const result = await saveAnswerAction({ applicationId, itemCode, value: sent });
      if (result.ok) {
        failures.current = 0;
        setFieldErrors({});
        setState({ kind: "saved", at: result.data.savedAt });
      } else if (["invalid", "not_editable", "not_found", "unauthenticated"].includes(result.error.code)) {
        // Retrying cannot help: say what is wrong.
        setFieldErrors(result.error.fieldErrors ?? {});
        setState({ kind: "invalid", message: result.error.message });
      } else {
        retry = true;
      }
    } catch {
      retry = true; // network down, server restarting, session check failed mid-way
    }
    inFlight.current = false;
    if (retry) {
      dirty.current = true;
      failures.current += 1;
      let wait = Math.min(MAX_BACKOFF_S, 2 ** failures.current);
      setState({ kind: "retrying", inSeconds: wait });
      countdown.current = setInterval(() => {
        wait -= 1;
        if (wait > 0) setState({ kind: "retrying", inSeconds: wait });
      }, 1000);
      schedule(wait * 1000);
    } else if (dirty.current || latest.current !== sent) {
      schedule(DEBOUNCE_MS);
    }
  }, [applicationId, itemCode, schema, t]);
  useEffect(() => {
    saveRef.current = () => void save();
  }, [save]);

  const update = (name: string, v: string | boolean | Coordinates) => {
    const next = { ...latest.current, [name]: v };
    latest.current = next;
    dirty.current = true;
    setValue(next);
    if (state.kind === "retrying") return; // the retry timer sends the latest value
    if (timer.current) clearTimeout(timer.current);
    schedule(DEBOUNCE_MS);
  };

  // Warn before leaving with unsaved changes; send them when the connection comes back.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) e.preventDefault();
    };
    const online = () => {
      if (dirty.current) void save();
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("online", online);
      clearTimers();
    };
  }, [save]);

  const ineligible = fields
    .filter((f) => f.eligible && typeof value[f.name] === "string" && value[f.name] !== "" && !f.eligible.includes(value[f.name] as string))
    .map((f) => f.options?.find((o) => o.value === value[f.name]))
    .find(Boolean);

  const fieldError = (name: string) => {
    const key = Object.keys(fieldErrors).find((k) => k === `value.${name}` || k.startsWith(`value.${name}.`) || k === name);
    if (!key) return null;
    const code = fieldErrors[key]!;
    return t.has(`fieldErrors.${code}`) ? t(`fieldErrors.${code}`) : code;
  };

  return (
    <form id={formId} action={saveAnswerFormAction} className="space-y-6" noValidate>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="itemCode" value={itemCode} />
      {fields.filter((f) => shown(f, value)).map((f) => {
        const id = `f-${f.name}`;
        const hintId = f.hint ? `${id}-hint` : undefined;
        const error = fieldError(f.name);
        const errorId = error ? `${id}-error` : undefined;
        const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
        const base = "mt-1 block w-full rounded border border-slate-500 px-3 py-2 disabled:bg-slate-100";
        const hint = f.hint && (
          <p id={hintId} className="text-sm text-slate-700">
            {f.hint}
          </p>
        );
        const err = error && (
          <p id={errorId} className="font-semibold text-red-800">
            {error}
          </p>
        );
        if (f.type === "radio") {
          return (
            <fieldset key={f.name} aria-describedby={describedBy}>
              <legend className="font-semibold">{f.label}</legend>
              {hint}
              {err}
              <div className="mt-2 space-y-2">
                {f.options?.map((o) => (
                  <label key={o.value} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`f.${f.name}`}
                      value={o.value}
                      checked={value[f.name] === o.value}
                      onChange={() => update(f.name, o.value)}
                      disabled={!editable}
                      className="mt-1 h-5 w-5"
                    />
                    <span>
                      {o.label}
                      {o.hint && <span className="block text-sm text-slate-700">{o.hint}</span>}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        if (f.type === "checkbox") {
          return (
            <div key={f.name}>
              {err}
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={`f.${f.name}`}
                  checked={value[f.name] === true}
                  onChange={(e) => update(f.name, e.target.checked)}
                  disabled={!editable}
                  aria-describedby={describedBy}
                  className="mt-1 h-5 w-5 shrink-0"
                />
                <span>{f.label}</span>
              </label>
              {hint}
            </div>
          );
        }
        if (f.type === "coordinates") {
          const c = (value[f.name] as Coordinates | undefined) ?? { lat: "", lng: "" };
          return (
            <fieldset key={f.name} aria-describedby={describedBy}>
              <legend className="font-semibold">{f.label}</legend>
              {hint}
              {err}
              <div className="mt-2 flex flex-wrap gap-4">
                {(["lat", "lng"] as const).map((k) => (
                  <label key={k} className="block">
                    <span>{k === "lat" ? t("latitude") : t("longitude")}</span>
                    <input
                      type="text"
                      inputMode="decimal"
                      name={`f.${f.name}.${k}`}
                      value={c[k]}
                      onChange={(e) => update(f.name, { ...c, [k]: e.target.value })}
                      disabled={!editable}
                      maxLength={32}
                      className={`${base} w-40`}
                    />
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        const common = {
          id,
          name: `f.${f.name}`,
          disabled: !editable,
          "aria-describedby": describedBy,
          "aria-invalid": error ? true : undefined,
          className: base,
        };
        return (
          <div key={f.name}>
            <label htmlFor={id} className="font-semibold">
              {f.label}
            </label>
            {hint}
            {err}
            {f.type === "select" ? (
              <select {...common} value={String(value[f.name] ?? "")} onChange={(e) => update(f.name, e.target.value)}>
                <option value="">{t("select")}</option>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "textarea" ? (
              <textarea
                {...common}
                rows={5}
                maxLength={f.maxLength}
                value={String(value[f.name] ?? "")}
                onChange={(e) => update(f.name, e.target.value)}
              />
            ) : (
              <input
                {...common}
                type="text"
                maxLength={f.maxLength}
                value={String(value[f.name] ?? "")}
                onChange={(e) => update(f.name, e.target.value)}
              />
            )}
          </div>
        );
      })}
      {ineligible?.ineligibleMessage && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4" data-testid="ineligible">
          <h2 className="font-semibold">{t("ineligibleTitle")}</h2>
          <p className="mt-1">{ineligible.ineligibleMessage}</p>
        </div>
      )}
      {editable && (
        <p role="status" aria-live="polite" className="min-h-6 text-sm" data-testid="save-state">
          {state.kind === "saving" && t("saving")}
          {state.kind === "saved" && t("savedAt", { time: timeText(state.at, locale) })}
          {state.kind === "invalid" && <span className="font-semibold text-red-800">{state.message}</span>}
          {state.kind === "retrying" && (
            <span className="font-semibold text-red-800">
              {t("saveFailed", { seconds: state.inSeconds })}{" "}
              <button type="button" onClick={() => void save()} className="underline">
                {t("retryNow")}
              </button>
            </span>
          )}
        </p>
      )}
    </form>
  );
}
