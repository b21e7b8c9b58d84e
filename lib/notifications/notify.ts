import "server-only";
import { publicBaseUrl } from "@/lib/site-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildEmail, type Audience } from "./email-text";

// Telling people what happened to a file: an in-app notification per user and an e-mail copy in
// the outbox, both written with the caller's transaction, so they exist exactly when the event
// they tell about does. Nothing here talks to a mail server (see outbox.ts).

export type NotificationType =
  | "submitted"
  | "resubmitted"
  | "returned"
  | "declared_complete"
  | "assigned_field_verification"
  | "field_report_filed"
  | "approved"
  | "rejected"
  | "issued"
  | "certificate_revoked"
  | "escalated";

type Data = Record<string, string | number | null>;

interface Recipient {
  id: string;
  name: string;
  email: string;
  audience: Audience;
}

/** Every active user of the application's company gets an in-app notification and (if it has an e-mail) an outbox e-mail, written with `tx`. */
export async function notifyApplicant(
  tx: Prisma.TransactionClient,
  input: { applicationId: string; type: NotificationType; data?: Record<string, string | number | null> },
): Promise<void> {
  const app = await tx.application.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      registrationNumber: true,
      company: { select: { users: { where: { isActive: true }, select: { id: true, name: true, email: true }, orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!app) throw new Error(`notifyApplicant: permohonan ${input.applicationId} tidak ditemukan`);
  const recipients = app.company.users.map((u) => ({ ...u, audience: "applicant" as const }));
  await write(tx, recipients, app.id, input.type, withRegistration(input.data, app.registrationNumber));
}

/** Named users (officers, supervisors). */
export async function notifyUsers(
  tx: Prisma.TransactionClient,
  input: { userIds: string[]; applicationId?: string | null; type: NotificationType; data?: Record<string, string | number | null> },
): Promise<void> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return;
  const app = input.applicationId
    ? await tx.application.findUnique({ where: { id: input.applicationId }, select: { id: true, registrationNumber: true, companyId: true } })
    : null;
  if (input.applicationId && !app) throw new Error(`notifyUsers: permohonan ${input.applicationId} tidak ditemukan`);
  const users = await tx.user.findMany({
    where: { id: { in: ids }, isActive: true },
    select: { id: true, name: true, email: true, companyId: true },
  });
  // Keep the caller's order; a user of the application's own company reads it as its applicant.
  const byId = new Map(users.map((u) => [u.id, u]));
  const recipients = ids.flatMap((id) => {
    const u = byId.get(id);
    if (!u) return [];
    const audience: Audience = app && u.companyId === app.companyId ? "applicant" : "officer";
    return [{ id: u.id, name: u.name, email: u.email, audience }];
  });
  await write(tx, recipients, app?.id ?? null, input.type, withRegistration(input.data, app?.registrationNumber ?? null));
}

function withRegistration(data: Data | undefined, registrationNumber: string | null): Data {
  // The caller's value wins; the stored number is the fallback, so every text can name the file.
  return { ...(registrationNumber ? { registrationNumber } : {}), ...(data ?? {}) };
}

async function write(
  tx: Prisma.TransactionClient,
  recipients: Recipient[],
  applicationId: string | null,
  type: NotificationType,
  data: Data,
): Promise<void> {
  if (recipients.length === 0) return;
  const baseUrl = publicBaseUrl();
  await tx.notification.createMany({
    data: recipients.map((r) => ({ userId: r.id, applicationId, type, data })),
  });
  const emails = recipients
    .filter((r) => isAddress(r.email))
    .map((r) => {
      const { subject, text } = buildEmail({ type, audience: r.audience, recipientName: r.name, applicationId, data, baseUrl });
      return { to: r.email.trim(), subject, text };
    });
  if (emails.length > 0) await tx.outboxEmail.createMany({ data: emails });
}

function isAddress(email: string | null | undefined): email is string {
  return !!email && /^[^\s@]+@[^\s@]+$/.test(email.trim());
}
