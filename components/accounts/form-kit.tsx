"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { FieldErrors, FieldValues, Path, UseFormRegisterReturn, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/errors";

// Form building blocks shared by the account and company forms: an error summary that takes
// focus and links to each field (GOV.UK pattern), and labelled fields whose hint and error are
// tied to the control with aria-describedby.

export const inputClass =
  "mt-1 block w-full rounded border border-slate-500 px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 read-only:bg-slate-100";
export const primaryButtonClass =
  "rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60";

export interface SummaryError {
  field: string;
  message: string;
}

/** Shown when there is a problem; takes focus whenever `focusKey` changes while it is shown. */
export function ErrorSummary({
  title,
  serverMessage,
  errors,
  focusKey,
}: {
  title: string;
  serverMessage?: ReactNode;
  errors: SummaryError[];
  focusKey: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = !!serverMessage || errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
      data-testid="error-summary"
    >
      <h2 className="font-semibold">{title}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {serverMessage && <li>{serverMessage}</li>}
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`} className="text-red-900" onClick={(event) => focusField(event, e.field)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A summary link moves the focus into its field (a plain #link would only scroll). */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target || typeof target.focus !== "function") return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
  history.replaceState(null, "", `#${id}`);
}

/**
 * The summary's list: one entry per field in form order, its message translated from its key.
 * With a server message shown, errors the server put on fields are not repeated in the list
 * (they still show at their field).
 */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly Path<T>[],
  translate: (key: string) => string,
  serverMessageShown: boolean,
): SummaryError[] {
  const list: SummaryError[] = [];
  for (const field of order) {
    const error = errors[field] as { message?: unknown; type?: unknown } | undefined;
    if (!error || typeof error.message !== "string") continue;
    if (serverMessageShown && error.type === "server") continue;
    list.push({ field, message: translate(error.message) });
  }
  return list;
}

/** The ids a control is described by: its hint, then its error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  type = "text",
  multiline = false,
  ...rest
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  type?: string;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  readOnly?: boolean;
  list?: string;
  spellCheck?: boolean;
  maxLength?: number;
}) {
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, !!hint, !!error),
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea id={id} rows={3} className={inputClass} {...aria} {...rest} {...registration} />
      ) : (
        <input id={id} type={type} className={inputClass} {...aria} {...rest} {...registration} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  registration,
  options,
  placeholder,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  placeholder: string;
}) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={`${inputClass} bg-white`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, !!hint, !!error)}
        {...registration}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * Puts a failed action's field errors on the form's fields (as message keys, like the resolver's)
 * and returns the message to show in the summary: the action's own message, unless it is only
 * "check the marked fields" and every field error found its field.
 */
export function applyActionError<T extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string | null {
  let unplaced = false;
  for (const [field, key] of Object.entries(result.error.fieldErrors ?? {})) {
    if ((fields as readonly string[]).includes(field)) setError(field as Path<T>, { type: "server", message: key });
    else unplaced = true;
  }
  const placedAll = !unplaced && Object.keys(result.error.fieldErrors ?? {}).length > 0;
  return result.error.code === "invalid" && placedAll ? null : result.error.message;
}

/** A status or notice that takes focus when it first appears (e.g. after a page load). */
export function FocusOnMount({
  children,
  className,
  role,
  testId,
  labelledBy,
}: {
  children: ReactNode;
  className?: string;
  role?: "alert" | "status" | "region";
  testId?: string;
  labelledBy?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role={role} aria-labelledby={labelledBy} className={className} data-testid={testId}>
      {children}
    </div>
  );
}

/** A checkbox that shows the password field(s) as plain text. */
export function ShowPassword({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="mt-2 flex items-center gap-2">
      <input id={id} type="checkbox" className="h-5 w-5" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
