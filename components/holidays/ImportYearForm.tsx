"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { applyActionError, describedBy, ErrorSummary, primaryButtonClass, summaryErrors, TextField } from "@/components/accounts/form-kit";
import { importHolidayYearAction } from "@/lib/sla/actions";
import { MAX_CSV_CHARS, parseHolidayCsv, type HolidayCsvError } from "@/lib/sla/holiday-csv";
import { importYearSchema } from "@/lib/sla/holiday-schemas";

const FIELDS = ["year", "decree", "csv"] as const;
type Input = z.input<typeof importYearSchema>;
type Data = z.output<typeof importYearSchema>;

const EXAMPLE = "tanggal,jenis,nama\n2027-01-01,LN,Tahun Baru 2027 Masehi\n08-02-2027,CB,Cuti Bersama Tahun Baru Imlek";

/**
 * Imports a year from CSV. The rows are checked here first (the same check the server makes), so
 * every wrong line is listed at once, by line number; nothing is sent until all are right.
 */
export function ImportYearForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations("holidays");
  const router = useRouter();
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<HolidayCsvError[]>([]);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<Input, unknown, Data>({
    resolver: zodResolver(importYearSchema),
    defaultValues: { year: String(defaultYear), decree: "", csv: "" },
    shouldFocusError: false,
  });
  const translate = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.invalid"));
  const rowText = (e: HolidayCsvError) => (t.has(`csv.errors.${e.key}`) ? t(`csv.errors.${e.key}`, e.values) : t("errors.csv_invalid"));
  const summaryMessage =
    rowErrors.length > 0 ? (
      <div>
        <p>{t("import.rowErrorsTitle", { count: rowErrors.length })}</p>
        <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="csv-row-errors">
          {rowErrors.map((e, i) => (
            <li key={`${e.line}-${e.key}-${i}`}>{rowText(e)}</li>
          ))}
        </ul>
      </div>
    ) : (
      serverMessage
    );
  // The fields' ids carry a prefix: the add-a-holiday form on the same page has a "decree" too.
  const listed = summaryErrors(errors, FIELDS, translate, !!summaryMessage).map((e) => ({ ...e, field: `import-${e.field}` }));
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const message = errors[field]?.message;
    return typeof message === "string" ? translate(message) : undefined;
  };

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_CSV_CHARS * 4) throw new Error("too large");
      const text = await file.text();
      setValue("csv", text, { shouldDirty: true, shouldValidate: submitCount > 0 });
      setFileNote(t("import.fileRead", { name: file.name }));
    } catch {
      setFileNote(t("import.fileReadError"));
    }
  }

  async function onSubmit(values: Data) {
    setServerMessage(null);
    const check = parseHolidayCsv(values.csv, values.year);
    if (check.errors.length > 0) {
      setRowErrors(check.errors);
      setError("csv", { type: "server", message: "csvRowsInvalid" });
      return;
    }
    setRowErrors([]);
    const result = await importHolidayYearAction(values);
    if (!result.ok) {
      const rows = result.error.details?.rows as HolidayCsvError[] | undefined;
      if (result.error.code === "csv_invalid" && rows) {
        setRowErrors(rows);
        setError("csv", { type: "server", message: "csvRowsInvalid" });
        return;
      }
      setServerMessage(applyActionError(result, FIELDS, setError));
      return;
    }
    reset();
    setFileNote(null);
    router.push(`/kalender-libur?tahun=${result.data.year}&pesan=diimpor`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" data-testid="import-form">
      <ErrorSummary
        title={t("errorSummaryTitle")}
        serverMessage={summaryMessage}
        errors={listed}
        focusKey={`${submitCount}:${serverMessage}:${rowErrors.length}`}
      />
      <div>
        <p className="font-medium">{t("import.example")}</p>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-3 text-sm">{EXAMPLE}</pre>
      </div>
      <TextField
        id="import-year"
        label={t("import.year")}
        hint={t("import.yearHint")}
        error={errorOf("year")}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        registration={register("year")}
      />
      <TextField id="import-decree" multiline label={t("import.decree")} hint={t("import.decreeHint")} error={errorOf("decree")} registration={register("decree")} />
      <div>
        <label htmlFor="csv-file" className="block font-medium">
          {t("import.file")}
        </label>
        <div id="csv-file-hint" className="mt-0.5 text-sm text-slate-700">
          {t("import.fileHint")}
        </div>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={describedBy("csv-file", true, false)}
          onChange={readFile}
          className="mt-1 block"
        />
        <p role="status" className="mt-1 text-sm">
          {fileNote}
        </p>
      </div>
      <CsvField label={t("import.csv")} hint={t("import.csvHint")} error={errorOf("csv")} registration={register("csv")} />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("import.submitting") : t("import.submit")}
      </button>
    </form>
  );
}

/** The CSV text: monospace, wide, not spell-checked. */
function CsvField({
  label,
  hint,
  error,
  registration,
}: {
  label: string;
  hint: string;
  error?: string;
  registration: UseFormRegisterReturn<"csv">;
}) {
  return (
    <div>
      <label htmlFor="import-csv" className="block font-medium">
        {label}
      </label>
      <div id="import-csv-hint" className="mt-0.5 text-sm text-slate-700">
        {hint}
      </div>
      {error && (
        <p id="import-csv-error" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <textarea
        id="import-csv"
        rows={10}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("import-csv", true, !!error)}
        className="mt-1 block w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
        {...registration}
      />
    </div>
  );
}
