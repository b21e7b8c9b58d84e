import "server-only";
import { getPrisma } from "@/lib/db";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { jakartaDate, workingDaysBetween } from "@/lib/sla/working-days";
import { ELEMENTS, ikmFromSums, quarterRange, type Element, type IkmResult } from "@/lib/survey/ikm";

// The performance evaluation the standard asks for, for one period (a quarter, or a whole year):
// SLA compliance, working days per stage, backlog by stage and age, applications per month,
// complaints by problem type, track and lateness, and the IKM per quarter and per element. Every
// figure is counted by the database from the rows themselves (tests recompute them from the rows),
// except the working days per stage, which need the holiday calendar.

export interface Period {
  year: number;
  /** 1..4, or null for the whole year. */
  quarter: 1 | 2 | 3 | 4 | null;
}

export function periodRange({ year, quarter }: Period): { from: Date; to: Date } {
  if (quarter) return quarterRange(year, quarter);
  return { from: quarterRange(year, 1).from, to: quarterRange(year, 4).to };
}

export const OPEN_STATUSES = ["submitted", "needs_correction", "complete", "field_verification", "awaiting_decision", "approved"] as const;
export const AGE_BUCKETS = ["0_7", "8_14", "15_30", "gt30"] as const;
export const STAGES = ["check", "decision", "signing"] as const;

const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

export async function loadPerformance(period: Period, now = new Date()) {
  const prisma = getPrisma();
  const { from, to } = periodRange(period);
  const [f, t] = [ts(from), ts(to)];
  const today = jakartaDate(now);

  const sla = await slaIn(f, t);

  // Issued in the period is the SLA's count already.
  const [applications] = await prisma.$queryRaw<{ submitted: number; rejected: number }[]>`
    SELECT (SELECT count(*)::int FROM "Application" WHERE "submittedAt" >= ${f}::timestamp AND "submittedAt" < ${t}::timestamp) AS submitted,
           (SELECT count(*)::int FROM "Application" WHERE status = 'rejected' AND "decidedAt" >= ${f}::timestamp AND "decidedAt" < ${t}::timestamp) AS rejected`;

  const backlogRows = await prisma.$queryRaw<{ status: string; bucket: string; count: number }[]>`
    SELECT status::text AS status,
           CASE WHEN age <= 7 THEN '0_7' WHEN age <= 14 THEN '8_14' WHEN age <= 30 THEN '15_30' ELSE 'gt30' END AS bucket,
           count(*)::int AS count
    FROM (SELECT status, (${today}::date - ("submittedAt" + interval '7 hours')::date) AS age
          FROM "Application" WHERE status::text IN ('submitted','needs_correction','complete','field_verification','awaiting_decision','approved')) x
    GROUP BY 1, 2`;

  const monthly = await prisma.$queryRaw<{ month: string; count: number }[]>`
    SELECT to_char("submittedAt" + interval '7 hours', 'YYYY-MM') AS month, count(*)::int AS count
    FROM "Application" WHERE "submittedAt" >= ${f}::timestamp AND "submittedAt" < ${t}::timestamp
    GROUP BY 1 ORDER BY 1`;

  // Working days per stage, for the files decided in the period: the database counts the files
  // per (start date, end date) pair, and each distinct pair is counted on the holiday calendar once.
  const pairs = await prisma.$queryRaw<{ stage: (typeof STAGES)[number]; a: string; b: string; n: number }[]>`
    SELECT stage, a, b, count(*)::int AS n FROM (
      SELECT 'check' AS stage, to_char("submittedAt" + interval '7 hours', 'YYYY-MM-DD') AS a, to_char("completedAt" + interval '7 hours', 'YYYY-MM-DD') AS b
      FROM "Application" WHERE "decidedAt" >= ${f}::timestamp AND "decidedAt" < ${t}::timestamp AND "completedAt" >= "submittedAt"
      UNION ALL
      SELECT 'decision', to_char("completedAt" + interval '7 hours', 'YYYY-MM-DD'), to_char("decidedAt" + interval '7 hours', 'YYYY-MM-DD')
      FROM "Application" WHERE "decidedAt" >= ${f}::timestamp AND "decidedAt" < ${t}::timestamp AND "decidedAt" >= "completedAt"
      UNION ALL
      SELECT 'signing', to_char(a."decidedAt" + interval '7 hours', 'YYYY-MM-DD'), to_char(c."issuedAt" + interval '7 hours', 'YYYY-MM-DD')
      FROM "Application" a JOIN "Certificate" c ON c."applicationId" = a.id
      WHERE a."decidedAt" >= ${f}::timestamp AND a."decidedAt" < ${t}::timestamp AND c."issuedAt" >= a."decidedAt"
    ) x GROUP BY 1, 2, 3`;
  const cal = await loadWorkingCalendar();
  const sums = { check: [0, 0], decision: [0, 0], signing: [0, 0] } as Record<(typeof STAGES)[number], [number, number]>;
  for (const p of pairs) {
    sums[p.stage][0] += p.n * workingDaysBetween(p.a, p.b, cal);
    sums[p.stage][1] += p.n;
  }
  const stages = STAGES.map((stage) => ({ stage, files: sums[stage][1], average: sums[stage][1] ? sums[stage][0] / sums[stage][1] : null }));

  const [complaintTotals] = await prisma.$queryRaw<{ received: number; complaints: number; suggestions: number; answered: number; overdue: number }[]>`
    SELECT count(*)::int AS received,
           count(*) FILTER (WHERE kind = 'pengaduan')::int AS complaints,
           count(*) FILTER (WHERE kind = 'saran')::int AS suggestions,
           count(*) FILTER (WHERE status = 'selesai')::int AS answered,
           count(*) FILTER (WHERE kind = 'pengaduan' AND status <> 'selesai' AND "dueDate" < ${today}::date)::int AS overdue
    FROM "Complaint" WHERE "receivedAt" >= ${f}::timestamp AND "receivedAt" < ${t}::timestamp`;
  const byProblem = await prisma.$queryRaw<{ key: string | null; count: number }[]>`
    SELECT "problemType"::text AS key, count(*)::int AS count FROM "Complaint"
    WHERE "receivedAt" >= ${f}::timestamp AND "receivedAt" < ${t}::timestamp GROUP BY 1 ORDER BY 2 DESC, 1`;
  const byTrack = await prisma.$queryRaw<{ key: string | null; count: number }[]>`
    SELECT track::text AS key, count(*)::int AS count FROM "Complaint"
    WHERE "receivedAt" >= ${f}::timestamp AND "receivedAt" < ${t}::timestamp GROUP BY 1 ORDER BY 2 DESC, 1`;

  // IKM per quarter of the year, and per element for the period.
  const surveyRows = await surveyByQuarter(period.year);
  const quarters = ([1, 2, 3, 4] as const).map((q) => {
    const row = surveyRows.find((r) => r.quarter === q);
    return { quarter: q, result: row ? ikmFromSums(sumsOf(row), row.responses) : ikmFromSums(zeroSums(), 0) };
  });
  const inPeriod = surveyRows.filter((r) => !period.quarter || r.quarter === period.quarter);
  const periodSums = zeroSums();
  let responses = 0;
  for (const r of inPeriod) {
    responses += r.responses;
    for (const e of ELEMENTS) periodSums[e] += r[e];
  }
  const ikm: IkmResult = ikmFromSums(periodSums, responses);

  return {
    period,
    sla,
    applications: {
      submitted: applications?.submitted ?? 0,
      issued: sla.issued,
      rejected: applications?.rejected ?? 0,
      open: backlogRows.reduce((n, r) => n + r.count, 0),
    },
    stages,
    backlog: OPEN_STATUSES.map((status) => ({
      status,
      buckets: AGE_BUCKETS.map((bucket) => ({ bucket, count: backlogRows.find((r) => r.status === status && r.bucket === bucket)?.count ?? 0 })),
    })),
    monthly,
    complaints: { ...(complaintTotals ?? { received: 0, complaints: 0, suggestions: 0, answered: 0, overdue: 0 }), byProblem, byTrack },
    ikm,
    quarters,
  };
}
export type Performance = Awaited<ReturnType<typeof loadPerformance>>;

function zeroSums(): Record<Element, number> {
  return Object.fromEntries(ELEMENTS.map((e) => [e, 0])) as Record<Element, number>;
}
function sumsOf(row: Record<Element, number>): Record<Element, number> {
  return Object.fromEntries(ELEMENTS.map((e) => [e, Number(row[e])])) as Record<Element, number>;
}

/** Files issued in [from, to) and how many of them by their due date (the Jakarta date of issue). */
async function slaIn(from: string, to: string) {
  const [row] = await getPrisma().$queryRaw<{ issued: number; within: number }[]>`
    SELECT count(*)::int AS issued,
           count(*) FILTER (WHERE a."dueDate" IS NOT NULL AND (c."issuedAt" + interval '7 hours')::date <= a."dueDate")::int AS within
    FROM "Certificate" c JOIN "Application" a ON a.id = c."applicationId"
    WHERE c."issuedAt" >= ${from}::timestamp AND c."issuedAt" < ${to}::timestamp`;
  const issued = row?.issued ?? 0;
  const within = row?.within ?? 0;
  return { issued, within, share: issued > 0 ? within / issued : null };
}

/** For the public home page: the IKM and SLA compliance of the latest quarter with survey responses. */
export async function latestPublicFigures() {
  const prisma = getPrisma();
  const latest = await prisma.surveyResponse.findFirst({ orderBy: [{ year: "desc" }, { quarter: "desc" }], select: { year: true, quarter: true } });
  if (!latest) return null;
  const quarter = latest.quarter as 1 | 2 | 3 | 4;
  const row = (await surveyByQuarter(latest.year)).find((r) => r.quarter === quarter)!;
  const { from, to } = quarterRange(latest.year, quarter);
  return { period: { year: latest.year, quarter }, ikm: ikmFromSums(sumsOf(row), row.responses), sla: await slaIn(ts(from), ts(to)) };
}

/** Responses and per-element score sums of each quarter of `year` that has any. */
function surveyByQuarter(year: number) {
  return getPrisma().$queryRaw<({ quarter: number; responses: number } & Record<Element, number>)[]>`
    SELECT quarter, count(*)::int AS responses,
           sum(u1)::int AS u1, sum(u2)::int AS u2, sum(u3)::int AS u3, sum(u4)::int AS u4, sum(u5)::int AS u5,
           sum(u6)::int AS u6, sum(u7)::int AS u7, sum(u8)::int AS u8, sum(u9)::int AS u9
    FROM "SurveyResponse" WHERE year = ${year} GROUP BY quarter ORDER BY quarter`;
}
