import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/tracking/FocusOnMount";
import { parseRegistrationNumber } from "@/lib/applications/registration-number";
import { trackApplication, type PublicApplicationStatus } from "@/lib/applications/tracking";
import { getServiceDefinition } from "@/lib/service-standard/queries";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FIELD = "nomor";
const MAX_ECHO = 100;

type Lookup =
  | { kind: "empty" }
  | { kind: "invalid"; error: "required" | "malformed"; raw: string }
  | { kind: "notFound"; number: string; raw: string }
  | { kind: "found"; result: PublicApplicationStatus; raw: string };

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** What the query asks: nothing yet, a number to correct, or a number to look up. */
function readQuery(params: Record<string, string | string[] | undefined>) {
  const value = firstValue(params[FIELD]);
  if (value === undefined) return { kind: "empty" as const };
  const raw = value.slice(0, MAX_ECHO);
  if (raw.trim() === "") return { kind: "invalid" as const, error: "required" as const, raw };
  const parsed = parseRegistrationNumber(value);
  if (!parsed) return { kind: "invalid" as const, error: "malformed" as const, raw };
  return { kind: "lookup" as const, number: parsed.value, raw };
}

async function lookup(params: Record<string, string | string[] | undefined>): Promise<Lookup> {
  const query = readQuery(params);
  if (query.kind !== "lookup") return query;
  const result = await trackApplication(query.number);
  return result ? { kind: "found", result, raw: query.raw } : { kind: "notFound", number: query.number, raw: query.raw };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations("tracking");
  const query = readQuery(await searchParams);
  return {
    title: query.kind === "invalid" ? `${t("errorTitlePrefix")}: ${t("metaTitle")}` : t("metaTitle"),
    description: t("metaDescription"),
    // A page per looked-up number is nothing a search engine should keep.
    ...(query.kind === "empty" ? {} : { robots: { index: false, follow: false } }),
  };
}

export default async function TrackingPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, ts, format, service, state, tsurvey] = await Promise.all([
    getTranslations("tracking"),
    getTranslations("status"),
    getFormatter(),
    getServiceDefinition(),
    searchParams.then(lookup),
    getTranslations("survey"),
  ]);
  const error = state.kind === "invalid" ? t(`errors.${state.error}`) : null;
  const raw = state.kind === "empty" ? "" : state.raw;

  const moment = (date: Date | null) =>
    date ? t("dateTime", { value: format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) }) : t("notYet");
  // A calendar date stored as UTC midnight: shown as that day wherever the server runs.
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) : t("notYet"));

  return (
    <div className="max-w-3xl space-y-8">
      {error && (
        <FocusOnMount
          labelledBy="ringkasan-kesalahan"
          testId="error-summary"
          className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
        >
          <h2 id="ringkasan-kesalahan" className="font-semibold">
            {t("errorSummaryTitle")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            <li>
              <a href={`#${FIELD}`} className="text-red-900!">
                {error}
              </a>
            </li>
          </ul>
        </FocusOnMount>
      )}

      <div>
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-3 text-lg text-slate-900">{t("intro")}</p>
        <p className="mt-2 text-slate-700">{t("privacy")}</p>
      </div>

      <form method="get" action="/lacak" role="search" aria-label={t("title")} noValidate>
        <div className={error ? "border-l-4 border-red-700 pl-4" : undefined}>
          <label htmlFor={FIELD} className="block text-lg font-semibold text-slate-900">
            {t("label")}
          </label>
          <p id={`${FIELD}-hint`} className="mt-1 text-slate-700">
            {t("hint")}
          </p>
          {error && (
            <p id={`${FIELD}-error`} className="mt-1 font-semibold text-red-800">
              <span className="sr-only">{t("errorPrefix")} </span>
              {error}
            </p>
          )}
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <input
              id={FIELD}
              name={FIELD}
              type="text"
              defaultValue={raw}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={MAX_ECHO}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`}
              className={`block w-full max-w-xs rounded px-3 py-2 font-mono text-base ${error ? "border-2 border-red-700" : "border border-slate-500"}`}
            />
            <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
              {t("submit")}
            </button>
          </div>
        </div>
      </form>

      {state.kind === "notFound" && (
        <FocusOnMount
          labelledBy="hasil-lacak"
          testId="tracking-not-found"
          className="rounded border-l-4 border-slate-600 bg-slate-50 p-4"
        >
          <h2 id="hasil-lacak" className="text-xl font-semibold text-slate-900">
            {t("notFoundTitle")}
          </h2>
          <p className="mt-2 break-words text-slate-900">{t("notFoundBody", { number: state.number })}</p>
        </FocusOnMount>
      )}

      {state.kind === "found" && (
        <FocusOnMount labelledBy="hasil-lacak" testId="tracking-result" className="rounded border border-slate-300 p-4 sm:p-6">
          <h2 id="hasil-lacak" className="text-xl font-semibold text-slate-900">
            {t("resultTitle")}
          </h2>
          <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,16rem)_1fr]">
            <dt className="font-medium text-slate-700">{t("number")}</dt>
            <dd className="break-words font-mono text-lg font-semibold text-slate-900">{state.result.registrationNumber}</dd>
            <dt className="font-medium text-slate-700">{t("status")}</dt>
            <dd className="text-slate-900">
              <strong className="text-lg">{ts(state.result.status)}</strong>
              <span className="mt-1 block text-slate-700">{t(`meaning.${state.result.status}`)}</span>
              {(state.result.status === "issued" || state.result.status === "rejected") && (
                <span className="mt-1 block text-slate-700">
                  {tsurvey("trackingHint")} <Link href="/masuk?callbackUrl=%2Fpermohonan">{tsurvey("invite")}</Link>
                </span>
              )}
            </dd>
            <dt className="font-medium text-slate-700">{t("submittedAt")}</dt>
            <dd className="text-slate-900">{moment(state.result.submittedAt)}</dd>
            <dt className="font-medium text-slate-700">{t("completedAt")}</dt>
            <dd className="text-slate-900">{moment(state.result.completedAt)}</dd>
            <dt className="font-medium text-slate-700">{t("dueDate")}</dt>
            <dd className="text-slate-900">{day(state.result.dueDate)}</dd>
            <dt className="font-medium text-slate-700">{t("decidedAt")}</dt>
            <dd className="text-slate-900">{moment(state.result.decidedAt)}</dd>
          </dl>
          <p className="mt-4 text-slate-700">{t("clockNote", { days: service.slaWorkingDays })}</p>
          <p className="mt-2 text-slate-700">
            {t("signInHint")} <Link href="/masuk">{t("signInLink")}</Link>
          </p>
        </FocusOnMount>
      )}
    </div>
  );
}
