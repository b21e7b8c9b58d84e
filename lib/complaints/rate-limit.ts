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
  const prisma = getPrisma();
  const recent = await prisma.formSubmission.count({ where: { form, clientKey: key, createdAt: { gte: since } } });
  if (recent >= max) return false;
  await prisma.formSubmission.create({ data: { form, clientKey: key, createdAt: now } });
  return true;
}
