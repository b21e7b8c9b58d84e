import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/roles";
import type { ApplicationView } from "@/lib/applications/read-application";
import { revokeCertificateAction, signCertificateAction } from "@/lib/certificates/actions";
import { assignAction, decideAction, skipAction } from "@/lib/review/actions";

const input = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";
const primary = "rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900";

/** What the signed-in officer can do with the file at its current stage. */
export async function ActionPanel({ view, actor, technicalTeam, today }: { view: ApplicationView; actor: Actor; technicalTeam: { id: string; name: string }[]; today: string }) {
  const t = await getTranslations("review");
  const { app } = view;
  const hidden = (
    <>
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="version" value={app.version} />
    </>
  );
  const panels: React.ReactNode[] = [];

  if (app.status === "complete" && actor.roles.includes("petugas")) {
    panels.push(
      <div key="assign" className="space-y-4">
        <h3 className="text-lg font-semibold">{t("assignTitle")}</h3>
        <form action={assignAction} className="space-y-2">
          {hidden}
          <label htmlFor="technicalId" className="block font-semibold">
            {t("assignTo")}
          </label>
          <select id="technicalId" name="technicalId" required className={input}>
            {technicalTeam.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <button type="submit" className={primary}>
            {t("assign")}
          </button>
        </form>
        <form action={skipAction} className="space-y-2">
          {hidden}
          <label htmlFor="skip-reason" className="block font-semibold">
            {t("skipReason")}
          </label>
          <textarea id="skip-reason" name="reason" rows={2} maxLength={1000} required className={input} />
          <button type="submit" className="rounded border border-brand-800 px-4 py-2 font-semibold text-brand-900">
            {t("skip")}
          </button>
        </form>
      </div>,
    );
  }

  if (app.status === "field_verification" && app.technicalId === actor.id) {
    panels.push(
      <form key="report" method="post" action={`/api/permohonan/${app.id}/laporan-lapangan`} encType="multipart/form-data" className="space-y-3">
        <h3 className="text-lg font-semibold">{t("reportTitle")}</h3>
        <input type="hidden" name="version" value={app.version} />
        <div>
          <label htmlFor="visitDate" className="block font-semibold">
            {t("visitDate")}
          </label>
          <input id="visitDate" name="visitDate" type="date" required max={today} defaultValue={today} className={`${input} max-w-xs`} />
        </div>
        <div>
          <label htmlFor="findings" className="block font-semibold">
            {t("findings")}
          </label>
          <textarea id="findings" name="findings" rows={5} maxLength={4000} required className={input} />
        </div>
        <fieldset>
          <legend className="font-semibold">{t("recommendation")}</legend>
          {(["layak", "tidak_layak"] as const).map((r) => (
            <label key={r} className="mt-1 flex items-center gap-2">
              <input type="radio" name="recommendation" value={r} required className="h-5 w-5" />
              {t(`recommendations.${r}`)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="photos" className="block font-semibold">
            {t("photos")}
          </label>
          <input id="photos" name="photos" type="file" multiple accept=".jpg,.jpeg,.png,image/jpeg,image/png" className="mt-1 block w-full max-w-full text-sm" />
        </div>
        <button type="submit" className={primary}>
          {t("fileReport")}
        </button>
      </form>,
    );
  }

  if (app.status === "awaiting_decision" && actor.roles.includes("penandatangan")) {
    panels.push(
      <form key="decide" action={decideAction} className="space-y-3">
        <h3 className="text-lg font-semibold">{t("decisionTitle")}</h3>
        {hidden}
        <fieldset>
          <legend className="sr-only">{t("decisionTitle")}</legend>
          {(["approve", "reject"] as const).map((d) => (
            <label key={d} className="mt-1 flex items-center gap-2">
              <input type="radio" name="decision" value={d} required className="h-5 w-5" />
              {t(d)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="decision-reason" className="block font-semibold">
            {t("decisionReason")}
          </label>
          <textarea id="decision-reason" name="reason" rows={3} maxLength={2000} className={input} />
        </div>
        <button type="submit" className={primary}>
          {t("decide")}
        </button>
      </form>,
    );
  }

  if (app.status === "approved" && actor.roles.includes("penandatangan")) {
    panels.push(
      <form key="sign" action={signCertificateAction} className="space-y-3">
        <h3 className="text-lg font-semibold">{t("signTitle")}</h3>
        <p>{t("signIntro")}</p>
        <p>
          <a href={`/petugas/berkas/${app.id}/draf-sertifikat`} target="_blank" rel="noopener" className="font-semibold">
            {t("draftLink")}
          </a>
        </p>
        {hidden}
        <div>
          <label htmlFor="sign-password" className="block font-semibold">
            {t("signPassword")}
          </label>
          <p id="sign-password-hint" className="text-sm">
            {t("signPasswordHint")}
          </p>
          <input
            id="sign-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            aria-describedby="sign-password-hint"
            className={`${input} max-w-sm`}
          />
        </div>
        <button type="submit" className={primary}>
          {t("sign")}
        </button>
      </form>,
    );
  }

  if (app.status === "issued" && app.certificate && !app.certificate.revokedAt && actor.roles.includes("penandatangan")) {
    panels.push(
      <form key="revoke" action={revokeCertificateAction} className="space-y-3">
        <h3 className="text-lg font-semibold">{t("revokeTitle")}</h3>
        <p>{t("revokeIntro")}</p>
        <input type="hidden" name="applicationId" value={app.id} />
        <div>
          <label htmlFor="revoke-reason" className="block font-semibold">
            {t("revokeReason")}
          </label>
          <textarea id="revoke-reason" name="reason" rows={3} maxLength={2000} required className={input} />
        </div>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
          {t("revoke")}
        </button>
      </form>,
    );
  }

  return (
    <section id="tindakan" aria-labelledby="actions-heading" className="space-y-4 rounded border border-slate-300 p-4" tabIndex={-1}>
      <h2 id="actions-heading" className="text-2xl font-semibold">
        {t("actionsTitle")}
      </h2>
      {panels.length > 0 ? panels : <p>{t("noAction")}</p>}
    </section>
  );
}
