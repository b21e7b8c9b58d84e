import "server-only";
import { createHash } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";

// Spam protection without third-party services: a limit on public form submissions per client
// address per hour, counted in the database (so it holds across processes). The address is kept
// only as a keyed hash.

export function clientKey(ip: string): string {
  return createHash("sha256").update(`${authSecret()}:${ip}`).digest("hex");
}

/** Counts this submission and says whether it is within `max` per hour for the client. */
export async function takeSubmission(form: string, ip: string, max: number, now = new Date()): Promise<boolean> {
  const key = clientKey(ip);
  const since = new Date(now.getTime() - 60 * 60_000);
  // Counted and recorded under a lock per client, so a burst of simultaneous posts cannot all
  // read the same count and pass together.
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`${form}:${key}`}))::text`;
    const recent = await tx.formSubmission.count({ where: { form, clientKey: key, createdAt: { gte: since } } });
    if (recent >= max) return false;
    await tx.formSubmission.create({ data: { form, clientKey: key, createdAt: now } });
    return true;
  });
}
