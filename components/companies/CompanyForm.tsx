"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import {
  applyActionError,
  ErrorSummary,
  primaryButtonClass,
  SelectField,
  summaryErrors,
  TextField,
} from "@/components/accounts/form-kit";
import { createCompanyAction, updateCompanyAction } from "@/lib/companies/actions";
import { PURWAKARTA_KECAMATAN } from "@/lib/companies/purwakarta";
import {
  companyProfileSchema,
  LEGAL_FORMS,
  type CompanyProfileData,
  type CompanyProfileInput,
} from "@/lib/companies/schemas";
import type { BusinessScale } from "@/lib/generated/prisma/enums";

const FIELDS = [
  "scale",
  "nib",
  "npwp",
  "name",
  "legalForm",
  "legalFormOther",
  "address",
  "kecamatan",
  "desa",
  "contactName",
  "email",
  "phone",
] as const;
type Field = (typeof FIELDS)[number];

export type CompanyFormDefaults = Partial<Record<Exclude<Field, "scale" | "legalForm">, string>> & {
  scale?: BusinessScale;
  legalForm?: (typeof LEGAL_FORMS)[number];
};

export function CompanyForm({
  mode,
  defaults,
  version,
  scaleOptions,
  chosenScale,
}: {
  mode: "create" | "edit";
  defaults: CompanyFormDefaults;
  /** The profile's version when the edit page was loaded. */
  version?: number;
  /** The scales the service serves (the gate's eligible options), labelled. */
  scaleOptions: { value: BusinessScale; label: string }[];
  /** In create mode, the scale chosen at the gate. */
  chosenScale?: { value: BusinessScale; label: string };
}) {
  const t = useTranslations("company");
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<CompanyProfileInput, unknown, CompanyProfileData>({
    resolver: zodResolver(companyProfileSchema),
    defaultValues: { ...defaults, scale: chosenScale?.value ?? defaults.scale },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const listed = summaryErrors(errors, FIELDS, translate, !!serverMessage);
  const fieldError = (field: Field) => {
    const key = errors[field]?.message;
    return key ? translate(key) : undefined;
  };
  const text = (field: Exclude<Field, "scale" | "legalForm">, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={field}
      label={t(`form.${field}`)}
      hint={t.has(`form.${field}Hint`) ? t(`form.${field}Hint`) : undefined}
      error={fieldError(field)}
      registration={register(field)}
      {...extra}
    />
  );

  const legalForm = useWatch({ control, name: "legalForm" });

  async function onSubmit(values: CompanyProfileData) {
    setServerMessage(null);
    const result = mode === "create" ? await createCompanyAction(values) : await updateCompanyAction({ ...values, version });
    if (!result.ok) {
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    router.replace(`/perusahaan?disimpan=${mode === "create" ? "baru" : "ubah"}`);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      <ErrorSummary title={t("errorSummaryTitle")} serverMessage={serverMessage} errors={listed} focusKey={`${submitCount}:${serverMessage}`} />
      {chosenScale ? (
        <div className="rounded border border-slate-300 bg-slate-50 p-4">
          <input type="hidden" {...register("scale")} />
          <p className="font-medium" data-testid="chosen-scale">
            {t("form.scaleChosen", { scale: chosenScale.label })}
          </p>
          {fieldError("scale") && (
            <p id="scale" className="mt-1 text-sm font-medium text-red-800">
              {fieldError("scale")}
            </p>
          )}
          <p className="mt-1">
            <Link href="/perusahaan">{t("form.changeScale")}</Link>
          </p>
        </div>
      ) : (
        <SelectField
          id="scale"
          label={t("form.scale")}
          error={fieldError("scale")}
          registration={register("scale")}
          options={scaleOptions}
          placeholder={t("form.scalePlaceholder")}
        />
      )}
      {text("nib", { inputMode: "numeric", autoComplete: "off", spellCheck: false, maxLength: 64 })}
      {text("npwp", { autoComplete: "off", spellCheck: false, maxLength: 64 })}
      {text("name", { autoComplete: "organization" })}
      <SelectField
        id="legalForm"
        label={t("form.legalForm")}
        error={fieldError("legalForm")}
        registration={register("legalForm")}
        options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`form.legalForms.${f}`) }))}
        placeholder={t("form.legalFormPlaceholder")}
      />
      {legalForm === "Lainnya" && text("legalFormOther")}
      {text("address", { multiline: true, autoComplete: "street-address" })}
      {text("kecamatan", { list: "kecamatan-purwakarta", autoComplete: "off" })}
      <datalist id="kecamatan-purwakarta">
        {PURWAKARTA_KECAMATAN.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {text("desa", { autoComplete: "off" })}
      {text("contactName", { autoComplete: "name" })}
      {text("email", { type: "email", inputMode: "email", autoComplete: "email", spellCheck: false })}
      {text("phone", { type: "tel", inputMode: "tel", autoComplete: "tel" })}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? t("form.saving") : mode === "create" ? t("form.submitCreate") : t("form.submitEdit")}
        </button>
        {mode === "edit" && <Link href="/perusahaan">{t("form.cancel")}</Link>}
      </div>
    </form>
  );
}
