import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { deliverDueEmails } from "@/lib/notifications/outbox";
import { notifyApplicant } from "@/lib/notifications/notify";
import { makeApplication, makeCompany, makeService, makeUser, uniqueRegistrationNumber } from "../helpers/submitted-application";

// The outbox against a real SMTP server (smtp-server) listening on 127.0.0.1 with a random port.
// Every test runs on its own virtual clock far in the past (`now` is passed in), so rows other
// test files leave pending in a shared PostgreSQL database are never due here.

process.env.PGLITE_DATA_DIR ??= "memory";
process.env.NEXTAUTH_URL = "https://tirta.uji.go.id";
delete process.env.SMTP_URL;

interface Received {
  rcptTo: string[];
  mailFrom: string;
  headers: Record<string, string>;
  body: string;
}

interface TestSmtp {
  port: number;
  url: string;
  received: Received[];
  close(): Promise<void>;
}

async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          rcptTo: session.envelope.rcptTo.map((a) => a.address),
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          ...parseMessage(Buffer.concat(chunks).toString("latin1")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return { port: actual, url: `smtp://127.0.0.1:${actual}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Headers (unfolded, lower-case names) and the decoded text body of a single-part message. */
function parseMessage(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n(?=[ \t])/g, "");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "quoted-printable") {
    body = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } else if (encoding === "base64") {
    body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("latin1");
  }
  return { headers, body: Buffer.from(body, "latin1").toString("utf8").replace(/\r\n/g, "\n") };
}

/** A port nothing listens on: a server is started there and closed again. */
async function downPort(): Promise<number> {
  const smtp = await startSmtp();
  await smtp.close();
  return smtp.port;
}

let clock = Date.UTC(2000, 0, 1);
/** A fresh stretch of virtual time for one test (a day apart from the others). */
function virtualNow(): Date {
  clock += 24 * 3_600_000;
  return new Date(clock);
}

async function pendingEmail(at: Date, subject = `Uji ${randomUUID()}`) {
  return getPrisma().outboxEmail.create({
    data: { to: `penerima-${randomUUID()}@example.test`, subject, text: "Isi pesan uji.\nBaris kedua.", nextAttemptAt: at },
  });
}

const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

let smtp: TestSmtp;
beforeAll(async () => {
  await ensureMigrated();
  smtp = await startSmtp();
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(async () => {
  await smtp?.close();
  await database().close();
});

describe("deliverDueEmails", () => {
  it("delivers what notifyApplicant wrote: right recipient, subject and body, then marks it sent", async () => {
    const now = virtualNow();
    const service = await makeService();
    const company = await makeCompany();
    const user = await makeUser(["pemohon"], company.id, "Siti Rahma");
    const registrationNumber = uniqueRegistrationNumber(service);
    const app = await makeApplication({ service, companyId: company.id, createdById: user.id, status: "complete", registrationNumber });
    await getPrisma().$transaction((tx) => notifyApplicant(tx, { applicationId: app.id, type: "declared_complete", data: { dueDate: "2026-11-25" } }));
    const row = await getPrisma().outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    await getPrisma().outboxEmail.update({ where: { id: row.id }, data: { nextAttemptAt: now } });
    const before = smtp.received.length;

    const report = await deliverDueEmails({ now: plus(now, 1000), smtpUrl: smtp.url, from: "DPMPTSP Uji <no-reply@dpmptsp.uji.go.id>" });

    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.rcptTo).toEqual([user.email]);
    expect(mail.mailFrom).toBe("no-reply@dpmptsp.uji.go.id");
    expect(mail.headers.subject).toBe(`[Tirta] Berkas ${registrationNumber} dinyatakan lengkap dan benar`);
    expect(mail.headers.to).toBe(user.email);
    expect(mail.headers["message-id"]).toBe(`<${row.id}@dpmptsp.uji.go.id>`);
    expect(mail.body).toContain("Yth. Siti Rahma,");
    expect(mail.body).toContain("Batas waktu penyelesaian: 25 November 2026.");
    expect(mail.body).toContain(`https://tirta.uji.go.id/permohonan/${app.id}`);
    expect(mail.body).toContain("Portal Tirta · https://tirta.uji.go.id");
    const after = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(after.sentAt).toEqual(plus(now, 1000));
  });

  it("keeps a row pending while the server is down, and delivers it exactly once when it is back", async () => {
    const now = virtualNow();
    const port = await downPort();
    const url = `smtp://127.0.0.1:${port}`;
    const row = await pendingEmail(now);

    const down = await deliverDueEmails({ now, smtpUrl: url });
    expect(down).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0 });
    const waiting = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting.status).toBe("pending");
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(waiting.nextAttemptAt).toEqual(plus(now, 30_000));
    expect(waiting.sentAt).toBeNull();

    // The server comes back on the same address; before the back-off ends nothing is tried.
    const back = await startSmtp(port);
    try {
      expect(await deliverDueEmails({ now: plus(now, 10_000), smtpUrl: url })).toMatchObject({ claimed: 0 });
      expect(back.received).toHaveLength(0);

      expect(await deliverDueEmails({ now: plus(now, 31_000), smtpUrl: url })).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
      expect(back.received).toHaveLength(1);
      expect(back.received[0]!.rcptTo).toEqual([row.to]);
      expect(back.received[0]!.headers.subject).toBe(row.subject);
      expect(back.received[0]!.body.trimEnd()).toBe("Isi pesan uji.\nBaris kedua.");

      // Later runs do not send it again.
      expect(await deliverDueEmails({ now: plus(now, 3_600_000), smtpUrl: url })).toMatchObject({ claimed: 0, sent: 0 });
      expect(back.received).toHaveLength(1);
      const sent = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
      expect(sent).toMatchObject({ status: "sent", attempts: 2 });
      expect(sent.sentAt).toEqual(plus(now, 31_000));
    } finally {
      await back.close();
    }
  });

  it("backs off 30 s, 1 min, 2 min … and gives up after the tenth failed attempt", async () => {
    const start = virtualNow();
    const url = `smtp://127.0.0.1:${await downPort()}`;
    const row = await pendingEmail(start);
    let now = start;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      const report = await deliverDueEmails({ now, smtpUrl: url });
      expect(report.claimed).toBe(1);
      const state = await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
      expect(state.attempts).toBe(attempt);
      if (attempt < 10) {
        expect(state.status).toBe("pending");
        waits.push((state.nextAttemptAt.getTime() - now.getTime()) / 1000);
        now = state.nextAttemptAt;
      } else {
        expect(report.failed).toBe(1);
        expect(state.status).toBe("failed");
      }
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    // A failed row is never tried again.
    expect(await deliverDueEmails({ now: plus(now, 86_400_000), smtpUrl: url })).toMatchObject({ claimed: 0 });
  });

  it("never sends one row twice when two senders run at once", async () => {
    const now = virtualNow();
    const rows = await Promise.all(Array.from({ length: 8 }, () => pendingEmail(now)));
    const before = smtp.received.length;

    const reports = await Promise.all([
      deliverDueEmails({ now, smtpUrl: smtp.url, limit: 5 }),
      deliverDueEmails({ now, smtpUrl: smtp.url, limit: 5 }),
      deliverDueEmails({ now, smtpUrl: smtp.url, limit: 5 }),
    ]);

    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(8);
    expect(reports.reduce((sum, r) => sum + r.claimed, 0)).toBe(8);
    const got = smtp.received.slice(before);
    expect(got).toHaveLength(8);
    expect(got.map((m) => m.rcptTo[0]).sort()).toEqual(rows.map((r) => r.to).sort());
    expect(new Set(got.map((m) => m.headers["message-id"])).size).toBe(8);
    const states = await getPrisma().outboxEmail.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    expect(states.every((s) => s.status === "sent" && s.attempts === 1)).toBe(true);
  });

  it("leaves every row pending, untouched, while no SMTP server is configured", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const now = virtualNow();
    const row = await pendingEmail(now);
    expect(await deliverDueEmails({ now })).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: "smtp_not_configured" });
    expect(await deliverDueEmails({ now })).toMatchObject({ skipped: "smtp_not_configured" });
    expect(await getPrisma().outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: now });
    // Said once per process, not on every run.
    expect(info.mock.calls.filter(([m]) => String(m).includes("SMTP_URL"))).toHaveLength(1);
    info.mockRestore();
    // Once a server is given, it goes out.
    expect(await deliverDueEmails({ now, smtpUrl: smtp.url })).toMatchObject({ sent: 1 });
  });
});
