import "server-only";
import { getPrisma } from "@/lib/db";
import type { Actor } from "./roles";
import { sessionIsCurrent } from "./session-freshness";

/**
 * The actor behind a session: the user's current roles and company from the database, or null
 * when the user is gone, deactivated, or changed the password after the session was issued.
 */
export async function loadActor(session: { id: string; issuedAt?: number | null }): Promise<Actor | null> {
  const user = await getPrisma().user.findFirst({
    where: { id: session.id, isActive: true },
    select: {
      id: true,
      name: true,
      email: true,
      companyId: true,
      passwordChangedAt: true,
      roles: { select: { role: true } },
    },
  });
  if (!user || !sessionIsCurrent(session.issuedAt, user.passwordChangedAt)) return null;
  return { id: user.id, name: user.name, email: user.email, companyId: user.companyId, roles: user.roles.map((r) => r.role) };
}
