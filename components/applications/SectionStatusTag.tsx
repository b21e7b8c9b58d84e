import { getTranslations } from "next-intl/server";
import type { SectionStatus } from "@/lib/applications/answers";

const STYLE: Record<SectionStatus, string> = {
  not_started: "bg-slate-100 text-slate-800",
  in_progress: "bg-sky-100 text-sky-900",
  complete: "bg-emerald-100 text-emerald-900",
  needs_correction: "bg-amber-100 text-amber-900",
};

export async function SectionStatusTag({ status, id }: { status: SectionStatus; id?: string }) {
  const t = await getTranslations("application.sectionStatus");
  return (
    <strong id={id} className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>
      {t(status)}
    </strong>
  );
}
