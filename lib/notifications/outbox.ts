import "server-only";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { afterFailure } from "./retry";

// Sends the e-mails the outbox holds. Rows are claimed with a lease: a short transaction picks due
// rows with `FOR UPDATE SKIP LOCKED` and moves their `nextAttemptAt` past the lease, so another
// process (or an overlapping run) neither sees them nor waits for them; the mail is then sent with
// no transaction open (a slow mail server holds no lock and, on the embedded database, blocks no
// request), and the row is marked sent, or retried later with back-off. A process that dies in
// between leaves the row to be retried when the lease ends: at-least-once delivery, each message
// carrying a stable Message-ID so a mail client can spot a duplicate.

/** How long a claimed row is hidden from other senders. */
export const LEASE_MS = 15 * 60_000;
const MAX_ERROR_LENGTH = 1000;

export interface DeliveryReport {
  /** Rows claimed this run. */
  claimed: number;
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time (status `failed`). */
  failed: number;
  /** Nothing was tried: no SMTP server is configured (rows stay pending). */
  skipped?: "smtp_not_configured";
}

export interface DeliverOptions {
  now?: Date;
  limit?: number;
  /** Defaults to SMTP_URL (tests pass their own server). */
  smtpUrl?: string;
  /** Defaults to SMTP_FROM. */
  from?: string;
}

const flags = globalThis as unknown as { __tirtaSmtpUnsetLogged?: boolean };

export async function deliverDueEmails({ now = new Date(), limit = 20, smtpUrl, from }: DeliverOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  const url = smtpUrl ?? env().SMTP_URL;
  if (!url) {
    if (!flags.__tirtaSmtpUnsetLogged) {
      flags.__tirtaSmtpUnsetLogged = true;
      console.info("[outbox] SMTP_URL tidak diatur: e-mail disimpan di outbox dan dikirim setelah SMTP_URL diatur / SMTP_URL unset: e-mails wait in the outbox");
    }
    return { ...report, skipped: "smtp_not_configured" };
  }
  const sender = from ?? env().SMTP_FROM;
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await claim(now, leaseUntil, Math.max(1, Math.min(Math.floor(limit), 500)));
  report.claimed = rows.length;
  if (rows.length === 0) return report;

  const prisma = getPrisma();
  // The URL's own query (e.g. ?connectionTimeout=30000) overrides these defaults.
  const options: SMTPTransport.Options = { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transport = nodemailer.createTransport(options);
  const domain = /@([^\s>]+)>?\s*$/.exec(sender)?.[1] ?? "tirta.local";
  const started = Date.now();
  try {
    for (const [index, row] of rows.entries()) {
      // A very slow server must not outlive the lease: hand the rest back for the next run.
      if (Date.now() - started > LEASE_MS / 2) {
        const rest = rows.slice(index).map((r) => r.id);
        await prisma.outboxEmail.updateMany({ where: { id: { in: rest }, status: "pending", nextAttemptAt: leaseUntil }, data: { nextAttemptAt: now } });
        break;
      }
      const attempts = row.attempts + 1;
      try {
        await transport.sendMail({ from: sender, to: row.to, subject: row.subject, text: row.text, messageId: `<${row.id}@${domain}>` });
      } catch (error) {
        const outcome = afterFailure(attempts, now);
        const lastError = describe(error);
        await prisma.outboxEmail.updateMany({
          where: { id: row.id, status: "pending", nextAttemptAt: leaseUntil },
          data: { attempts, lastError, ...(outcome.status === "failed" ? { status: "failed" } : { nextAttemptAt: outcome.nextAttemptAt }) },
        });
        if (outcome.status === "failed") {
          report.failed++;
          console.error(`[outbox] e-mail ${row.id} gagal dikirim ${attempts} kali, tidak dicoba lagi / given up: ${lastError}`);
        } else {
          report.retrying++;
          console.warn(`[outbox] e-mail ${row.id} gagal dikirim (percobaan ${attempts}), dicoba lagi ${outcome.nextAttemptAt.toISOString()}: ${lastError}`);
        }
        continue;
      }
      const marked = await prisma.outboxEmail.updateMany({
        where: { id: row.id, status: "pending", nextAttemptAt: leaseUntil },
        data: { status: "sent", sentAt: now, attempts },
      });
      if (marked.count === 0) console.warn(`[outbox] e-mail ${row.id} terkirim setelah masa klaim habis / sent after its lease ended`);
      report.sent++;
    }
  } finally {
    transport.close();
  }
  return report;
}

interface ClaimedRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  attempts: number;
}

/** Takes up to `limit` due rows for this run, skipping rows another sender holds. */
async function claim(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    // Timestamps are stored as UTC in `timestamp(3)` columns: compare in UTC whatever the
    // session's time zone.
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", "createdAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((r) => r.id);
    await tx.outboxEmail.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: leaseUntil } });
    const rows = await tx.outboxEmail.findMany({
      where: { id: { in: ids } },
      select: { id: true, to: true, subject: true, text: true, attempts: true },
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  });
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode, e?.message ?? String(error)].filter((p) => p !== undefined && p !== null && p !== "");
  return parts.join(" ").slice(0, MAX_ERROR_LENGTH) || "unknown error";
}
