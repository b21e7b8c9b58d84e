import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClockPanel } from "@/components/applications/ClockPanel";
import { CertificateSummary } from "@/components/certificates/CertificateSummary";
import { Timeline } from "@/components/applications/Timeline";
import { ActionPanel } from "@/components/review/ActionPanel";
import { FieldReports } from "@/components/review/FieldReports";
import { ItemsReview } from "@/components/review/ItemsReview";
import { clockOf } from "@/lib/applications/clock-view";
import { readApplicationOr404 } from "@/lib/applications/read-application";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { formatNpwp } from "@/lib/companies/identity";
import { getPrisma } from "@/lib/db";
import { jakartaDate } from "@/lib/sla/working-days";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

const REVIEWABLE = ["submitted", "complete", "field_verification", "awaiting_decision"];

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ hasil?: string; galat?: string; status?: string; jumlah?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePermission(`/petugas/berkas/${id}`, "application.list");
  const view = await readApplicationOr404(actor, id);
  const { app } = view;
  const [t, ts] = [await getTranslations("review"), await getTranslations("status")];
  const [clock, technicalTeam] = await Promise.all([
    clockOf(app, app.service.slaWorkingDays),
    app.status === "complete"
      ? getPrisma().user.findMany({ where: { isActive: true, roles: { some: { role: "tim_teknis" } } }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : [],
  ]);
  const editable = can(actor, "application.review") && REVIEWABLE.includes(app.status);
  const statusLabel = query.status && ts.has(query.status) ? ts(query.status) : query.status ?? "";
  const done = query.hasil && t.has(`done.${query.hasil}`) ? t(`done.${query.hasil}`) : null;
  const error = query.galat && t.has(`errors.${query.galat}`) ? t(`errors.${query.galat}`, { status: statusLabel, count: Number(query.jumlah) || 0 }) : null;

  return (
    <div className="space-y-8">
      <p>
        <Link href="/petugas">← {t("back")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">
          {t("title")} {app.registrationNumber}
        </h1>
        <p className="mt-1">
          {t("company")}: <strong>{app.company.name}</strong> · NIB {app.company.nib}
          {app.company.npwp && <> · NPWP {formatNpwp(app.company.npwp)}</>}
        </p>
        <p className="mt-1">
          Status: <strong data-testid="review-status">{ts(app.status)}</strong>
        </p>
      </div>
      {done && (
        <div role="status" className="border-l-4 border-emerald-700 bg-emerald-50 p-4" data-testid="review-done">
          {done}
        </div>
      )}
      {error && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4" data-testid="review-error">
          {error}
        </div>
      )}
      <ClockPanel clock={clock} />
      {app.certificate && <CertificateSummary certificate={app.certificate} downloadHref={`/permohonan/${app.id}/sertifikat`} />}
      <ItemsReview view={view} editable={editable} />
      <FieldReports reports={app.fieldReports} />
      {app.decisionReason && (
        <p>
          <strong>{t("decisionReasonShown")}:</strong> {app.decisionReason}
        </p>
      )}
      <ActionPanel view={view} actor={actor} technicalTeam={technicalTeam} today={jakartaDate(new Date())} />
      <Timeline events={app.events} />
    </div>
  );
}
