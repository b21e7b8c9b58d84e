import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { hashInvitationToken } from "@/lib/companies/invitation-token";
import { isUniqueViolation } from "@/lib/companies/unique-violation";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RegisterData } from "./schemas";

const emailTaken = () => new AppError("email_taken", { email: "emailTaken" });

/**
 * Self-registration: a new applicant (role `pemohon`), without a company, or, with an invitation
 * token, straight into the inviting company (the invitation is used once, before it expires, for
 * the address it was made for). User, role, invitation and audit events are written in one
 * transaction; on any refusal nothing is written. The caller signs the new user in.
 */
export async function registerAccount({
  actor,
  data,
  now = new Date(),
}: {
  actor: Actor | null;
  data: RegisterData;
  now?: Date;
}): Promise<{ userId: string; companyId: string | null }> {
  if (actor) throw new AppError("already_signed_in");
  // Hashed before anything is looked up, so a taken address answers no faster than a free one.
  const passwordHash = await hashPassword(data.password);
  const token = data.invitation ?? "";

  try {
    return await getPrisma().$transaction(async (tx) => {
      let invitation: { id: string; companyId: string } | null = null;
      if (token !== "") {
        const found = await tx.companyInvitation.findUnique({
          where: { tokenHash: hashInvitationToken(token) },
          select: { id: true, companyId: true, email: true, acceptedAt: true, expiresAt: true },
        });
        if (!found) throw new AppError("invitation_unknown");
        if (found.acceptedAt) throw new AppError("invitation_used");
        if (found.expiresAt <= now) throw new AppError("invitation_expired");
        if (found.email !== data.email) throw new AppError("invitation_email_mismatch", { email: "invitationEmailMismatch" });
        // Only while still unused: two registrations with one link make one account.
        const claimed = await tx.companyInvitation.updateMany({
          where: { id: found.id, acceptedAt: null },
          data: { acceptedAt: now },
        });
        if (claimed.count !== 1) throw new AppError("invitation_used");
        invitation = { id: found.id, companyId: found.companyId };
      }

      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          phone: data.phone,
          passwordHash,
          companyId: invitation?.companyId ?? null,
          roles: { create: { role: "pemohon" } },
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          actorId: user.id,
          action: "account.register",
          entityType: "User",
          entityId: user.id,
          data: { roles: ["pemohon"], companyId: invitation?.companyId ?? null, invitationId: invitation?.id ?? null },
        },
      });
      if (invitation) {
        await tx.auditEvent.create({
          data: {
            actorId: user.id,
            action: "company.invitation.accept",
            entityType: "CompanyInvitation",
            entityId: invitation.id,
            data: { companyId: invitation.companyId, userId: user.id },
          },
        });
      }
      return { userId: user.id, companyId: invitation?.companyId ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
