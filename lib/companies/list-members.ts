import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface CompanyMember {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
  isYou: boolean;
}

export interface PendingInvitation {
  id: string;
  email: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

/** The active users of the actor's own company, and its invitations not yet used nor expired. */
export async function listMembers({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<{
  members: CompanyMember[];
  invitations: PendingInvitation[];
}> {
  const companyId = actor.companyId;
  if (!companyId || !can(actor, "company.manage", { companyId })) throw new AppError("forbidden");
  const prisma = getPrisma();
  const [users, invitations] = await Promise.all([
    prisma.user.findMany({
      where: { companyId, isActive: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, createdAt: true },
      take: 200,
    }),
    prisma.companyInvitation.findMany({
      where: { companyId, acceptedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
      take: 100,
    }),
  ]);
  return {
    members: users.map((u) => ({ id: u.id, name: u.name, email: u.email, joinedAt: u.createdAt, isYou: u.id === actor.id })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      invitedBy: i.createdBy.name,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    })),
  };
}
