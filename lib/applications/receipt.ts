import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { oneApplication, readableApplications } from "./access";
import { PURWAKARTA_OFFICE, type ReceiptData } from "./receipt-pdf";

export interface LoadReceiptOptions {
  actor: Actor;
  applicationId: string;
  /** The site's address for the public tracking link, e.g. "https://tirta.example.go.id". */
  baseUrl?: string;
}

function localizedId(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "id" in value && typeof value.id === "string") return value.id;
  return "";
}

/**
 * The receipt of a submitted application, for whoever may read it (its company's applicants and
 * officers). A draft has no receipt; an application the actor may not read does not exist for
 * it: both are AppError("not_found").
 */
export async function loadReceiptData({ actor, applicationId, baseUrl = "" }: LoadReceiptOptions): Promise<ReceiptData> {
  const prisma = getPrisma();
  const application = await prisma.application.findFirst({
    where: { AND: [oneApplication(readableApplications(actor), applicationId), { registrationNumber: { not: null } }] },
    select: {
      id: true,
      registrationNumber: true,
      submittedAt: true,
      createdById: true,
      company: { select: { name: true, nib: true, npwp: true } },
      service: {
        select: {
          kbli: true,
          title: true,
          riskLevel: true,
          slaWorkingDays: true,
          items: { orderBy: { position: "asc" }, select: { id: true, code: true, title: true, evidenceRequired: true } },
        },
      },
      answers: { select: { itemId: true, _count: { select: { evidence: true } } } },
      // The applicant who submitted it first (a later resubmission keeps the original receipt).
      events: {
        where: { toStatus: "submitted", actorId: { not: null } },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { actorId: true },
      },
    },
  });
  if (!application?.registrationNumber || !application.submittedAt) throw new AppError("not_found");

  const applicantId = application.events[0]?.actorId ?? application.createdById;
  const applicant = await prisma.user.findUnique({ where: { id: applicantId }, select: { name: true } });
  const counts = new Map(application.answers.map((a) => [a.itemId, a._count.evidence]));
  const { service, company } = application;

  return {
    registrationNumber: application.registrationNumber,
    submittedAt: application.submittedAt,
    companyName: company.name,
    nib: company.nib,
    npwp: company.npwp,
    applicantName: applicant?.name ?? "-",
    serviceTitle: `Sertifikat Standar KBLI ${service.kbli} — ${service.title}`,
    riskLevel: service.riskLevel,
    items: service.items.map((item) => ({
      code: item.code,
      title: localizedId(item.title),
      evidenceCount: counts.get(item.id) ?? 0,
      evidenceRequired: item.evidenceRequired,
    })),
    slaWorkingDays: service.slaWorkingDays,
    trackingUrl: `${baseUrl.replace(/\/+$/, "")}/lacak`,
    office: PURWAKARTA_OFFICE,
  };
}
