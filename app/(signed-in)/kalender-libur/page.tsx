import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/accounts/form-kit";
import { CalendarWarning } from "@/components/dashboard/CalendarWarning";
import { ClockRules } from "@/components/holidays/ClockRules";
import { HolidayForm } from "@/components/holidays/HolidayForm";
import { HolidayTable } from "@/components/holidays/HolidayTable";
import { ImportYearForm } from "@/components/holidays/ImportYearForm";
import { YearNav } from "@/components/holidays/YearNav";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { jakartaYear, missingCalendarYears } from "@/lib/sla/calendar-status";
import { MAX_YEAR, MIN_YEAR } from "@/lib/sla/holiday-schemas";
import { listHolidayYear } from "@/lib/sla/holidays-admin";

export const metadata: Metadata = { title: "Kalender hari libur" };

const NOTICES = ["ditambah", "diubah", "dihapus", "diimpor"] as const;
type Notice = (typeof NOTICES)[number];

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The holiday calendar: read by admins and supervisors, kept by admins (holiday.manage). */
export default async function HolidaysPage({
  searchParams,
}: {
  searchParams: Promise<{ tahun?: string | string[]; ubah?: string | string[]; pesan?: string | string[] }>;
}) {
  const params = await searchParams;
  const actor = await requirePermission("/kalender-libur", "holiday.view");
  const manage = can(actor, "holiday.manage");
  const asked = Number(one(params.tahun));
  const year = Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : jakartaYear(new Date());
  const [t, td, format, view, missing] = await Promise.all([
    getTranslations("holidays"),
    getTranslations("dashboard"),
    getFormatter(),
    listHolidayYear({ actor, year }),
    missingCalendarYears(),
  ]);
  const editing = manage ? view.holidays.find((h) => h.id === one(params.ubah)) : undefined;
  const pesan = one(params.pesan);
  const notice = (NOTICES as readonly string[]).includes(pesan ?? "") ? (pesan as Notice) : null;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{td("holidaysTitle")}</h1>
        <p className="mt-2 text-slate-700">{td("holidaysIntro")}</p>
      </div>

      {notice && (
        <FocusOnMount key={notice} role="status" testId="holiday-notice" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          <p className="font-semibold">{t(`notices.${notice}`, { year, count: view.holidays.length })}</p>
        </FocusOnMount>
      )}

      <CalendarWarning years={missing} />

      <section aria-labelledby="confirmed-heading">
        <h2 id="confirmed-heading" className="text-xl font-semibold">
          {td("confirmedYears")}
        </h2>
        {view.confirmedYears.length === 0 ? (
          <p className="mt-2">{t("noConfirmedYears")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="confirmed-years">
            {view.confirmedYears.map((y) => (
              <li key={y.year}>
                <strong>{y.year}</strong>: {y.decree}
              </li>
            ))}
          </ul>
        )}
      </section>

      <YearNav years={view.years} current={year} label={t("yearNav")} />

      <section aria-labelledby="year-heading" className="space-y-3">
        <h2 id="year-heading" className="text-xl font-semibold">
          {t("yearHeading", { year })}
        </h2>
        <p data-testid="year-status" className={view.confirmed ? "text-slate-800" : "rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950"}>
          {view.confirmed
            ? t("yearConfirmed", { year, decree: view.confirmed.decree, date: format.dateTime(view.confirmed.importedAt, { dateStyle: "long", timeZone: "Asia/Jakarta" }) })
            : t("yearNotConfirmed", { year })}
        </p>
        <HolidayTable year={year} holidays={view.holidays} yearDecree={view.confirmed?.decree ?? null} manage={manage} />
      </section>

      <ClockRules />

      {manage ? (
        <>
          <section aria-labelledby="holiday-form-heading" className="max-w-xl space-y-3" id="holiday-form">
            <h2 id="holiday-form-heading" className="text-xl font-semibold">
              {editing ? t("form.editTitle") : t("form.addTitle")}
            </h2>
            <HolidayForm
              key={editing?.id ?? "new"}
              year={year}
              editing={editing ?? null}
              defaultDecree={view.confirmed?.decree ?? ""}
            />
          </section>
          <section aria-labelledby="import-heading" className="max-w-2xl space-y-3">
            <h2 id="import-heading" className="text-xl font-semibold">
              {t("import.title")}
            </h2>
            <p className="text-slate-700">{t("import.intro")}</p>
            <ImportYearForm defaultYear={jakartaYear(new Date()) + 1} />
          </section>
        </>
      ) : (
        <p className="text-slate-700">{t("readOnly")}</p>
      )}
    </div>
  );
}
