"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionError, ErrorSummary, primaryButtonClass, summaryErrors, TextField } from "@/components/accounts/form-kit";
import { createInvitationAction } from "@/lib/companies/actions";
import { invitationSchema } from "@/lib/companies/schemas";
import type { z } from "zod";

const FIELDS = ["email"] as const;
type Input = z.input<typeof invitationSchema>;
type Data = z.output<typeof invitationSchema>;

/** Invites a colleague: makes the link and shows it once, with a copy button. */
export function InvitationForm() {
  const t = useTranslations("company");
  const format = useFormatter();
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: string; email: string; expiresAt: Date } | null>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const linkHeading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<Input, unknown, Data>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { email: "" },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const listed = summaryErrors(errors, FIELDS, translate, !!serverMessage);
  const emailError = errors.email?.message ? translate(errors.email.message) : undefined;
  useEffect(() => {
    if (created) linkHeading.current?.focus();
  }, [created]);

  async function onSubmit(values: Data) {
    setServerMessage(null);
    setCopyState("idle");
    const result = await createInvitationAction(values);
    if (!result.ok) {
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    const link = `${window.location.origin}/daftar?undangan=${encodeURIComponent(result.data.token)}`;
    setCreated({ link, email: result.data.email, expiresAt: new Date(result.data.expiresAt) });
    reset({ email: "" });
    router.refresh();
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.link);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  return (
    <div className="space-y-5">
      {created && (
        <div className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-slate-900" data-testid="invitation-link">
          <h3 ref={linkHeading} tabIndex={-1} className="font-semibold">
            {t("members.linkTitle", { email: created.email })}
          </h3>
          <p className="mt-1">
            {t("members.linkIntro", { expires: format.dateTime(created.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}
          </p>
          <label htmlFor="invitation-link" className="mt-3 block font-medium">
            {t("members.linkLabel")}
          </label>
          <input
            id="invitation-link"
            readOnly
            value={created.link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
          />
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <button type="button" onClick={copy} className="rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
              {t("members.copy")}
            </button>
            <p role="status" className="text-sm">
              {copyState === "copied" ? t("members.copied") : copyState === "failed" ? t("members.copyFailed") : ""}
            </p>
          </div>
        </div>
      )}
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
        <ErrorSummary title={t("errorSummaryTitle")} serverMessage={serverMessage} errors={listed} focusKey={`${submitCount}:${serverMessage}`} />
        <TextField
          id="email"
          type="email"
          label={t("members.inviteEmail")}
          hint={t("members.inviteEmailHint")}
          error={emailError}
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          registration={register("email")}
        />
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? t("members.inviting") : t("members.inviteSubmit")}
        </button>
      </form>
    </div>
  );
}
