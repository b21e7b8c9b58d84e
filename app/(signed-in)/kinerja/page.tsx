import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/dashboard/BarChart";
import { NumbersTable } from "@/components/dashboard/NumbersTable";
import { requirePermission } from "@/lib/auth/session";
import { periodFrom, periodQuery } from "@/lib/dashboard/period";
import { loadPerformance } from "@/lib/dashboard/performance";
import { performanceTables, type Table } from "@/lib/dashboard/tables";
import { quarterOf } from "@/lib/survey/ikm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("performance"))("title") };
}

const card = "rounded border border-slate-300 p-4";

export default async function PerformancePage({ searchParams }: { searchParams: Promise<{ tahun?: string; triwulan?: string }> }) {
  await requirePermission("/kinerja", "dashboard.view");
  const period = periodFrom(await searchParams);
  const [t, ts, tc, tsv, format, perf] = await Promise.all([
    getTranslations("performance"),
    getTranslations("status"),
    getTranslations("complaints"),
    getTranslations("survey"),
    getFormatter(),
    loadPerformance(period),
  ]);
  const tables = Object.fromEntries(performanceTables(perf, { perf: t, status: ts, complaints: tc, survey: tsv }).map((x) => [x.name, x])) as Record<string, Table>;
  const q = periodQuery(period);
  const numbers = (name: string) => <NumbersTable table={tables[name]!} label={t("showTable")} csvHref={`/kinerja/ekspor?tabel=${name}&${q}`} csvLabel={t("downloadCsv")} />;
  const pct = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const dec = (n: number) => format.number(n, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const currentYear = quarterOf(new Date()).year;
  const years = Array.from({ length: currentYear - 2024 }, (_, i) => currentYear - i);
  const quarterLabel = period.quarter ? t(`quarters.${period.quarter}`) : t("wholeYear");

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
      </div>

      <form method="get" action="/kinerja" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="tahun" className="block font-semibold">
            {t("year")}
          </label>
          <select id="tahun" name="tahun" defaultValue={String(period.year)} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="triwulan" className="block font-semibold">
            {t("quarter")}
          </label>
          <select id="triwulan" name="triwulan" defaultValue={period.quarter ? String(period.quarter) : "semua"} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            <option value="semua">{t("wholeYear")}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t(`quarters.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("apply")}
        </button>
      </form>
      <p className="font-semibold" data-testid="performance-period">
        {quarterLabel} {period.year}
      </p>

      <section aria-labelledby="laporan" className={card}>
        <h2 id="laporan" className="text-xl font-semibold">
          {t("reportTitle")}
        </h2>
        <p className="mt-1">{t("reportIntro")}</p>
        {period.quarter ? (
          <p className="mt-2">
            <a href={`/kinerja/laporan?${q}`} className="font-semibold">
              {t("downloadReport", { quarter: t(`quarterShort.${period.quarter}`), year: period.year })}
            </a>
          </p>
        ) : (
          <p className="mt-2">{t("reportNeedsQuarter")}</p>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="ikm" className={card} data-testid="ikm-card">
          <h2 id="ikm" className="text-xl font-semibold">
            {t("ikm.title")}
          </h2>
          {perf.ikm.responses > 0 && perf.ikm.grade ? (
            <p className="mt-2 text-2xl font-bold" data-testid="ikm-value">
              {t("ikm.value", { value: dec(perf.ikm.ikm), grade: perf.ikm.grade.grade, label: perf.ikm.grade.label })}
            </p>
          ) : (
            <p className="mt-2">{t("ikm.none")}</p>
          )}
          <p data-testid="ikm-responses">{t("ikm.responses", { count: perf.ikm.responses })}</p>
          {perf.ikm.lowest && perf.ikm.responses > 0 && <p className="mt-1">{t("ikm.lowest", { name: `${perf.ikm.lowest.toUpperCase()} ${tsv(`elementNames.${perf.ikm.lowest}`)}` })}</p>}
          <h3 className="mt-4 font-semibold">{t("ikm.perElement")}</h3>
          <BarChart max={4} items={perf.ikm.elements.map((e) => ({ label: `${e.element.toUpperCase()} ${tsv(`elementNames.${e.element}`)}`, value: perf.ikm.responses ? e.nrr : null }))} format={dec} />
          {numbers("ikm-unsur")}
          <h3 className="mt-4 font-semibold">{t("ikm.perQuarter", { year: period.year })}</h3>
          <BarChart max={100} items={perf.quarters.map((x) => ({ label: t(`quarterShort.${x.quarter}`), value: x.result.responses ? x.result.ikm : null }))} format={dec} />
          {numbers("ikm-triwulan")}
        </section>

        <section aria-labelledby="sla" className={card}>
          <h2 id="sla" className="text-xl font-semibold">
            {t("sla.title")}
          </h2>
          {perf.sla.share === null ? (
            <p className="mt-2">{t("sla.none")}</p>
          ) : (
            <>
              <p className="mt-2 text-2xl font-bold" data-testid="sla-share">
                {t("sla.share", { share: pct(perf.sla.share) })}
              </p>
              <p>{t("sla.detail", { within: perf.sla.within, issued: perf.sla.issued })}</p>
            </>
          )}
          <BarChart items={[{ label: t("sla.within"), value: perf.sla.within }, { label: t("sla.late"), value: perf.sla.issued - perf.sla.within }]} />
          {numbers("sla")}
          <h3 className="mt-4 font-semibold">{t("applications.title")}</h3>
          <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 text-sm">
            {(["submitted", "issued", "rejected", "open"] as const).map((k) => (
              <div key={k} className="contents">
                <dt>{t(`applications.${k}`)}</dt>
                <dd className="tabular-nums" data-testid={`applications-${k}`}>
                  {perf.applications[k]}
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="tahap" className={card}>
          <h2 id="tahap" className="text-xl font-semibold">
            {t("stages.title")}
          </h2>
          <p className="text-sm">{t("stages.intro")}</p>
          <BarChart items={perf.stages.map((s) => ({ label: t(`stages.names.${s.stage}`), value: s.average }))} format={dec} />
          {numbers("tahap")}
        </section>

        <section aria-labelledby="berjalan" className={card}>
          <h2 id="berjalan" className="text-xl font-semibold">
            {t("backlog.title")}
          </h2>
          <p className="text-sm">{t("backlog.intro")}</p>
          <BarChart items={perf.backlog.map((s) => ({ label: ts(s.status), value: s.buckets.reduce((n, b) => n + b.count, 0) }))} />
          {numbers("berjalan")}
        </section>

        <section aria-labelledby="bulanan" className={card}>
          <h2 id="bulanan" className="text-xl font-semibold">
            {t("monthly.title")}
          </h2>
          {perf.monthly.length === 0 ? <p>{t("monthly.none")}</p> : <BarChart items={perf.monthly.map((m) => ({ label: m.month, value: m.count }))} />}
          {numbers("bulanan")}
        </section>

        <section aria-labelledby="pengaduan" className={card}>
          <h2 id="pengaduan" className="text-xl font-semibold">
            {t("complaints.title")}
          </h2>
          <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4 text-sm">
            {(["received", "complaints", "suggestions", "answered", "overdue"] as const).map((k) => (
              <div key={k} className="contents">
                <dt>{t(`complaints.${k}`)}</dt>
                <dd className="tabular-nums" data-testid={`complaints-${k}`}>
                  {perf.complaints[k]}
                </dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-3 font-semibold">{t("complaints.byProblem")}</h3>
          {perf.complaints.byProblem.length === 0 ? <p>{t("complaints.none")}</p> : <BarChart items={tables["pengaduan-jenis"]!.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]) }))} />}
          {numbers("pengaduan-jenis")}
          <h3 className="mt-3 font-semibold">{t("complaints.byTrack")}</h3>
          {perf.complaints.byTrack.length === 0 ? <p>{t("complaints.none")}</p> : <BarChart items={tables["pengaduan-jalur"]!.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]) }))} />}
          {numbers("pengaduan-jalur")}
        </section>
      </div>
    </div>
  );
}
