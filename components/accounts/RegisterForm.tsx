"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { registerAction } from "@/lib/accounts/actions";
import { registerSchema, type RegisterData, type RegisterInput } from "@/lib/accounts/schemas";
import { applyActionError, ErrorSummary, primaryButtonClass, ShowPassword, summaryErrors, TextField } from "./form-kit";
import { PasswordRule } from "./PasswordRule";

const FIELDS = ["name", "email", "phone", "password"] as const;

export function RegisterForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const t = useTranslations("account");
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<RegisterInput, unknown, RegisterData>({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", email: invitation?.email ?? "", phone: "", password: "", invitation: invitation?.token ?? "" },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const message = signInFailed ? (
    <>
      {t("register.signInFailed")} <Link href="/masuk">{t("register.signInLink")}</Link>
    </>
  ) : (
    serverMessage
  );
  const listed = summaryErrors(errors, FIELDS, translate, !!message);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? translate(key) : undefined;
  };

  async function onSubmit(values: RegisterData) {
    setServerMessage(null);
    setSignInFailed(false);
    const result = await registerAction({ ...values, invitation: invitation?.token ?? "" });
    if (!result.ok) {
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (!signedIn || signedIn.error || !signedIn.ok) {
      setSignInFailed(true);
      return;
    }
    router.replace("/perusahaan");
    router.refresh();
  }

  const password = useWatch({ control, name: "password" }) ?? "";
  const email = useWatch({ control, name: "email" }) ?? "";

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <ErrorSummary title={t("errorSummaryTitle")} serverMessage={message} errors={listed} focusKey={`${submitCount}:${serverMessage}:${signInFailed}`} />
      <TextField id="name" label={t("register.name")} hint={t("register.nameHint")} error={fieldError("name")} autoComplete="name" registration={register("name")} />
      <TextField
        id="email"
        type="email"
        label={t("register.email")}
        hint={invitation ? t("register.emailInvitedHint") : t("register.emailHint")}
        error={fieldError("email")}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        readOnly={!!invitation}
        registration={register("email")}
      />
      <TextField
        id="phone"
        type="tel"
        label={t("register.phone")}
        hint={t("register.phoneHint")}
        error={fieldError("phone")}
        autoComplete="tel"
        inputMode="tel"
        registration={register("phone")}
      />
      <div>
        <TextField
          id="password"
          type={showPassword ? "text" : "password"}
          label={t("register.password")}
          hint={<PasswordRule password={password} email={email} />}
          error={fieldError("password")}
          autoComplete="new-password"
          spellCheck={false}
          registration={register("password")}
        />
        <ShowPassword checked={showPassword} onChange={setShowPassword} label={t("showPassword")} id="show-password" />
      </div>
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("register.submitting") : t("register.submit")}
      </button>
    </form>
  );
}
