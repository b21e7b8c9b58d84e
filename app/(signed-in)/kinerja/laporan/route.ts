import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { periodFrom } from "@/lib/dashboard/period";
import { loadPerformance } from "@/lib/dashboard/performance";
import { contentDisposition } from "@/lib/files/http";
import { renderQuarterlyReportPdf } from "@/lib/survey/report-pdf";

export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** The quarterly evaluation report (?tahun=…&triwulan=1..4) as a PDF to circulate to all staff. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 307, headers: { Location: "/masuk?callbackUrl=%2Fkinerja" } });
  if (!can(actor, "dashboard.view")) return new Response("Tidak diizinkan.", { status: 403, headers: TEXT });
  const url = new URL(request.url);
  const period = periodFrom({ tahun: url.searchParams.get("tahun") ?? undefined, triwulan: url.searchParams.get("triwulan") ?? undefined });
  if (!period.quarter) return new Response("Pilih satu triwulan.", { status: 400, headers: TEXT });
  try {
    const [perf, survey, complaints, perfT] = await Promise.all([loadPerformance(period), getTranslations({ locale: "id", namespace: "survey" }), getTranslations({ locale: "id", namespace: "complaints" }), getTranslations({ locale: "id", namespace: "performance" })]);
    const element = (code: string) => ({ code: code.toUpperCase(), name: survey(`elementNames.${code}`) });
    const lowest = perf.ikm.lowest ? perf.ikm.elements.find((e) => e.element === perf.ikm.lowest)! : null;
    const pdf = await renderQuarterlyReportPdf({
      year: period.year,
      quarter: period.quarter,
      generatedAt: new Date(),
      serviceTitle: "Sertifikat Standar KBLI 11050 Industri Air Minum dan Air Mineral",
      ikm: {
        responses: perf.ikm.responses,
        value: perf.ikm.ikm,
        grade: perf.ikm.grade?.grade ?? null,
        label: perf.ikm.grade?.label ?? null,
        elements: perf.ikm.elements.map((e) => ({ ...element(e.element), nrr: e.nrr })),
        lowest: lowest && perf.ikm.responses > 0 ? { ...element(lowest.element), nrr: lowest.nrr } : null,
      },
      sla: { issued: perf.sla.issued, withinSla: perf.sla.within, share: perf.sla.share },
      complaints: {
        received: perf.complaints.received,
        complaints: perf.complaints.complaints,
        suggestions: perf.complaints.suggestions,
        answered: perf.complaints.answered,
        overdue: perf.complaints.overdue,
        byProblem: perf.complaints.byProblem.map((r) => ({ label: complaints(`problems.${r.key ?? "lainnya"}`), count: r.count })),
        byTrack: perf.complaints.byTrack.map((r) => ({ label: r.key ? complaints(`tracks.${r.key}`) : perfT("complaints.noTrack"), count: r.count })),
      },
      applications: perf.applications,
    });
    return new Response(pdf as BodyInit, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition(`laporan-evaluasi-${period.year}-tw${period.quarter}.pdf`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const requestId = randomUUID().slice(0, 8);
    console.error(`[performance.report] ${requestId}`, error);
    return new Response(`Laporan tidak dapat dibuat (kode ${requestId}).`, { status: 500, headers: TEXT });
  }
}
