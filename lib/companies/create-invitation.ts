import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { invitationExpiry, newInvitationToken } from "./invitation-token";

/** How many unused, unexpired invitations a company may have at once. */
export const MAX_PENDING_INVITATIONS = 20;

/**
 * Invites a colleague to the actor's own company: stores the SHA-256 of a new random token, valid
 * for 7 days, and returns the token (for the link, shown once). Refused for an address that
 * already has an account ("already_member" when it is in this company, else "email_registered").
 */
export async function createInvitation({
  actor,
  email,
  now = new Date(),
}: {
  actor: Actor;
  email: string;
  now?: Date;
}): Promise<{ token: string; email: string; expiresAt: Date }> {
  const companyId = actor.companyId;
  if (!companyId || !can(actor, "company.manage", { companyId })) throw new AppError("forbidden");
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = invitationExpiry(now);

  await getPrisma().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { companyId: true } });
    if (existing?.companyId === companyId) throw new AppError("already_member", { email: "alreadyMember" });
    if (existing) throw new AppError("email_registered", { email: "emailRegistered" });
    const pending = await tx.companyInvitation.count({ where: { companyId, acceptedAt: null, expiresAt: { gt: now } } });
    if (pending >= MAX_PENDING_INVITATIONS) throw new AppError("too_many_invitations", undefined, { max: MAX_PENDING_INVITATIONS });

    const invitation = await tx.companyInvitation.create({
      data: { companyId, email, tokenHash, createdById: actor.id, expiresAt, createdAt: now },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "company.invitation.create",
        entityType: "CompanyInvitation",
        entityId: invitation.id,
        data: { companyId, email, expiresAt: expiresAt.toISOString() },
      },
    });
  });
  return { token, email, expiresAt };
}
