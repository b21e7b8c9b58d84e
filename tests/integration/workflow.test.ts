import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApplication } from "@/lib/applications/read-application";
import { saveAnswer } from "@/lib/applications/save-answer";
import { submitApplication } from "@/lib/applications/submit-application";
import { ROLES, type Actor, type Role } from "@/lib/auth/roles";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { decide } from "@/lib/review/decide";
import { fileFieldReport } from "@/lib/review/field-report";
import { assignFieldVerification, skipFieldVerification } from "@/lib/review/field-verification";
import { recordReview } from "@/lib/review/record-review";
import { tinyJpeg } from "../fixtures/files";
import { ensureService, makeApplicationInStatus, makeUser } from "../helpers/fixtures";
import { outcome } from "../helpers/outcome";

process.env.PGLITE_DATA_DIR ??= "memory";
process.env.FILE_STORAGE_DIR ??= `/tmp/tirta-test-files-${process.pid}`;

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

const code = outcome;

const ITEMS = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4"];
const allInOrder = ITEMS.map((c) => ({ code: c, verdict: "sesuai" as const, note: "" }));
const status = async (id: string) => (await getPrisma().application.findUniqueOrThrow({ where: { id } })).status;
const version = async (id: string) => (await getPrisma().application.findUniqueOrThrow({ where: { id } })).version;

describe("the whole path of a file", () => {
  it("goes from check to correction, resubmission, completion, field report and approval, with every step on the record", async () => {
    const petugas = await makeUser(["petugas"]);
    const teknis = await makeUser(["tim_teknis"]);
    const signer = await makeUser(["penandatangan"]);
    const app = await makeApplicationInStatus("submitted");
    const id = app.id;

    // Returned with a note on B1; the clock has not started, so nothing pauses.
    const returned = ITEMS.map((c) => (c === "B1" ? { code: c, verdict: "tidak_sesuai" as const, note: "Sebutkan kapasitas mesin." } : { code: c, verdict: "sesuai" as const, note: "" }));
    const at = (iso: string) => new Date(iso);
    await recordReview({ actor: petugas, data: { applicationId: id, version: app.version, action: "return", verdicts: returned }, now: at("2026-11-23T02:00:00Z") });
    expect(await status(id)).toBe("needs_correction");
    const notice = await getPrisma().notification.findFirst({ where: { applicationId: id, userId: app.applicant.id, type: "returned" } });
    expect(notice).not.toBeNull();

    // The applicant corrects B1 only, and resubmits.
    await saveAnswer({ actor: app.applicant, applicationId: id, itemCode: "B1", value: { facilities: "Mesin pengisian, 2 unit, 1.000 galon/hari" }, now: at("2026-11-24T02:00:00Z") });
    await submitApplication({ actor: app.applicant, applicationId: id, now: at("2026-11-24T03:00:00Z") });
    expect(await status(id)).toBe("submitted");

    // Declared complete on Wednesday 25 November 2026, 10.00 WIB: due seven working days later.
    const completeAt = new Date("2026-11-25T03:00:00Z");
    const done = await recordReview({ actor: petugas, data: { applicationId: id, version: await version(id), action: "complete", verdicts: allInOrder }, now: completeAt });
    expect(done).toMatchObject({ status: "complete", dueDate: "2026-12-04" });
    let row = await getPrisma().application.findUniqueOrThrow({ where: { id } });
    expect(row.completedAt?.toISOString()).toBe(completeAt.toISOString());
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-04");
    expect(row.officerId).toBe(petugas.id);

    await assignFieldVerification({ actor: petugas, data: { applicationId: id, version: row.version, technicalId: teknis.id }, now: at("2026-11-25T04:00:00Z") });
    expect(await status(id)).toBe("field_verification");
    await fileFieldReport({
      actor: teknis,
      data: { applicationId: id, version: await version(id), visitDate: "2026-11-27", findings: "Sarana produksi sesuai.", recommendation: "layak" },
      photos: [{ name: "mesin.jpg", declaredType: "image/jpeg", bytes: tinyJpeg("mesin") }],
      now: at("2026-11-27T08:00:00Z"),
    });
    expect(await status(id)).toBe("awaiting_decision");
    await decide({ actor: signer, data: { applicationId: id, version: await version(id), decision: "approve", reason: "" }, now: at("2026-11-30T03:00:00Z") });
    row = await getPrisma().application.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("approved");
    expect(row.decidedAt).not.toBeNull();

    const { app: view } = await readApplication(app.applicant, id);
    expect(view.events.map((e) => e.type)).toEqual([
      "correction_requested",
      "resubmitted",
      "declared_complete",
      "field_verification_assigned",
      "field_report_filed",
      "approved",
    ]);
    expect(view.fieldReports[0]?.photos).toHaveLength(1);
    const audit = await getPrisma().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "application.requestCorrection",
      "application.resubmit",
      "application.declareComplete",
      "application.assignFieldVerification",
      "application.finishFieldVerification",
      "application.approve",
    ]);
    // The record cannot be altered.
    await expect(getPrisma().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "entityId" = '${id}'`)).rejects.toThrow();
    await expect(getPrisma().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "entityId" = '${id}'`)).rejects.toThrow();
  });

  it("pauses the clock while a correction waits on the applicant and moves the due date on by the days it was away", async () => {
    const petugas = await makeUser(["petugas"]);
    const app = await makeApplicationInStatus("complete", { completedAt: new Date("2026-11-25T03:00:00Z"), dueDate: "2026-12-04" });
    const returned = ITEMS.map((c) => (c === "B3" ? { code: c, verdict: "tidak_sesuai" as const, note: "Lampirkan prosedur keluhan." } : { code: c, verdict: "sesuai" as const, note: "" }));
    // Paused on Monday 30 November; back on Thursday 3 December: three working days away.
    await recordReview({ actor: petugas, data: { applicationId: app.id, version: app.version, action: "return", verdicts: returned }, now: new Date("2026-11-30T03:00:00Z") });
    let row = await getPrisma().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.status).toBe("needs_correction");
    expect(row.clockPausedAt?.toISOString()).toBe("2026-11-30T03:00:00.000Z");
    await saveAnswer({ actor: app.applicant, applicationId: app.id, itemCode: "B3", value: { consumerService: "Prosedur keluhan terlampir." }, now: new Date("2026-12-03T02:00:00Z") });
    await submitApplication({ actor: app.applicant, applicationId: app.id, now: new Date("2026-12-03T03:00:00Z") });
    row = await getPrisma().application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.clockPausedAt).toBeNull();
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-09");
  });
});

describe("two officers acting on one file at once", () => {
  it("lets exactly one succeed and tells the other what happened", async () => {
    const a = await makeUser(["petugas"]);
    const b = await makeUser(["petugas"]);
    const app = await makeApplicationInStatus("submitted");
    const outcomes = await Promise.all([
      code(recordReview({ actor: a, data: { applicationId: app.id, version: app.version, action: "complete", verdicts: allInOrder } })),
      code(recordReview({ actor: b, data: { applicationId: app.id, version: app.version, action: "complete", verdicts: allInOrder } })),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    expect(await getPrisma().applicationEvent.count({ where: { applicationId: app.id, type: "declared_complete" } })).toBe(1);
    try {
      await recordReview({ actor: b, data: { applicationId: app.id, version: app.version, action: "return", verdicts: [{ code: "B1", verdict: "tidak_sesuai", note: "x" }] } });
      expect.fail("a stale version was accepted");
    } catch (error) {
      expect((error as AppError).code).toBe("conflict");
      expect((error as AppError).details?.status).toBe("complete");
    }
  });
});

describe("forbidden transitions", () => {
  // Written out independently of lib/applications/workflow.ts: who may take each officer action, from which status.
  type Act = "return" | "complete" | "assign" | "skip" | "report" | "approve" | "reject";
  const allowed: Record<Act, { role: Role; from: ApplicationStatus[] }> = {
    return: { role: "petugas", from: ["submitted", "complete", "field_verification", "awaiting_decision"] },
    complete: { role: "petugas", from: ["submitted"] },
    assign: { role: "petugas", from: ["complete"] },
    skip: { role: "petugas", from: ["complete"] },
    report: { role: "tim_teknis", from: ["field_verification"] },
    approve: { role: "penandatangan", from: ["awaiting_decision"] },
    reject: { role: "penandatangan", from: ["awaiting_decision"] },
  };
  const statuses = Object.values(ApplicationStatus);

  it("refuses every other role and status, changing nothing", async () => {
    const technical = await makeUser(["tim_teknis"]);
    const actors = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, r === "tim_teknis" ? technical : await makeUser([r])] as const))) as Record<Role, Actor>;
    let refused = 0;
    for (const act of Object.keys(allowed) as Act[]) {
      for (const role of ROLES) {
        for (const from of statuses) {
          if (allowed[act].role === role && allowed[act].from.includes(from)) continue;
          const app = await makeApplicationInStatus(from, { technicalId: technical.id });
          const actor = actors[role];
          const data = { applicationId: app.id, version: app.version };
          const attempt: Record<Act, () => Promise<unknown>> = {
            return: () => recordReview({ actor, data: { ...data, action: "return", verdicts: [{ code: "B1", verdict: "tidak_sesuai", note: "x" }] } }),
            complete: () => recordReview({ actor, data: { ...data, action: "complete", verdicts: allInOrder } }),
            assign: () => assignFieldVerification({ actor, data: { ...data, technicalId: technical.id } }),
            skip: () => skipFieldVerification({ actor, data: { ...data, reason: "Tidak perlu." } }),
            report: () => fileFieldReport({ actor, data: { ...data, visitDate: "2026-11-27", findings: "x", recommendation: "layak" }, photos: [] }),
            approve: () => decide({ actor, data: { ...data, decision: "approve", reason: "" } }),
            reject: () => decide({ actor, data: { ...data, decision: "reject", reason: "Tidak memenuhi." } }),
          };
          const result = await code(attempt[act]());
          expect(result, `${role} ${act} from ${from}`).not.toBe("ok");
          expect(await status(app.id), `${role} ${act} from ${from}`).toBe(from);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(400);
  }, 300_000);
});
