import { quarterOf } from "@/lib/survey/ikm";
import type { Period } from "./performance";

/** The period in the address (?tahun=2026&triwulan=2, or triwulan=semua); the current quarter by default. */
export function periodFrom(query: { tahun?: string; triwulan?: string }, now = new Date()): Period {
  const current = quarterOf(now);
  const year = /^\d{4}$/.test(query.tahun ?? "") ? Math.min(Math.max(Number(query.tahun), 2000), current.year + 1) : current.year;
  if (query.triwulan === "semua") return { year, quarter: null };
  const q = Number(query.triwulan);
  return { year, quarter: q === 1 || q === 2 || q === 3 || q === 4 ? q : query.tahun ? null : current.quarter };
}

export function periodQuery(p: Period): string {
  return `tahun=${p.year}&triwulan=${p.quarter ?? "semua"}`;
}
