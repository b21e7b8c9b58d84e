import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/policy";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quarterOf, quarterRange } from "./ikm";
import type { SurveyData } from "./schemas";

// The applicant answers the SKM questionnaire once per finished application (issued or
// rejected). The response is written apart from the invitation, without the application or the
// person, in the same transaction that marks the invitation answered, so it counts once and can
// never be shown next to the applicant's name. It cannot be changed afterwards.

export const FINISHED = ["issued", "rejected"] as const;

async function ownApplication(actor: Actor, applicationId: string) {
  if (!can(actor, "survey.answer", { companyId: actor.companyId })) throw new AppError("not_found");
  const app = await getPrisma().application.findFirst({
    where: { id: applicationId, companyId: actor.companyId ?? "" },
    select: { id: true, status: true, registrationNumber: true, surveyInvitation: { select: { respondedAt: true } } },
  });
  if (!app) throw new AppError("not_found");
  return app;
}

/** Whether the actor's company may answer for this application, and whether it already did. */
export async function surveyState(actor: Actor, applicationId: string) {
  const app = await ownApplication(actor, applicationId);
  const finished = (FINISHED as readonly string[]).includes(app.status);
  return { registrationNumber: app.registrationNumber, finished, responded: !!app.surveyInvitation?.respondedAt };
}

export async function submitSurvey({ actor, data, now = new Date() }: { actor: Actor; data: SurveyData; now?: Date }): Promise<void> {
  const app = await ownApplication(actor, data.applicationId);
  if (!(FINISHED as readonly string[]).includes(app.status)) throw new AppError("not_finished");
  const { year, quarter } = quarterOf(now);
  await getPrisma().$transaction(async (tx) => {
    await tx.surveyInvitation.upsert({ where: { applicationId: app.id }, create: { applicationId: app.id }, update: {} });
    const marked = await tx.surveyInvitation.updateMany({ where: { applicationId: app.id, respondedAt: null }, data: { respondedAt: now } });
    if (marked.count === 0) throw new AppError("already_responded");
    const { applicationId: _a, ...answers } = data;
    void _a;
    // A random id and the quarter's first day as its time: nothing that lines up with the
    // invitation's `respondedAt`.
    await tx.surveyResponse.create({ data: { id: randomUUID(), ...answers, year, quarter, createdAt: quarterRange(year, quarter).from } });
  });
}
