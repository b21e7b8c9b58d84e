import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";

/** The signed-in user's own account details for the account page. */
export async function getOwnAccount({ actor }: { actor: Actor }): Promise<{ name: string; email: string; phone: string | null } | null> {
  return getPrisma().user.findFirst({ where: { id: actor.id, isActive: true }, select: { name: true, email: true, phone: true } });
}
