"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { parseSignInError, signInSchema, type SignInInput } from "@/lib/auth/schemas";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [serverError, setServerError] = useState(parseSignInError(initialError));
  const summaryRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    // The error summary takes focus (it links to each field), as in the GOV.UK pattern.
    shouldFocusError: false,
  });

  const fieldErrors = Object.entries(errors).map(([field, e]) => ({ field, message: t(`errors.${e?.message ?? "invalid"}`) }));
  const hasSummary = serverError !== null || fieldErrors.length > 0;
  useEffect(() => {
    if (hasSummary) summaryRef.current?.focus();
  }, [hasSummary, submitCount, serverError]);

  async function onSubmit(values: SignInInput) {
    setServerError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error || !result.ok) {
      setServerError(parseSignInError(result?.error ?? "unavailable"));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  const serverMessage =
    serverError &&
    (serverError.code === "locked_account" || serverError.code === "locked_ip"
      ? t(`errors.${serverError.code}`, { minutes: serverError.minutes ?? 15 })
      : t(`errors.${serverError.code}`));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {hasSummary && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
          data-testid="error-summary"
        >
          <h2 className="font-semibold">{t("errorSummaryTitle")}</h2>
          <ul className="mt-2 list-disc pl-5">
            {serverMessage && <li>{serverMessage}</li>}
            {fieldErrors.map((e) => (
              <li key={e.field}>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2 text-base"
          {...register("email")}
        />
        {errors.email && (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${errors.email.message ?? "emailInvalid"}`)}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2 text-base"
          {...register("password")}
        />
        {errors.password && (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {t(`errors.${errors.password.message ?? "passwordRequired"}`)}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {isSubmitting ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
