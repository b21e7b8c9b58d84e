import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyApplicant } from "@/lib/notifications/notify";

// The signing official revokes an issued certificate with a reason. The certificate and its PDF
// stay; the verification page says "dicabut" with the date and reason from that moment on. The
// revocation is written to the application's timeline and to the audit trail in one transaction.

export async function revokeCertificate({
  actor,
  data,
  now = new Date(),
}: {
  actor: Actor;
  data: { applicationId: string; reason: string };
  now?: Date;
}): Promise<{ number: string }> {
  if (!actor.roles.includes("penandatangan")) throw new AppError("forbidden");
  return getPrisma().$transaction(async (tx) => {
    const certificate = await tx.certificate.findUnique({
      where: { applicationId: data.applicationId },
      select: { id: true, number: true, revokedAt: true, application: { select: { registrationNumber: true } } },
    });
    if (!certificate) throw new AppError("not_found");
    // Only the first revocation counts: a second one (a double click, two officials) is told so.
    const changed = await tx.certificate.updateMany({
      where: { id: certificate.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: data.reason, revokedById: actor.id },
    });
    if (changed.count === 0) throw new AppError("already_revoked");
    await tx.applicationEvent.create({
      data: { applicationId: data.applicationId, type: "certificate_revoked", actorId: actor.id, note: data.reason, createdAt: now, data: { certificateNumber: certificate.number } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "certificate.revoke",
        entityType: "Certificate",
        entityId: certificate.id,
        occurredAt: now,
        data: { number: certificate.number, applicationId: data.applicationId, reason: data.reason },
      },
    });
    await notifyApplicant(tx, {
      applicationId: data.applicationId,
      type: "certificate_revoked",
      data: { registrationNumber: certificate.application.registrationNumber, certificateNumber: certificate.number, reason: data.reason },
    });
    return { number: certificate.number };
  });
}
