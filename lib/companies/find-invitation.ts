import "server-only";
import { getPrisma } from "@/lib/db";
import { hashInvitationToken } from "./invitation-token";

export type InvitationLookup =
  | { status: "valid"; companyName: string; email: string; expiresAt: Date }
  | { status: "unknown" | "used" | "expired" };

/**
 * What an invitation link leads to, for the registration page: the company and the invited
 * address while it may still be used. Only the token's holder learns this.
 */
export async function findInvitation({ token, now = new Date() }: { token: string; now?: Date }): Promise<InvitationLookup> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unknown" };
  const invitation = await getPrisma().companyInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, acceptedAt: true, expiresAt: true, company: { select: { name: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "valid", companyName: invitation.company.name, email: invitation.email, expiresAt: invitation.expiresAt };
}
