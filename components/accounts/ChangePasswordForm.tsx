"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordSchemaFor, type ChangePasswordData, type ChangePasswordInput } from "@/lib/accounts/schemas";
import { applyActionError, ErrorSummary, primaryButtonClass, ShowPassword, summaryErrors, TextField } from "./form-kit";
import { PasswordRule } from "./PasswordRule";

const FIELDS = ["currentPassword", "newPassword"] as const;

/** On success the action ends the session and sends the browser to the sign-in page. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [showPasswords, setShowPasswords] = useState(false);
  const schema = useMemo(() => changePasswordSchemaFor(email), [email]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ChangePasswordInput, unknown, ChangePasswordData>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "" },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const listed = summaryErrors(errors, FIELDS, translate, !!serverMessage);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? translate(key) : undefined;
  };

  async function onSubmit(values: ChangePasswordData) {
    setServerMessage(null);
    const result = await changePasswordAction(values);
    // Success redirects; only a refusal comes back.
    if (result && !result.ok) setServerMessage(applyActionError(result, FIELDS, setError));
  }

  const newPassword = useWatch({ control, name: "newPassword" }) ?? "";
  const type = showPasswords ? "text" : "password";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <ErrorSummary title={t("errorSummaryTitle")} serverMessage={serverMessage} errors={listed} focusKey={`${submitCount}:${serverMessage}`} />
      <TextField
        id="currentPassword"
        type={type}
        label={t("password.currentPassword")}
        error={fieldError("currentPassword")}
        autoComplete="current-password"
        spellCheck={false}
        registration={register("currentPassword")}
      />
      <TextField
        id="newPassword"
        type={type}
        label={t("password.newPassword")}
        hint={<PasswordRule password={newPassword} email={email} />}
        error={fieldError("newPassword")}
        autoComplete="new-password"
        spellCheck={false}
        registration={register("newPassword")}
      />
      <ShowPassword id="show-passwords" label={t("showPassword")} checked={showPasswords} onChange={setShowPasswords} />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("password.submitting") : t("password.submit")}
      </button>
    </form>
  );
}
