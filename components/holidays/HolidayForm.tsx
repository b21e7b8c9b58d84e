"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  applyActionError,
  ErrorSummary,
  primaryButtonClass,
  SelectField,
  summaryErrors,
  TextField,
} from "@/components/accounts/form-kit";
import { createHolidayAction, updateHolidayAction } from "@/lib/sla/actions";
import { HOLIDAY_KINDS, holidaySchema } from "@/lib/sla/holiday-schemas";
import type { HolidayView } from "@/lib/sla/holidays-admin";

const FIELDS = ["date", "name", "kind", "decree"] as const;
type Input = z.input<typeof holidaySchema>;
type Data = z.output<typeof holidaySchema>;

/** Adds a holiday, or edits `editing` (made from the version the page was loaded with). */
export function HolidayForm({ year, editing, defaultDecree }: { year: number; editing: HolidayView | null; defaultDecree: string }) {
  const t = useTranslations("holidays");
  const td = useTranslations("dashboard");
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<Input, unknown, Data>({
    resolver: zodResolver(holidaySchema),
    defaultValues: editing
      ? { date: editing.date, name: editing.name, kind: editing.kind, decree: editing.decree }
      : { date: "", name: "", kind: undefined, decree: defaultDecree },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const listed = summaryErrors(errors, FIELDS, translate, !!serverMessage);
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const message = errors[field]?.message;
    return typeof message === "string" ? translate(message) : undefined;
  };

  async function onSubmit(values: Data) {
    setServerMessage(null);
    const result = editing
      ? await updateHolidayAction({ ...values, id: editing.id, version: editing.version })
      : await createHolidayAction(values);
    if (!result.ok) {
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    // Ready for the next holiday (an edit leaves this form: the page shows the add form again).
    if (!editing) reset({ date: "", name: "", kind: undefined, decree: values.decree });
    router.push(`/kalender-libur?tahun=${values.date.slice(0, 4)}&pesan=${editing ? "diubah" : "ditambah"}`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="holiday-form">
      <ErrorSummary title={t("errorSummaryTitle")} serverMessage={serverMessage} errors={listed} focusKey={`${submitCount}:${serverMessage}`} />
      <TextField id="date" type="date" label={t("form.date")} hint={t("form.dateHint")} error={errorOf("date")} registration={register("date")} />
      <TextField id="name" label={t("form.name")} hint={t("form.nameHint")} error={errorOf("name")} maxLength={200} registration={register("name")} />
      <SelectField
        id="kind"
        label={t("form.kind")}
        error={errorOf("kind")}
        placeholder={t("form.kindPlaceholder")}
        options={HOLIDAY_KINDS.map((k) => ({ value: k, label: td(`kinds.${k}`) }))}
        registration={register("kind")}
      />
      <TextField id="decree" multiline label={t("form.decree")} hint={t("form.decreeHint")} error={errorOf("decree")} registration={register("decree")} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? t("form.saving") : editing ? t("form.save") : t("form.add")}
        </button>
        {editing && <Link href={`/kalender-libur?tahun=${year}`}>{t("form.cancel")}</Link>}
      </div>
    </form>
  );
}
