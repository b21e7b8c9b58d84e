import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { answerAction, apipDecisionAction, classifyAction, reportAction, reviewAction, routeAction } from "@/lib/complaints/actions";
import { readComplaint } from "@/lib/complaints/read";
import { PROBLEMS, REPORT_LEVELS, TRACKS } from "@/lib/complaints/schemas";
import { getPrisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("listTitle"), robots: { index: false, follow: false } };
}

const input = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";
const primary = "rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900";
const panel = "space-y-3 rounded border border-slate-300 p-4";

export default async function ComplaintDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ hasil?: string; galat?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePermission(`/pengaduan/kelola/${id}`, "complaint.list");
  const c = await readComplaint(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, format] = [await getTranslations("complaints"), await getFormatter()];
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const done = query.hasil && t.has(`done.${query.hasil}`) ? t(`done.${query.hasil}`) : null;
  const error = query.galat && t.has(`errors.${query.galat}`) ? t(`errors.${query.galat}`) : null;
  const hidden = (
    <>
      <input type="hidden" name="complaintId" value={c.id} />
      <input type="hidden" name="version" value={c.version} />
    </>
  );
  const field = (name: string, label: string, value: string | null, rows = 3) => (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <textarea id={name} name={name} rows={rows} maxLength={4000} defaultValue={value ?? ""} className={input} />
    </div>
  );
  const handling = c.mayHandle;
  const staff = handling
    ? await getPrisma().user.findMany({ where: { isActive: true, roles: { some: { role: { not: "pemohon" } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    : [];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/pengaduan/kelola">← {t("backToList")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("detailTitle", { ticket: c.ticket })}</h1>
        <p className="mt-1">
          {t("statusLabel")}: <strong data-testid="complaint-status">{t(`statuses.${c.status}`)}</strong>
          {c.track && <> · {t(`tracks.${c.track}`)}{c.agency && ` (${c.agency})`}</>}
        </p>
        <p className="mt-1">
          {t("kindLabel")}: <strong data-testid="complaint-kind">{t(`kinds.${c.kind}`)}</strong>
          {c.kindReasons.length > 0 && <> ({c.kindReasons.map((r) => t(`reasons.${r}`)).join("; ")})</>}
          {c.dueDate && (
            <>
              {" "}
              · {t("due")}: <strong data-testid="complaint-due">{day(c.dueDate)}</strong> {c.dueProvisional && t("dueProvisional")}
            </>
          )}
        </p>
      </div>
      <div id="hasil" tabIndex={-1}>
        {done && (
          <div role="status" className="border-l-4 border-emerald-700 bg-emerald-50 p-4" data-testid="complaint-done">
            {done}
          </div>
        )}
        {error && (
          <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-4" data-testid="complaint-error">
            {error}
          </div>
        )}
      </div>

      <section aria-labelledby="identitas" className={panel}>
        <h2 id="identitas" className="text-2xl font-semibold">
          {t("identityTitle")}
        </h2>
        {c.identity ? (
          c.identity.name || c.identity.email || c.identity.phone ? (
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="complaint-identity">
              <dt className="font-semibold">{t("name")}</dt>
              <dd>{c.identity.name ?? "–"}</dd>
              <dt className="font-semibold">E-mail</dt>
              <dd>{c.identity.email ?? "–"}</dd>
              <dt className="font-semibold">{t("phone")}</dt>
              <dd>{c.identity.phone ?? "–"}</dd>
            </dl>
          ) : (
            <p data-testid="complaint-identity">{t("noIdentity")}</p>
          )
        ) : (
          <p data-testid="complaint-identity-hidden">{t("identityHidden")}</p>
        )}
        {c.confidential && <p className="text-sm">{t("confidentialNote")}</p>}
      </section>

      <section aria-labelledby="fakta" className={panel}>
        <h2 id="fakta" className="text-2xl font-semibold">
          {t("factsTitle")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("channel")}</dt>
          <dd>{t(`channels.${c.channel}`)}</dd>
          <dt className="font-semibold">{t("receivedAt")}</dt>
          <dd>{moment(c.receivedAt)}</dd>
          <dt className="font-semibold">{t("service")}</dt>
          <dd>{c.service ? t(`services.${c.service}`) : "–"}</dd>
          <dt className="font-semibold">{t("registrationNumber")}</dt>
          <dd>{c.registrationNumber ?? "–"}</dd>
          <dt className="font-semibold">{t("serviceReceivedOn")}</dt>
          <dd>{c.serviceReceivedOn ? day(c.serviceReceivedOn) : "–"}</dd>
          <dt className="font-semibold">{t("problemType")}</dt>
          <dd>{c.problemType ? t(`problems.${c.problemType}`) : "–"}</dd>
        </dl>
        <p className="whitespace-pre-line" data-testid="complaint-description">
          {c.description || "–"}
        </p>
        <h3 className="font-semibold">{t("attachmentsTitle")}</h3>
        {c.attachments.length === 0 ? (
          <p>{t("noAttachments")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {c.attachments.map((a) => (
              <li key={a.id}>{c.identity ? <a href={`/api/pengaduan/lampiran/${a.id}`}>{a.file.originalName}</a> : a.file.originalName}</li>
            ))}
          </ul>
        )}
      </section>

      {handling && (
        <form action={classifyAction} className={panel}>
          <h2 className="text-2xl font-semibold">{t("classifyTitle")}</h2>
          {hidden}
          <div>
            <label htmlFor="sector" className="block font-semibold">
              {t("sector")}
            </label>
            <input id="sector" name="sector" maxLength={200} required defaultValue={c.sector ?? (c.service ? t(`services.${c.service}`) : "")} className={input} />
          </div>
          <div>
            <label htmlFor="problemType" className="block font-semibold">
              {t("problemType")}
            </label>
            <select id="problemType" name="problemType" defaultValue={c.problemType ?? "lainnya"} className={input}>
              {PROBLEMS.map((p) => (
                <option key={p} value={p}>
                  {t(`problems.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="reportedUserId" className="block font-semibold">
              {t("reportedUser")}
            </label>
            <select id="reportedUserId" name="reportedUserId" defaultValue={c.reportedUserId ?? ""} className={input}>
              <option value="">{t("reportedUserNone")}</option>
              {staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={primary}>
            {t("save")}
          </button>
        </form>
      )}

      {handling && (
        <form action={reviewAction} className={panel}>
          <h2 className="text-2xl font-semibold">{t("reviewTitle")}</h2>
          {hidden}
          {field("coreProblem", t("coreProblem"), c.coreProblem)}
          {field("standardLink", t("standardLink"), c.standardLink)}
          {field("priorDocuments", t("priorDocuments"), c.priorDocuments)}
          {field("handlingPlan", t("handlingPlan"), c.handlingPlan)}
          {field("actionsTaken", t("actionsTaken"), c.actionsTaken)}
          <button type="submit" className={primary}>
            {t("save")}
          </button>
        </form>
      )}

      {handling && can(actor, "complaint.handle") && !(c.track === "apip" && c.apipApprovedAt) && (
        <form action={routeAction} className={panel}>
          <h2 className="text-2xl font-semibold">{t("routeTitle")}</h2>
          <p>{t("routeIntro")}</p>
          {hidden}
          <fieldset>
            <legend className="font-semibold">{t("track")}</legend>
            {TRACKS.map((tr) => (
              <label key={tr} className="mt-1 flex items-center gap-2">
                <input type="radio" name="track" value={tr} required defaultChecked={c.track === tr} className="h-5 w-5" />
                {t(`tracks.${tr}`)}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor="agency" className="block font-semibold">
              {t("agency")}
            </label>
            <input id="agency" name="agency" maxLength={200} defaultValue={c.agency ?? ""} className={input} />
          </div>
          <button type="submit" className={primary}>
            {t("route")}
          </button>
        </form>
      )}

      {c.status === "menunggu_persetujuan" && can(actor, "complaint.approveApip") && (
        <form action={apipDecisionAction} className={panel}>
          <h2 className="text-2xl font-semibold">{t("apipTitle")}</h2>
          <p>{t("apipIntro")}</p>
          {hidden}
          <fieldset>
            <legend className="sr-only">{t("apipTitle")}</legend>
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="decision" value="approve" required className="h-5 w-5" />
              {t("approve")}
            </label>
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="decision" value="refuse" required className="h-5 w-5" />
              {t("refuse")}
            </label>
          </fieldset>
          <div>
            <label htmlFor="note" className="block font-semibold">
              {t("apipNote")}
            </label>
            <textarea id="note" name="note" rows={2} maxLength={2000} className={input} />
          </div>
          <button type="submit" className={primary}>
            {t("decide")}
          </button>
        </form>
      )}

      {handling && (
        <form action={reportAction} className={panel}>
          <h2 className="text-2xl font-semibold">{t("reportTitle")}</h2>
          <input type="hidden" name="complaintId" value={c.id} />
          <div>
            <label htmlFor="level" className="block font-semibold">
              {t("level")}
            </label>
            <select id="level" name="level" className={input}>
              {REPORT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          </div>
          {field("report", t("report"), null)}
          <button type="submit" className={primary}>
            {t("sendReport")}
          </button>
        </form>
      )}

      <section aria-labelledby="jawaban" className={panel}>
        <h2 id="jawaban" className="text-2xl font-semibold">
          {t("answerTitle")}
        </h2>
        {c.answer ? (
          <>
            <p className="whitespace-pre-line" data-testid="complaint-answer">
              {c.answer}
            </p>
            {c.answeredAt && <p className="text-sm">{t("answeredBy", { date: moment(c.answeredAt) })}</p>}
          </>
        ) : handling ? (
          <form action={answerAction} className="space-y-3">
            <p>{t("answerIntro")}</p>
            {hidden}
            {field("answer", t("answerLabel"), null, 5)}
            <button type="submit" className={primary}>
              {t("sendAnswer")}
            </button>
          </form>
        ) : (
          <p>{t("noAnswerYet")}</p>
        )}
      </section>

      <section aria-labelledby="riwayat">
        <h2 id="riwayat" className="text-2xl font-semibold">
          {t("eventsTitle")}
        </h2>
        <ol className="mt-3 space-y-3 border-l-2 border-brand-700 pl-4" data-testid="complaint-events">
          {c.events.map((e) => {
            const data = (e.data ?? {}) as { level?: string; track?: string; to?: string | null };
            return (
              <li key={e.id}>
                <p className="font-semibold">
                  {t.has(`events.${e.type}`) ? t(`events.${e.type}`) : e.type}
                  {data.level && t.has(`levels.${data.level}`) && <> — {t(`levels.${data.level}`)}{data.to && ` (${data.to})`}</>}
                  {e.type === "routed" && data.track && <> — {t(`tracks.${data.track}`)}</>}
                </p>
                <p className="text-sm text-slate-700">
                  {moment(e.createdAt)}
                  {e.actorName && <> · {e.actorName}</>}
                </p>
                {e.note && <p className="mt-1 whitespace-pre-line">{e.note}</p>}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
