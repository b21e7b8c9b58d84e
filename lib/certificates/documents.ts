import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { oneApplication, readableApplications } from "@/lib/applications/access";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/files/storage";
import { certificateFacts } from "./facts";
import { renderCertificatePdf } from "./pdf";

// The certificate as files: the signed PDF for whoever may read the application (its company's
// applicants and the officers), and the unsigned draft the signing official reads before signing.

export async function signedCertificateFile({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const app = await getPrisma().application.findFirst({
    where: oneApplication(readableApplications(actor), applicationId),
    select: { companyId: true, certificate: { select: { number: true, sha256: true, file: { select: { originalName: true } } } } },
  });
  if (!app?.certificate || !can(actor, "certificate.download", { companyId: app.companyId })) throw new AppError("not_found");
  const bytes = await fileStorage().read(app.certificate.sha256);
  return { bytes, name: app.certificate.file.originalName, number: app.certificate.number };
}

/** The draft of an approved file, with the signing official's own name, position and NIP. */
export async function certificateDraft({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  if (!actor.roles.includes("penandatangan")) throw new AppError("not_found");
  const prisma = getPrisma();
  const app = await prisma.application.findFirst({
    where: oneApplication(readableApplications(actor), applicationId),
    select: { id: true, status: true, registrationNumber: true },
  });
  if (!app || app.status !== "approved") throw new AppError("not_found");
  const signer = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, position: true, nip: true } });
  const facts = await prisma.$transaction((tx) => certificateFacts(tx, app.id));
  const bytes = await renderCertificatePdf({
    ...facts,
    number: "(diberikan saat ditandatangani)",
    issuedAt: now,
    place: env().SIGNING_LOCATION,
    signer: { name: signer.name, position: signer.position ?? "(jabatan belum tercatat)", nip: signer.nip ?? "(belum tercatat)" },
    verifyUrl: "",
    draft: true,
  });
  return { bytes, name: `draf-sertifikat-${app.registrationNumber ?? app.id}.pdf` };
}
