import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerForm, type ClientField, type ClientOption } from "@/components/applications/AnswerForm";
import { EvidenceUpload } from "@/components/applications/EvidenceUpload";
import { SectionStatusTag } from "@/components/applications/SectionStatusTag";
import { editableApplications, itemEditable } from "@/lib/applications/access";
import { displayCode } from "@/lib/applications/answers";
import { readApplicationOr404 } from "@/lib/applications/read-application";
import { requireActor } from "@/lib/auth/session";
import { uploadMaxBytes } from "@/lib/env";
import { pick } from "@/lib/i18n/config";
import type { FieldDef } from "@/lib/service-standard/types";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: `${displayCode(code.slice(0, 3))} · ${(await getTranslations("application"))("taskListTitle")}` };
}

function clientField(f: FieldDef, locale: string): ClientField {
  return {
    name: f.name,
    type: f.type,
    label: pick(f.label, locale),
    ...(f.hint ? { hint: pick(f.hint, locale) } : {}),
    required: f.required,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    ...(f.options
      ? {
          options: f.options.map(
            (o): ClientOption => ({
              value: o.value,
              label: pick(o.label, locale),
              ...(o.hint ? { hint: pick(o.hint, locale) } : {}),
              ...(o.ineligibleMessage ? { ineligibleMessage: pick(o.ineligibleMessage, locale) } : {}),
            }),
          ),
        }
      : {}),
    ...(f.showWhen ? { showWhen: f.showWhen } : {}),
    ...(f.eligible ? { eligible: f.eligible } : {}),
  };
}

export default async function SectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; code: string }>;
  searchParams: Promise<{ galat?: string }>;
}) {
  const [{ id, code }, { galat }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/permohonan/${id}/butir/${code}`);
  const { app, checklist, evidenceByItem } = await readApplicationOr404(actor, id);
  const entry = checklist.find((e) => e.item.code === code);
  if (!entry) notFound();
  const [t, locale] = [await getTranslations("application"), await getLocale()];
  const ownsIt = editableApplications(actor) !== null && app.companyId === actor.companyId;
  const editable = ownsIt && itemEditable(app.status, entry.answer?.verdict);
  const { item } = entry;
  const formId = `answer-${item.code}`;
  const galatText = galat && t.has(`errors.${galat}`) ? t(`errors.${galat}`) : null;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/permohonan/${app.id}`}>← {t("backToTaskList")}</Link>
      </p>
      <div>
        <p className="text-slate-700">{t(`groups.${item.group}`)}</p>
        <h1 className="text-3xl font-bold">
          {displayCode(item.code)} {pick(item.title, locale)}
        </h1>
        <p className="mt-2">
          <SectionStatusTag status={entry.status} />
        </p>
      </div>
      <p className="text-slate-800">{pick(item.guidance, locale)}</p>
      {galatText && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4">
          {galatText}
        </div>
      )}
      {entry.answer?.verdict === "tidak_sesuai" && entry.answer.verdictNote && (
        <div className="border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="officer-note">
          <p className="font-semibold">{t("officerNote")}</p>
          <p className="whitespace-pre-line">{entry.answer.verdictNote}</p>
        </div>
      )}
      {!editable && <p className="font-semibold">{t("readOnly")}</p>}
      <AnswerForm
        applicationId={app.id}
        itemCode={item.code}
        fields={item.fields.map((f) => clientField(f, locale))}
        initialValue={(entry.value ?? {}) as Record<string, string | boolean | { lat: string; lng: string }>}
        initialSavedAt={entry.answer && editable ? entry.answer.answeredAt.toISOString() : null}
        editable={editable}
        locale={locale}
        formId={formId}
      />
      {item.evidenceRequired && (
        <section aria-labelledby="evidence-heading" className="space-y-2">
          <h2 id="evidence-heading" className="text-xl font-semibold">
            {t("evidenceTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("evidenceRequired")}</p>
          <EvidenceUpload
            applicationId={app.id}
            itemCode={item.code}
            initialFiles={evidenceByItem.get(item.id) ?? []}
            editable={editable}
            maxBytes={uploadMaxBytes()}
          />
        </section>
      )}
      {editable && (
        <p>
          <button type="submit" form={formId} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t("saveAndBack")}
          </button>
        </p>
      )}
    </div>
  );
}
