"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { updateProfileAction } from "@/lib/accounts/actions";
import { profileSchema, type ProfileData, type ProfileInput } from "@/lib/accounts/schemas";
import { applyActionError, ErrorSummary, primaryButtonClass, summaryErrors, TextField } from "./form-kit";

const FIELDS = ["name", "phone"] as const;

export function ProfileForm({ defaults }: { defaults: { name: string; phone: string } }) {
  const t = useTranslations("account");
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ProfileInput, unknown, ProfileData>({
    resolver: zodResolver(profileSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const listed = summaryErrors(errors, FIELDS, translate, !!serverMessage);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = errors[field]?.message;
    return key ? translate(key) : undefined;
  };
  useEffect(() => {
    if (saved > 0) savedRef.current?.focus();
  }, [saved]);

  async function onSubmit(values: ProfileData) {
    setServerMessage(null);
    setSaved(0);
    const result = await updateProfileAction(values);
    if (!result.ok) {
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    setSaved((n) => n + 1);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <ErrorSummary title={t("errorSummaryTitle")} serverMessage={serverMessage} errors={listed} focusKey={`${submitCount}:${serverMessage}`} />
      {saved > 0 && (
        <p ref={savedRef} tabIndex={-1} role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900" data-testid="saved">
          {t("profile.saved")}
        </p>
      )}
      <TextField id="name" label={t("profile.name")} error={fieldError("name")} autoComplete="name" registration={register("name")} />
      <TextField
        id="phone"
        type="tel"
        label={t("profile.phone")}
        hint={t("profile.phoneHint")}
        error={fieldError("phone")}
        autoComplete="tel"
        inputMode="tel"
        registration={register("phone")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("profile.saving") : t("profile.submit")}
      </button>
    </form>
  );
}
