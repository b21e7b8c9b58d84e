import type { Performance } from "./performance";

// Every figure of the dashboard as a named table (header + rows): the page shows them under its
// charts, and each can be downloaded as CSV. `t` translates keys of the `performance`, `status`,
// `complaints` and `survey` namespaces (given by the caller, in the reader's language).

type T = (key: string, values?: Record<string, string | number>) => string;
export type Cell = string | number | null;
export interface Table {
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
}

export const TABLE_NAMES = ["sla", "tahap", "berjalan", "bulanan", "pengaduan-jenis", "pengaduan-jalur", "ikm-triwulan", "ikm-unsur"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function performanceTables(p: Performance, tr: { perf: T; status: T; complaints: T; survey: T }): Table[] {
  const { perf, status, complaints, survey } = tr;
  return [
    {
      name: "sla",
      title: perf("sla.title"),
      header: [perf("sla.issued"), perf("sla.within"), perf("sla.late"), "%"],
      rows: [[p.sla.issued, p.sla.within, p.sla.issued - p.sla.within, p.sla.share === null ? null : round2(p.sla.share * 100)]],
    },
    {
      name: "tahap",
      title: perf("stages.title"),
      header: [perf("stages.stage"), perf("stages.files"), perf("stages.average")],
      rows: p.stages.map((s) => [perf(`stages.names.${s.stage}`), s.files, round2(s.average)]),
    },
    {
      name: "berjalan",
      title: perf("backlog.title"),
      header: [perf("backlog.stage"), ...p.backlog[0]!.buckets.map((b) => perf(`backlog.buckets.${b.bucket}`)), perf("backlog.total")],
      rows: p.backlog.map((s) => [status(s.status), ...s.buckets.map((b) => b.count), s.buckets.reduce((n, b) => n + b.count, 0)]),
    },
    {
      name: "bulanan",
      title: perf("monthly.title"),
      header: [perf("monthly.month"), perf("monthly.count")],
      rows: p.monthly.map((m) => [m.month, m.count]),
    },
    {
      name: "pengaduan-jenis",
      title: `${perf("complaints.title")}: ${perf("complaints.byProblem")}`,
      header: [perf("complaints.label"), perf("complaints.count")],
      rows: p.complaints.byProblem.map((r) => [r.key ? complaints(`problems.${r.key}`) : complaints("problems.lainnya"), r.count]),
    },
    {
      name: "pengaduan-jalur",
      title: `${perf("complaints.title")}: ${perf("complaints.byTrack")}`,
      header: [perf("complaints.label"), perf("complaints.count")],
      rows: p.complaints.byTrack.map((r) => [r.key ? complaints(`tracks.${r.key}`) : perf("complaints.noTrack"), r.count]),
    },
    {
      name: "ikm-triwulan",
      title: perf("ikm.perQuarter", { year: p.period.year }),
      header: [perf("ikm.quarterCol"), perf("ikm.responsesCol"), perf("ikm.ikmCol"), perf("ikm.gradeCol")],
      rows: p.quarters.map((q) => [perf(`quarterShort.${q.quarter}`), q.result.responses, q.result.responses ? round2(q.result.ikm) : null, q.result.grade ? `${q.result.grade.grade} (${q.result.grade.label})` : null]),
    },
    {
      name: "ikm-unsur",
      title: perf("ikm.perElement"),
      header: [perf("ikm.element"), perf("ikm.nrr")],
      rows: p.ikm.elements.map((e) => [`${e.element.toUpperCase()} ${survey(`elementNames.${e.element}`)}`, p.ikm.responses ? round2(e.nrr) : null]),
    },
  ];
}
