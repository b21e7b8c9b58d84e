import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor } from "./actor";
import { authOptions } from "./options";
import { can, type Action, type Resource } from "./policy";
import type { Actor } from "./roles";

/**
 * The signed-in actor for this request, or null. Roles, company and the active flag are read from
 * the database on every request, so a change by an admin takes effect at once; a session issued
 * before the user's last password change no longer counts.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return loadActor({ id, issuedAt: session.issuedAt });
});

/** For pages: the actor, or a redirect to sign in (and back here afterwards). */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/masuk?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages: the actor allowed to take `action`, else the forbidden page. */
export async function requirePermission(returnTo: string, action: Action, resource?: Resource): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, action, resource)) redirect("/tidak-diizinkan");
  return actor;
}
