import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication } from "@/lib/applications/create-application";
import { addEvidence, readEvidence, removeEvidence } from "@/lib/applications/evidence";
import { loadReceiptData } from "@/lib/applications/receipt";
import { readApplication } from "@/lib/applications/read-application";
import { saveAnswer } from "@/lib/applications/save-answer";
import { submitApplication } from "@/lib/applications/submit-application";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { jakartaYear } from "@/lib/sla/calendar-status";
import {
  attachEvidence,
  COMPLETE_ANSWERS,
  ensureService,
  EVIDENCE_ITEMS,
  makeApplicant,
  makeUser,
} from "../helpers/fixtures";
import { tinyPdf } from "../fixtures/files";
import { outcome } from "../helpers/outcome";

process.env.PGLITE_DATA_DIR ??= "memory";

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

const code = outcome;

/** A draft with every item answered and evidenced. */
async function completeDraft() {
  const actor = await makeApplicant();
  const { id } = await createApplication({ actor });
  for (const [itemCode, value] of Object.entries(COMPLETE_ANSWERS)) await saveAnswer({ actor, applicationId: id, itemCode, value });
  for (const itemCode of EVIDENCE_ITEMS) await attachEvidence(id, itemCode);
  return { actor, id };
}

describe("creating an application", () => {
  it("starts a draft with the scale answer from the company profile, and resumes it the second time", async () => {
    const actor = await makeApplicant("menengah");
    const first = await createApplication({ actor });
    const again = await createApplication({ actor });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const { checklist, app } = await readApplication(actor, first.id);
    expect(app.status).toBe("draft");
    expect(checklist.find((e) => e.item.code === "A1")?.value).toEqual({ scale: "menengah" });
    expect(checklist.find((e) => e.item.code === "A1")?.status).toBe("complete");
    expect(checklist.filter((e) => e.status === "not_started")).toHaveLength(8);
  });

  it("is refused for a micro or large company, and without a company", async () => {
    for (const scale of ["mikro", "besar"] as const) {
      const actor = await makeApplicant(scale);
      expect(await code(createApplication({ actor }))).toBe("scale_ineligible");
      expect(await getPrisma().application.count({ where: { companyId: actor.companyId } })).toBe(0);
    }
    expect(await code(createApplication({ actor: await makeUser(["pemohon"]) }))).toBe("company_missing");
    expect(await code(createApplication({ actor: await makeUser(["petugas"]) }))).toBe("forbidden");
  });
});

describe("saving answers", () => {
  it("saves as typed, replaces the value, and reports what is still missing", async () => {
    const actor = await makeApplicant();
    const { id } = await createApplication({ actor });
    const first = await saveAnswer({ actor, applicationId: id, itemCode: "A4", value: { locationType: "luar_kawasan", address: "  Jl. Baru  " } });
    expect(first.missing.map((m) => m.field)).toEqual(["outsideCondition", "outsideJustification", "inIndustrialZone", "kecamatan", "desa", "coordinates"]);
    await saveAnswer({ actor, applicationId: id, itemCode: "A4", value: { ...COMPLETE_ANSWERS.A4, coordinates: { lat: "-95", lng: "107" } } });
    const { checklist } = await readApplication(actor, id);
    const a4 = checklist.find((e) => e.item.code === "A4")!;
    expect(a4.missing).toEqual([{ field: "coordinates", reason: "coordinates" }]);
    expect(a4.status).toBe("in_progress");
  });

  it("refuses unknown fields, wrong types and unknown options, writing nothing", async () => {
    const actor = await makeApplicant();
    const { id } = await createApplication({ actor });
    for (const value of [{ hacker: "x" }, { siinasUsername: 42 }, { siinasUsername: "x".repeat(101) }, "text", null, []]) {
      expect(await code(saveAnswer({ actor, applicationId: id, itemCode: "A2", value }))).toBe("invalid");
    }
    expect(await code(saveAnswer({ actor, applicationId: id, itemCode: "A1", value: { scale: "raksasa" } }))).toBe("invalid");
    expect(await code(saveAnswer({ actor, applicationId: id, itemCode: "Z9", value: {} }))).toBe("not_found");
    const answers = await getPrisma().applicationAnswer.findMany({ where: { applicationId: id }, include: { item: true } });
    expect(answers.map((a) => a.item.code)).toEqual(["A1"]);
  });

  it("never fails unexpectedly on hostile input", async () => {
    const actor = await makeApplicant();
    const { id } = await createApplication({ actor });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("A1", "A2", "A4", "A5", "B1", "x", "", "A1'; DROP TABLE \"User\"; --"),
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom("scale", "siinasUsername", "coordinates", "acknowledged", "facilities", "address"), fc.anything()),
          fc.record({ siinasUsername: fc.string({ maxLength: 300 }) }),
          fc.constant({ facilities: "<script>alert(1)</script>\u0000\u0007" }),
        ),
        async (itemCode, value) => {
          const result = await code(saveAnswer({ actor, applicationId: id, itemCode, value }));
          expect(["ok", "invalid", "not_found"]).toContain(result);
        },
      ),
      { numRuns: 60 },
    );
    const b1 = await getPrisma().applicationAnswer.findFirst({ where: { applicationId: id, item: { code: "B1" } } });
    if (b1) expect(JSON.stringify(b1.value)).not.toMatch(/\\u0000|\\u0007/);
  });
});

describe("submitting", () => {
  it("is refused with the list of what is missing until every item is complete", async () => {
    const actor = await makeApplicant();
    const { id } = await createApplication({ actor });
    await saveAnswer({ actor, applicationId: id, itemCode: "A2", value: COMPLETE_ANSWERS.A2 });
    try {
      await submitApplication({ actor, applicationId: id });
      expect.fail("submitted an incomplete application");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.code).toBe("incomplete");
      const missing = (e.details?.missing as { code: string }[]).map((m) => m.code);
      expect(missing).toEqual(["A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4"]); // A2 lacks its evidence
    }
    const app = await getPrisma().application.findUniqueOrThrow({ where: { id } });
    expect(app.status).toBe("draft");
    expect(app.registrationNumber).toBeNull();
  });

  it("gives a registration number, records the event and the audit, and locks the answers", async () => {
    const { actor, id } = await completeDraft();
    const now = new Date(Date.now() + 1000);
    const result = await submitApplication({ actor, applicationId: id, now });
    expect(result.registrationNumber).toMatch(new RegExp(`^SS-11050-${jakartaYear(now)}-\\d{6}$`));
    const { app } = await readApplication(actor, id);
    expect(app.status).toBe("submitted");
    expect(app.submittedAt?.toISOString()).toBe(now.toISOString());
    expect(app.events.map((e) => e.type)).toEqual(["created", "submitted"]);
    const audit = await getPrisma().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["application.create", "application.submit"]);
    expect(await code(saveAnswer({ actor, applicationId: id, itemCode: "B1", value: { facilities: "lain" } }))).toBe("not_editable");
    expect(await code(submitApplication({ actor, applicationId: id }))).toBe("already_submitted");
  });

  it("numbers concurrent submissions consecutively, without gaps or duplicates", async () => {
    const drafts = await Promise.all(Array.from({ length: 6 }, () => completeDraft()));
    const results = await Promise.all(drafts.map((d) => submitApplication({ actor: d.actor, applicationId: d.id })));
    const seqs = results.map((r) => Number(r.registrationNumber.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(6);
    expect(seqs.at(-1)! - seqs[0]!).toBe(5);
  });

  it("lets exactly one of two simultaneous submits of the same file win", async () => {
    const { actor, id } = await completeDraft();
    const outcomes = await Promise.all([code(submitApplication({ actor, applicationId: id })), code(submitApplication({ actor, applicationId: id }))]);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "ok")[0]).toMatch(/^already_submitted$/);
    expect(await getPrisma().applicationEvent.count({ where: { applicationId: id, type: "submitted" } })).toBe(1);
  });

  it("after a correction request, allows only the marked items to change and resubmits with the same number", async () => {
    const { actor, id } = await completeDraft();
    const { registrationNumber } = await submitApplication({ actor, applicationId: id });
    const prisma = getPrisma();
    const b1 = await prisma.applicationAnswer.findFirstOrThrow({ where: { applicationId: id, item: { code: "B1" } } });
    const past = new Date(Date.now() + 1000);
    await prisma.applicationAnswer.update({ where: { id: b1.id }, data: { verdict: "tidak_sesuai", verdictNote: "Lengkapi kapasitas mesin.", verdictAt: past } });
    await prisma.application.update({ where: { id }, data: { status: "needs_correction" } });

    expect(await code(saveAnswer({ actor, applicationId: id, itemCode: "B3", value: COMPLETE_ANSWERS.B3 }))).toBe("not_editable");
    expect(await code(submitApplication({ actor, applicationId: id }))).toBe("incomplete");
    await saveAnswer({ actor, applicationId: id, itemCode: "B1", value: { facilities: "Mesin pengisian, 2 unit, 1.000 galon/hari" }, now: new Date(past.getTime() + 1000) });
    const again = await submitApplication({ actor, applicationId: id });
    expect(again.registrationNumber).toBe(registrationNumber);
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)?.type).toBe("resubmitted");
    expect(events.at(-1)?.data).toEqual({ corrected: [{ code: "B1", note: "Lengkapi kapasitas mesin." }] });
  });
});

describe("another company's application", () => {
  it("is not found by any route into it (a table of attempts)", async () => {
    const { actor: owner, id } = await completeDraft();
    const stranger = await makeApplicant();
    const officer = await makeUser(["petugas"]);
    const evidence = await getPrisma().evidenceFile.findFirstOrThrow({ where: { answer: { applicationId: id } } });
    const pdf = { name: "bukti.pdf", declaredType: "application/pdf", bytes: tinyPdf("asing") };
    const attempts: [string, () => Promise<unknown>, string][] = [
      ["read a draft (stranger)", () => readApplication(stranger, id), "not_found"],
      ["upload evidence", () => addEvidence({ actor: stranger, applicationId: id, itemCode: "B2", file: pdf }), "not_found"],
      ["replace evidence", () => addEvidence({ actor: stranger, applicationId: id, itemCode: "B2", file: pdf, replaceEvidenceId: evidence.id }), "not_found"],
      ["remove evidence", () => removeEvidence({ actor: stranger, evidenceId: evidence.id }), "not_found"],
      ["download evidence", () => readEvidence({ actor: stranger, evidenceId: evidence.id }), "not_found"],
      ["receipt of a draft (owner)", () => loadReceiptData({ actor: owner, applicationId: id }), "not_found"],
      ["read a draft (officer)", () => readApplication(officer, id), "not_found"],
      ["save an answer", () => saveAnswer({ actor: stranger, applicationId: id, itemCode: "A2", value: { siinasUsername: "x" } }), "not_found"],
      ["submit it", () => submitApplication({ actor: stranger, applicationId: id }), "not_found"],
      ["officer saves an answer", () => saveAnswer({ actor: officer, applicationId: id, itemCode: "A2", value: {} }), "not_found"],
    ];
    for (const [name, attempt, expected] of attempts) expect(await code(attempt()), name).toBe(expected);
    await submitApplication({ actor: owner, applicationId: id });
    const after: [string, () => Promise<unknown>, string][] = [
      ["read a submitted file (stranger)", () => readApplication(stranger, id), "not_found"],
      ["download its evidence (stranger)", () => readEvidence({ actor: stranger, evidenceId: evidence.id }), "not_found"],
      ["its receipt (stranger)", () => loadReceiptData({ actor: stranger, applicationId: id }), "not_found"],
      ["its receipt (owner)", () => loadReceiptData({ actor: owner, applicationId: id }), "ok"],
      ["its receipt (officer)", () => loadReceiptData({ actor: officer, applicationId: id }), "ok"],
      ["upload to it (owner, submitted)", () => addEvidence({ actor: owner, applicationId: id, itemCode: "B2", file: pdf }), "not_editable"],
      ["save an answer (owner, submitted)", () => saveAnswer({ actor: owner, applicationId: id, itemCode: "A2", value: {} }), "not_editable"],
      ["save an answer (stranger, submitted)", () => saveAnswer({ actor: stranger, applicationId: id, itemCode: "A2", value: {} }), "not_found"],
    ];
    for (const [name, attempt, expected] of after) expect(await code(attempt()), name).toBe(expected);
    expect(await code(readApplication(officer, id))).toBe("ok");
    expect(await code(readApplication(owner, id))).toBe("ok");
  });
});
