import { getTranslations } from "next-intl/server";
import type { ClockBadge as Badge } from "@/lib/sla/clock";

// The service clock of one file, in words (and a symbol), never by colour alone:
// "Hari ke-5 dari 7 · Perhatian", "Dijeda — menunggu pemohon", …

const STYLE: Record<Badge, string> = {
  on_time: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
  overdue: "border-red-700 bg-red-50 text-red-900 font-semibold",
  paused: "border-slate-500 bg-slate-100 text-slate-900",
  not_started: "border-slate-400 bg-white text-slate-800",
  stopped: "border-slate-400 bg-white text-slate-800",
};

const SYMBOL: Record<Badge, string> = {
  on_time: "✓",
  warning: "!",
  overdue: "⚠",
  paused: "⏸",
  not_started: "○",
  stopped: "■",
};

export async function ClockBadge({
  clock,
  slaDays,
}: {
  clock: { badge: Badge; day: number | null; remaining: number | null };
  slaDays: number;
}) {
  const t = await getTranslations("queue.clock");
  const running = clock.badge === "on_time" || clock.badge === "warning" || clock.badge === "overdue";
  const day = clock.day !== null && (running || clock.badge === "paused") ? t("day", { day: clock.day, total: slaDays }) : null;
  const state = t(clock.badge);
  return (
    <span
      className={`inline-flex items-baseline gap-1.5 rounded border px-2 py-0.5 text-sm ${STYLE[clock.badge]}`}
      data-badge={clock.badge}
    >
      <span aria-hidden="true">{SYMBOL[clock.badge]}</span>
      <span>{day ? `${day} · ${state}` : state}</span>
    </span>
  );
}
