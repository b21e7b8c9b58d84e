import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { periodFrom } from "@/lib/dashboard/period";
import { loadPerformance } from "@/lib/dashboard/performance";
import { performanceTables, TABLE_NAMES } from "@/lib/dashboard/tables";
import { contentDisposition } from "@/lib/files/http";
import { toCsv } from "@/lib/survey/csv";

export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** One table of the dashboard as CSV (?tabel=…&tahun=…&triwulan=…), safe to open in a spreadsheet. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 307, headers: { Location: "/masuk?callbackUrl=%2Fkinerja" } });
  if (!can(actor, "dashboard.view")) return new Response("Tidak diizinkan.", { status: 403, headers: TEXT });
  const url = new URL(request.url);
  const name = url.searchParams.get("tabel") ?? "";
  if (!(TABLE_NAMES as readonly string[]).includes(name)) return new Response("Tabel tidak dikenal.", { status: 404, headers: TEXT });
  const period = periodFrom({ tahun: url.searchParams.get("tahun") ?? undefined, triwulan: url.searchParams.get("triwulan") ?? undefined });
  const [perf, perfT, status, complaints, survey] = await Promise.all([
    loadPerformance(period),
    getTranslations("performance"),
    getTranslations("status"),
    getTranslations("complaints"),
    getTranslations("survey"),
  ]);
  const table = performanceTables(perf, { perf: perfT, status, complaints, survey }).find((x) => x.name === name)!;
  const csv = toCsv(table.header, table.rows);
  const file = `kinerja-${name}-${period.year}-${period.quarter ? `tw${period.quarter}` : "setahun"}.csv`;
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(file), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
