import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { openTestDatabase } from "../helpers/db";

// The audit trail is append-only, enforced by the database itself: whatever the application
// (or someone with a SQL prompt) does, recorded events cannot be changed or removed.

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const REJECTED = /append-only/;

/** Three events of a unique entity, so tests sharing a PostgreSQL database never collide. */
async function recordEvents() {
  const entityId = `audit-${randomUUID()}`;
  for (const [i, action] of ["application.create", "application.submit", "application.approve"].entries()) {
    await db.prisma.auditEvent.create({
      data: {
        action,
        entityType: "Application",
        entityId,
        actorId: `user-${i}`,
        requestId: randomUUID(),
        data: { step: i, note: "catatan" },
      },
    });
  }
  const rows = () => db.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return { entityId, rows, before: await rows() };
}

describe("audit trail", () => {
  it("records events with an increasing id and the time they happened", async () => {
    const started = Date.now();
    const { before } = await recordEvents();
    expect(before.map((r) => r.action)).toEqual(["application.create", "application.submit", "application.approve"]);
    expect(before[0]!.id < before[1]!.id && before[1]!.id < before[2]!.id).toBe(true);
    expect(typeof before[0]!.id).toBe("bigint");
    for (const r of before) {
      expect(Math.abs(r.occurredAt.getTime() - started)).toBeLessThan(60_000);
      expect(r.entityType).toBe("Application");
    }
    expect(before[1]!.data).toEqual({ step: 1, note: "catatan" });
  });

  it("rejects changes and deletions through Prisma, leaving the events as they were", async () => {
    const { entityId, rows, before } = await recordEvents();
    const first = before[0]!;

    await expect(
      db.prisma.auditEvent.update({ where: { id: first.id }, data: { action: "tampered" } }),
    ).rejects.toThrow(REJECTED);
    await expect(
      db.prisma.auditEvent.updateMany({ where: { entityId }, data: { actorId: null } }),
    ).rejects.toThrow(REJECTED);
    await expect(db.prisma.auditEvent.delete({ where: { id: first.id } })).rejects.toThrow(REJECTED);
    await expect(db.prisma.auditEvent.deleteMany({ where: { entityId } })).rejects.toThrow(REJECTED);
    // Not even inside a transaction that also does legitimate work.
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: "x", entityType: "Application", entityId } });
        await tx.auditEvent.deleteMany({ where: { entityId, action: "application.create" } });
      }),
    ).rejects.toThrow(REJECTED);

    expect(await rows()).toEqual(before);
  });

  it("rejects UPDATE, DELETE and TRUNCATE in raw SQL, leaving the events as they were", async () => {
    const { entityId, rows, before } = await recordEvents();

    await expect(
      db.prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "entityId" = ${entityId}`,
    ).rejects.toThrow(REJECTED);
    await expect(db.prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "entityId" = ${entityId}`).rejects.toThrow(
      REJECTED,
    );

    await db.withSession(async (s) => {
      await expect(
        s.query(`UPDATE "AuditEvent" SET "occurredAt" = now() - interval '1 year' WHERE "entityId" = $1`, [entityId]),
      ).rejects.toThrow(REJECTED);
      await expect(s.query(`DELETE FROM "AuditEvent" WHERE "entityId" = $1`, [entityId])).rejects.toThrow(REJECTED);
      // TRUNCATE inside a transaction that is always rolled back: should the trigger ever be
      // missing, this test fails without emptying a table other tests are using.
      await s.exec("BEGIN");
      try {
        await expect(s.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(REJECTED);
      } finally {
        await s.exec("ROLLBACK");
      }
    });

    expect(await rows()).toEqual(before);
  });

  it("still accepts new events after rejected attempts", async () => {
    const { entityId, rows, before } = await recordEvents();
    await expect(db.prisma.auditEvent.deleteMany({ where: { entityId } })).rejects.toThrow(REJECTED);
    await db.prisma.auditEvent.create({ data: { action: "application.issue", entityType: "Application", entityId } });
    const after = await rows();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((r) => r.action).at(-1)).toBe("application.issue");
  });
});
