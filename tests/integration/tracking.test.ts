import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackApplication } from "@/lib/applications/tracking";
import { database, ensureMigrated } from "@/lib/db";
import {
  makeApplication,
  makeCompany,
  makeService,
  makeUser,
  uniqueRegistrationNumber,
  type TestService,
} from "../helpers/submitted-application";

// Runs on the process database: PostgreSQL when DATABASE_URL is set, else PGlite in memory.
process.env.PGLITE_DATA_DIR ??= "memory";

const PUBLIC_KEYS = ["completedAt", "decidedAt", "dueDate", "registrationNumber", "status", "submittedAt"];

let service: TestService;
let companyId: string;
let userId: string;

beforeAll(async () => {
  await ensureMigrated();
  service = await makeService();
  companyId = (await makeCompany()).id;
  userId = (await makeUser(["pemohon"], companyId)).id;
});
afterAll(async () => {
  await database().close();
});

describe("trackApplication", () => {
  it("finds a submitted application by its number with its status and dates, and nothing else", async () => {
    const number = uniqueRegistrationNumber(service);
    const submittedAt = new Date("2026-11-25T07:05:00Z");
    await makeApplication({ service, companyId, createdById: userId, status: "submitted", registrationNumber: number, submittedAt, submittedById: userId, evidence: { A2: 1 } });

    const found = await trackApplication(number);
    expect(found).toEqual({
      registrationNumber: number,
      status: "submitted",
      submittedAt,
      completedAt: null,
      dueDate: null,
      decidedAt: null,
    });
    // Exactly these fields: no company, person, NIB, answer or internal id.
    expect(Object.keys(found!).sort()).toEqual(PUBLIC_KEYS);
    expect(JSON.stringify(found)).not.toMatch(/PT Uji|companyId|createdById|nib|npwp/i);
  });

  it("accepts the number as a person types it (lower case, spaces around)", async () => {
    const number = uniqueRegistrationNumber(service);
    await makeApplication({ service, companyId, createdById: userId, status: "submitted", registrationNumber: number, submittedAt: new Date() });
    expect((await trackApplication(`  ${number.toLowerCase()} `))?.registrationNumber).toBe(number);
  });

  it("shows the clock dates once the file is complete, and the decision date", async () => {
    const number = uniqueRegistrationNumber(service);
    const submittedAt = new Date("2026-11-02T02:00:00Z");
    const completedAt = new Date("2026-11-03T03:30:00Z");
    const dueDate = new Date("2026-11-12T00:00:00Z");
    const decidedAt = new Date("2026-11-10T08:00:00Z");
    await makeApplication({ service, companyId, createdById: userId, status: "approved", registrationNumber: number, submittedAt, completedAt, dueDate, decidedAt });

    const found = await trackApplication(number);
    expect(found).toEqual({ registrationNumber: number, status: "approved", submittedAt, completedAt, dueDate, decidedAt });
    expect(found!.dueDate!.toISOString()).toBe("2026-11-12T00:00:00.000Z");
    expect(Object.keys(found!).sort()).toEqual(PUBLIC_KEYS);
  });

  it("never finds a draft, an unknown number or a malformed one", async () => {
    // A draft has no number: nothing to find it by.
    await makeApplication({ service, companyId, createdById: userId, status: "draft" });
    // Even a draft that somehow carries a number stays hidden.
    const draftNumber = uniqueRegistrationNumber(service);
    await makeApplication({ service, companyId, createdById: userId, status: "draft", registrationNumber: draftNumber });
    expect(await trackApplication(draftNumber)).toBeNull();

    let unknown = uniqueRegistrationNumber(service);
    while (unknown === draftNumber) unknown = uniqueRegistrationNumber(service);
    expect(await trackApplication(unknown)).toBeNull();
    for (const malformed of ["", "SS-11050-2026", "SS-11050-2026-000000", "'; DROP TABLE \"Application\"; --", "x".repeat(10_000)]) {
      expect(await trackApplication(malformed)).toBeNull();
    }
  });
});
