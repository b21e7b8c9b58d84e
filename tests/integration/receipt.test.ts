import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadReceipt } from "@/app/(signed-in)/permohonan/[id]/tanda-terima/route";
import { loadReceiptData } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { database, ensureMigrated } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  makeApplication,
  makeCompany,
  makeService,
  makeUser,
  uniqueRegistrationNumber,
  type TestService,
} from "../helpers/submitted-application";

// The session and the request's translations need a Next.js request: stood in for. The domain
// function, the PDF and the database are real.
vi.mock("@/lib/auth/session", () => ({ getActor: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/id")).default;
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "id", messages, namespace: namespace as never }) };
});

// Runs on the process database: PostgreSQL when DATABASE_URL is set, else PGlite in memory.
process.env.PGLITE_DATA_DIR ??= "memory";
// The tracking link then names the request's own host (NEXTAUTH_URL would take precedence).
delete process.env.NEXTAUTH_URL;
const pdfDir = mkdtempSync(path.join(tmpdir(), "tirta-receipt-route-"));

let service: TestService;
let company: Awaited<ReturnType<typeof makeCompany>>;
let applicant: Actor;
let submitter: Actor;
let stranger: Actor;
let officer: Actor;
let applicationId: string;
let registrationNumber: string;
const submittedAt = new Date("2026-11-25T07:05:00Z");

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("not_found");
}

beforeAll(async () => {
  await ensureMigrated();
  service = await makeService();
  company = await makeCompany();
  applicant = await makeUser(["pemohon"], company.id, "Pembuat Draf");
  submitter = await makeUser(["pemohon"], company.id, "Siti Rahmawati");
  const other = await makeCompany();
  stranger = await makeUser(["pemohon"], other.id);
  officer = await makeUser(["petugas"]);
  registrationNumber = uniqueRegistrationNumber(service);
  ({ id: applicationId } = await makeApplication({
    service,
    companyId: company.id,
    createdById: applicant.id,
    status: "submitted",
    registrationNumber,
    submittedAt,
    submittedById: submitter.id,
    evidence: { A2: 2, B1: 1 },
  }));
});
afterAll(async () => {
  rmSync(pdfDir, { recursive: true, force: true });
  await database().close();
});

describe("loadReceiptData", () => {
  it("gives the owning company's applicant the receipt: identity, items with their evidence counts, tracking link", async () => {
    const data = await loadReceiptData({ actor: applicant, applicationId, baseUrl: "https://tirta.example.go.id/" });
    expect(data).toMatchObject({
      registrationNumber,
      submittedAt,
      companyName: company.name,
      nib: company.nib,
      npwp: company.npwp,
      applicantName: "Siti Rahmawati",
      serviceTitle: `Sertifikat Standar KBLI ${service.kbli} — Industri Uji`,
      riskLevel: "Menengah Tinggi",
      slaWorkingDays: 7,
      trackingUrl: "https://tirta.example.go.id/lacak",
    });
    expect(data.items).toEqual([
      { code: "A1", title: "Skala usaha kecil atau menengah", evidenceCount: 0, evidenceRequired: false },
      { code: "A2", title: "Akun SIINas", evidenceCount: 2, evidenceRequired: true },
      { code: "B1", title: "Sarana dan fasilitas produksi", evidenceCount: 1, evidenceRequired: true },
    ]);
    const pdf = await renderReceiptPdf(data);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("lets an officer (petugas) read it", async () => {
    const data = await loadReceiptData({ actor: officer, applicationId });
    expect(data.registrationNumber).toBe(registrationNumber);
    expect(data.trackingUrl).toBe("/lacak");
  });

  it("does not exist for another company's applicant, nor for a role that may not read applications", async () => {
    await expectNotFound(loadReceiptData({ actor: stranger, applicationId }));
    const complaintsOfficer = await makeUser(["pengelola_pengaduan"]);
    await expectNotFound(loadReceiptData({ actor: complaintsOfficer, applicationId }));
    await expectNotFound(loadReceiptData({ actor: applicant, applicationId: "tidak-ada" }));
    await expectNotFound(loadReceiptData({ actor: applicant, applicationId: "x".repeat(1000) }));
  });

  it("has no receipt for a draft, not even for its own company", async () => {
    const draft = await makeApplication({ service, companyId: company.id, createdById: applicant.id, status: "draft" });
    await expectNotFound(loadReceiptData({ actor: applicant, applicationId: draft.id }));
    await expectNotFound(loadReceiptData({ actor: officer, applicationId: draft.id }));
  });

  it("names the creator when no submission event is recorded", async () => {
    const app = await makeApplication({
      service,
      companyId: company.id,
      createdById: applicant.id,
      status: "needs_correction",
      registrationNumber: uniqueRegistrationNumber(service),
      submittedAt,
    });
    expect((await loadReceiptData({ actor: applicant, applicationId: app.id })).applicantName).toBe("Pembuat Draf");
  });
});

describe("GET /permohonan/[id]/tanda-terima", () => {
  const get = (id: string, headers: Record<string, string> = {}) =>
    downloadReceipt(new Request(`http://tirta.test/permohonan/${encodeURIComponent(id)}/tanda-terima`, { headers }), {
      params: Promise.resolve({ id }),
    });

  it("answers the applicant with the PDF as a private download", async () => {
    vi.mocked(getActor).mockResolvedValue(applicant);
    const response = await get(applicationId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tanda-terima-${registrationNumber}.pdf"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const file = path.join(pdfDir, "route.pdf");
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain(registrationNumber);
    expect(text).toContain(company.name);
    // The tracking link names this site.
    expect(text).toContain("http://tirta.test/lacak");
  });

  it("sends a signed-out visitor to sign in, and answers 404 to anyone who may not read it", async () => {
    vi.mocked(getActor).mockResolvedValue(null);
    const signedOut = await get(applicationId);
    expect(signedOut.status).toBe(307);
    expect(signedOut.headers.get("location")).toBe(`/masuk?callbackUrl=${encodeURIComponent(`/permohonan/${applicationId}`)}`);

    vi.mocked(getActor).mockResolvedValue(stranger);
    const foreign = await get(applicationId);
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get("content-type")).not.toContain("pdf");
    expect(await foreign.text()).toContain("tidak ditemukan");

    vi.mocked(getActor).mockResolvedValue(applicant);
    const draft = await makeApplication({ service, companyId: company.id, createdById: applicant.id, status: "draft" });
    expect((await get(draft.id)).status).toBe(404);
  });
});
