import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { listNotifications, markAllRead, unreadCount } from "@/lib/notifications/list";
import { notifyApplicant, notifyUsers } from "@/lib/notifications/notify";
import { makeApplication, makeCompany, makeService, makeUser, uniqueRegistrationNumber, type TestService } from "../helpers/submitted-application";

process.env.PGLITE_DATA_DIR ??= "memory";
process.env.NEXTAUTH_URL = "https://tirta.uji.go.id";

let service: TestService;
beforeAll(async () => {
  await ensureMigrated();
  service = await makeService();
});
afterAll(async () => {
  await database().close();
});

/** A company with two active users and one deactivated, and a submitted application of it. */
async function companyWithApplication() {
  const company = await makeCompany();
  const first = await makeUser(["pemohon"], company.id, "Siti Rahma");
  const second = await makeUser(["pemohon"], company.id, "Budi Santoso");
  const gone = await makeUser(["pemohon"], company.id, "Mantan Staf");
  await getPrisma().user.update({ where: { id: gone.id }, data: { isActive: false } });
  const registrationNumber = uniqueRegistrationNumber(service);
  const app = await makeApplication({ service, companyId: company.id, createdById: first.id, status: "submitted", registrationNumber });
  return { company, users: [first, second], gone, app: { id: app.id, registrationNumber } };
}

const rowsFor = async (emails: string[]) => ({
  notifications: await getPrisma().notification.findMany({ where: { user: { email: { in: emails } } }, orderBy: { createdAt: "asc" } }),
  outbox: await getPrisma().outboxEmail.findMany({ where: { to: { in: emails } }, orderBy: { to: "asc" } }),
});

describe("notifyApplicant", () => {
  it("writes one notification and one e-mail per active company user, inside the caller's transaction", async () => {
    const { users, gone, app } = await companyWithApplication();
    const other = await companyWithApplication();
    await getPrisma().$transaction(async (tx) => {
      await tx.application.update({ where: { id: app.id }, data: { status: "complete", dueDate: new Date("2026-11-25T00:00:00Z") } });
      await notifyApplicant(tx, { applicationId: app.id, type: "declared_complete", data: { dueDate: "2026-11-25" } });
    });

    const { notifications, outbox } = await rowsFor([...users.map((u) => u.email), gone.email, ...other.users.map((u) => u.email)]);
    expect(notifications.map((n) => n.userId).sort()).toEqual(users.map((u) => u.id).sort());
    for (const n of notifications) {
      expect(n).toMatchObject({ applicationId: app.id, type: "declared_complete", readAt: null });
      // The stored number lets the list name the file even when the caller did not pass it.
      expect(n.data).toEqual({ registrationNumber: app.registrationNumber, dueDate: "2026-11-25" });
    }
    expect(outbox.map((e) => e.to).sort()).toEqual(users.map((u) => u.email).sort());
    for (const mail of outbox) {
      expect(mail).toMatchObject({ status: "pending", attempts: 0, sentAt: null, lastError: null });
      expect(mail.subject).toBe(`[Tirta] Berkas ${app.registrationNumber} dinyatakan lengkap dan benar`);
      expect(mail.text).toContain("Batas waktu penyelesaian: 25 November 2026.");
      expect(mail.text).toContain(`https://tirta.uji.go.id/permohonan/${app.id}`);
      expect(mail.text).toContain("gratis");
      expect(mail.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    const byUser = new Map(users.map((u) => [u.email, u.name]));
    for (const mail of outbox) expect(mail.text).toContain(`Yth. ${byUser.get(mail.to)},`);
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const { users, app } = await companyWithApplication();
    await expect(
      getPrisma().$transaction(async (tx) => {
        await notifyApplicant(tx, { applicationId: app.id, type: "returned", data: { note: "Foto mesin kurang jelas" } });
        // The notifications are visible inside the transaction…
        expect(await tx.notification.count({ where: { applicationId: app.id } })).toBe(2);
        throw new Error("the transition failed after notifying");
      }),
    ).rejects.toThrow("the transition failed");
    // …and gone with it.
    const { notifications, outbox } = await rowsFor(users.map((u) => u.email));
    expect(notifications).toEqual([]);
    expect(outbox).toEqual([]);
  });

  it("refuses an unknown application, writing nothing", async () => {
    await expect(getPrisma().$transaction((tx) => notifyApplicant(tx, { applicationId: "tidak-ada", type: "submitted" }))).rejects.toThrow(/tidak ditemukan/);
  });
});

describe("notifyUsers", () => {
  it("tells the named active officers once each, linking to the review page", async () => {
    const { app, users } = await companyWithApplication();
    const officer = await makeUser(["petugas"], null, "Petugas Satu");
    const supervisor = await makeUser(["atasan"], null, "Atasan Satu");
    const inactive = await makeUser(["petugas"], null, "Petugas Nonaktif");
    await getPrisma().user.update({ where: { id: inactive.id }, data: { isActive: false } });
    await getPrisma().$transaction((tx) =>
      notifyUsers(tx, {
        userIds: [officer.id, supervisor.id, officer.id, inactive.id, users[0]!.id],
        applicationId: app.id,
        type: "escalated",
        data: { dueDate: "2026-12-01" },
      }),
    );
    const { notifications, outbox } = await rowsFor([officer.email, supervisor.email, inactive.email, users[0]!.email]);
    expect(notifications.map((n) => n.userId).sort()).toEqual([officer.id, supervisor.id, users[0]!.id].sort());
    const officerMail = outbox.find((m) => m.to === officer.email)!;
    expect(officerMail.subject).toBe(`[Tirta] Eskalasi: berkas ${app.registrationNumber} melewati batas waktu`);
    expect(officerMail.text).toContain(`https://tirta.uji.go.id/petugas/berkas/${app.id}`);
    // A user of the application's own company reads it as the applicant.
    const applicantMail = outbox.find((m) => m.to === users[0]!.email)!;
    expect(applicantMail.text).toContain(`https://tirta.uji.go.id/permohonan/${app.id}`);
    expect(outbox).toHaveLength(3);
  });

  it("works without an application, and with nobody to tell", async () => {
    const officer = await makeUser(["petugas"]);
    await getPrisma().$transaction(async (tx) => {
      await notifyUsers(tx, { userIds: [], type: "submitted" });
      await notifyUsers(tx, { userIds: [officer.id], applicationId: null, type: "submitted", data: { registrationNumber: "SS-11050-2026-000001" } });
    });
    const { notifications, outbox } = await rowsFor([officer.email]);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.applicationId).toBeNull();
    expect(outbox[0]!.text).not.toContain("Buka berkas:");
  });
});

describe("the notification list", () => {
  it("shows the user's own notifications newest first, with links, and marks them read up to a moment", async () => {
    const { users, app } = await companyWithApplication();
    const [reader, colleague] = users as [(typeof users)[0], (typeof users)[0]];
    const prisma = getPrisma();
    const t0 = Date.now();
    // Distinct times, oldest first.
    for (const [i, type] of (["submitted", "returned", "resubmitted"] as const).entries()) {
      await prisma.notification.create({
        data: { userId: reader.id, applicationId: app.id, type, data: { registrationNumber: app.registrationNumber }, createdAt: new Date(t0 - (3 - i) * 60_000) },
      });
    }
    await prisma.notification.create({ data: { userId: colleague.id, applicationId: app.id, type: "submitted", createdAt: new Date(t0) } });

    const page = await listNotifications({ actor: reader });
    expect(page.items.map((n) => n.type)).toEqual(["resubmitted", "returned", "submitted"]);
    expect(page.items.every((n) => n.href === `/permohonan/${app.id}` && n.audience === "applicant")).toBe(true);
    expect(page.unread).toBe(3);
    expect(page.newestAt?.getTime()).toBe(t0 - 60_000);
    expect(page.nextCursor).toBeNull();

    // Paging: two at a time.
    const first = await listNotifications({ actor: reader, limit: 2 });
    expect(first.items.map((n) => n.type)).toEqual(["resubmitted", "returned"]);
    const second = await listNotifications({ actor: reader, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((n) => n.type)).toEqual(["submitted"]);
    expect(second.nextCursor).toBeNull();

    // An officer reads the same file's notification as a link to the review page.
    const officer = await makeUser(["petugas"]);
    await prisma.notification.create({ data: { userId: officer.id, applicationId: app.id, type: "submitted" } });
    expect((await listNotifications({ actor: officer })).items[0]).toMatchObject({ href: `/petugas/berkas/${app.id}`, audience: "officer" });

    // "Mark all read" up to the second one leaves the newest unread, and touches nobody else's.
    expect(await markAllRead({ actor: reader, upTo: new Date(t0 - 2 * 60_000) })).toEqual({ count: 2 });
    expect(await unreadCount({ actor: reader })).toBe(1);
    expect(await markAllRead({ actor: reader, upTo: page.newestAt })).toEqual({ count: 1 });
    expect(await unreadCount({ actor: reader })).toBe(0);
    expect(await unreadCount({ actor: colleague })).toBe(1);
  });
});
