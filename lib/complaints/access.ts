import type { Actor } from "@/lib/auth/roles";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who sees which complaint, and whose identity. Complaints officers and supervisors see every
// complaint; the signing official (Kepala DPMPTSP) sees them to approve APIP routing, without the
// complainant's identity; the inspektorat sees only complaints routed to APIP after the Kepala
// approved. Nobody else sees any. The identity is hidden from the officer complained about when
// the complainant asked for confidentiality, whatever that officer's role.

/** The complaints `actor` may read, as a where clause; null when none. */
export function readableComplaints(actor: Actor | null): Prisma.ComplaintWhereInput | null {
  if (!actor) return null;
  const roles = actor.roles;
  if (roles.includes("pengelola_pengaduan") || roles.includes("atasan") || roles.includes("penandatangan")) return {};
  if (roles.includes("inspektorat")) return { track: "apip", apipApprovedAt: { not: null } };
  return null;
}

export interface IdentityGate {
  track: string | null;
  apipApprovedAt: Date | null;
  confidential: boolean;
  reportedUserId: string | null;
}

/** Whether `actor` may read the complainant's name and contact on this complaint. */
export function mayReadIdentity(actor: Actor | null, c: IdentityGate): boolean {
  if (!actor) return false;
  if (c.confidential && c.reportedUserId === actor.id) return false;
  // The APIP track counts for the inspektorat only once the Kepala approved it.
  const track = c.track === "apip" && !c.apipApprovedAt ? null : c.track;
  return can(actor, "complaint.readIdentity", { track });
}

/** Whether `actor` may work on the complaint (review, report, answer). */
export function mayHandle(actor: Actor, c: { track: string | null; apipApprovedAt: Date | null; status: string; reportedUserId: string | null }): boolean {
  if (c.status === "selesai" || c.status === "menunggu_persetujuan") return false;
  // Nobody handles a complaint about themselves.
  if (c.reportedUserId === actor.id) return false;
  if (can(actor, "complaint.handle")) return true;
  return c.track === "apip" && c.apipApprovedAt !== null && can(actor, "complaint.actApip", { track: "apip" });
}
