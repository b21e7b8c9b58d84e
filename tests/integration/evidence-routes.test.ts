import { randomInt, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as download, DELETE as remove, POST as removeByForm } from "@/app/api/berkas/[evidenceId]/route";
import { POST as upload } from "@/app/api/permohonan/[id]/butir/[code]/berkas/route";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { tinyPdf, tinyPng } from "../fixtures/files";

// The upload and download routes as the browser meets them: status codes, JSON shapes,
// Indonesian messages, headers, and the no-JavaScript redirects. The session and the request's
// translations are the only things stood in for (they need a Next.js request); the domain
// functions, the database and the file storage are real.

vi.mock("@/lib/auth/session", () => ({ getActor: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/id")).default;
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "id", messages, namespace: namespace as never }) };
});

process.env.PGLITE_DATA_DIR ??= "memory";
const storageDir = mkdtempSync(path.join(tmpdir(), "tirta-evidence-routes-"));
process.env.FILE_STORAGE_DIR = storageDir;

const ORIGIN = "http://tirta.test";
let serviceId: string;
let owner: Actor & { companyId: string };
let stranger: Actor & { companyId: string };
let applicationId: string;

const signIn = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor);

async function makeApplicant(): Promise<Actor & { companyId: string }> {
  const nib = String(randomInt(1e6, 1e7 - 1)) + String(randomInt(1e5, 1e6 - 1));
  const company = await getPrisma().company.create({ data: { nib, name: `PT Rute ${randomUUID().slice(0, 6)}` } });
  const email = `rute-${randomUUID()}@example.test`;
  const user = await getPrisma().user.create({
    data: { email, name: "Pemohon", passwordHash: "x", companyId: company.id, roles: { create: [{ role: "pemohon" }] } },
  });
  return { id: user.id, name: user.name, email, roles: ["pemohon"], companyId: company.id };
}

function uploadRequest(
  file: { name: string; type: string; bytes: Uint8Array } | null,
  options: { html?: boolean; headers?: Record<string, string>; replace?: string; app?: string; item?: string } = {},
) {
  const form = new FormData();
  if (file) form.append("file", new File([file.bytes as BlobPart], file.name, { type: file.type }));
  if (options.replace) form.append("replace", options.replace);
  const app = options.app ?? applicationId;
  const item = options.item ?? "A2";
  const request = new Request(`${ORIGIN}/api/permohonan/${app}/butir/${item}/berkas`, {
    method: "POST",
    body: form,
    headers: {
      host: "tirta.test",
      accept: options.html ? "text/html,application/xhtml+xml,*/*;q=0.8" : "application/json",
      ...(options.html ? { referer: `${ORIGIN}/permohonan/${app}?langkah=butir` } : {}),
      ...options.headers,
    },
  });
  return upload(request, { params: Promise.resolve({ id: app, code: item }) });
}

const get = (evidenceId: string) =>
  download(new Request(`${ORIGIN}/api/berkas/${evidenceId}`), { params: Promise.resolve({ evidenceId }) });

beforeAll(async () => {
  await ensureMigrated();
  const service = await getPrisma().serviceDefinition.create({
    data: {
      code: `uji-rute-${randomUUID()}`,
      kbli: "11050",
      title: "Layanan uji",
      riskLevel: "Menengah Tinggi",
      slaWorkingDays: 7,
      procedure: {},
      standard: {},
      items: {
        create: [{ code: "A2", group: "umum", position: 1, title: {}, guidance: {}, fields: [], evidenceRequired: true }],
      },
    },
  });
  serviceId = service.id;
  owner = await makeApplicant();
  stranger = await makeApplicant();
});

beforeEach(async () => {
  const application = await getPrisma().application.create({
    data: { serviceId, companyId: owner.companyId, createdById: owner.id },
  });
  applicationId = application.id;
  signIn(owner);
});

afterAll(async () => {
  await database().close();
  await rm(storageDir, { recursive: true, force: true });
});

describe("POST /api/permohonan/[id]/butir/[code]/berkas", () => {
  it("stores a PDF and answers 201 with its id, name, size and type", async () => {
    const bytes = tinyPdf(randomUUID());
    const response = await uploadRequest({ name: "Bukti akun SIINas.pdf", type: "application/pdf", bytes });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ ok: true, data: { id: expect.any(String), name: "Bukti akun SIINas.pdf", size: bytes.length, type: "application/pdf" } });
  });

  it.each([
    [{ name: "surat.pdf", type: "application/pdf", bytes: new TextEncoder().encode("bukan pdf") }, 415, "type_mismatch",
      "Isi berkas tidak sesuai dengan namanya: berkas bernama .pdf tetapi isinya bukan PDF yang utuh."],
    [{ name: "surat.pdf", type: "application/pdf", bytes: tinyPng("png") }, 415, "type_mismatch", "bernama .pdf tetapi isinya bukan PDF"],
    [{ name: "catatan.txt", type: "text/plain", bytes: new TextEncoder().encode("halo") }, 415, "wrong_type",
      "Jenis berkas tidak didukung. Unggah PDF, JPG, atau PNG."],
    [{ name: "kosong.png", type: "image/png", bytes: new Uint8Array(0) }, 400, "empty", "Berkas kosong (0 byte). Pilih berkas yang benar."],
  ])("refuses %#: %i %s with an Indonesian message, storing nothing", async (file, status, code, message) => {
    const response = await uploadRequest(file);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(message);
    expect(await getPrisma().storedFile.count({ where: { uploadedById: owner.id, originalName: file.name } })).toBe(0);
  });

  it("answers 413 from Content-Length alone, with the limit in the message", async () => {
    const request = new Request(`${ORIGIN}/api/permohonan/${applicationId}/butir/A2/berkas`, {
      method: "POST",
      headers: { host: "tirta.test", accept: "application/json", "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      body: "--x--",
    });
    const response = await upload(request, { params: Promise.resolve({ id: applicationId, code: "A2" }) });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "too_large" });
    expect(body.error.message).toContain("Berkas terlalu besar. Ukuran maksimal 10 MB; perkecil atau pindai ulang");
  });

  it("answers 413 for a file just over the limit even when the body's size is not announced", async () => {
    const response = await uploadRequest({ name: "besar.pdf", type: "application/pdf", bytes: new Uint8Array(10 * 1024 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("too_large");
  });

  it("answers 400 without a file, 401 signed out, 403 from another site, 404 for another company", async () => {
    const noFile = await uploadRequest(null);
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error).toMatchObject({ code: "no_file", message: "Pilih berkas yang akan diunggah." });

    const file = { name: "a.pdf", type: "application/pdf", bytes: tinyPdf(randomUUID()) };
    const crossSite = await uploadRequest(file, { headers: { "sec-fetch-site": "cross-site" } });
    expect(crossSite.status).toBe(403);

    signIn(stranger);
    const foreign = await uploadRequest(file);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe("not_found");

    signIn(null);
    const anonymous = await uploadRequest(file);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
  });

  it("sends a plain form back to its page with the result", async () => {
    const bad = await uploadRequest({ name: "surat.pdf", type: "application/pdf", bytes: tinyPng("x") }, { html: true });
    expect(bad.status).toBe(303);
    expect(bad.headers.get("location")).toBe(`/permohonan/${applicationId}?langkah=butir&berkas=type_mismatch&butir=A2&ext=pdf#berkas-A2`);

    const good = await uploadRequest({ name: "surat.pdf", type: "application/pdf", bytes: tinyPdf(randomUUID()) }, { html: true });
    expect(good.status).toBe(303);
    expect(good.headers.get("location")).toBe(`/permohonan/${applicationId}?langkah=butir&berkas=ok&butir=A2#berkas-A2`);
  });
});

describe("GET / DELETE /api/berkas/[evidenceId]", () => {
  it("downloads with the stored type, an attachment name and no caching; 404 for others and when signed out", async () => {
    const bytes = tinyPdf(randomUUID());
    const saved = await (await uploadRequest({ name: "Akta Pendirian (salinan).pdf", type: "application/pdf", bytes })).json();
    const response = await get(saved.data.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Akta Pendirian (salinan).pdf"; filename*=UTF-8''Akta%20Pendirian%20%28salinan%29.pdf`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    signIn(stranger);
    expect((await get(saved.data.id)).status).toBe(404);
    signIn(null);
    expect((await get(saved.data.id)).status).toBe(404);
    signIn(owner);
    expect((await get("tidak-ada")).status).toBe(404);
  });

  it("removes with DELETE (JSON), after which the file is gone", async () => {
    const saved = await (await uploadRequest({ name: "x.pdf", type: "application/pdf", bytes: tinyPdf(randomUUID()) })).json();
    const del = (id: string) =>
      remove(new Request(`${ORIGIN}/api/berkas/${id}`, { method: "DELETE", headers: { host: "tirta.test" } }), {
        params: Promise.resolve({ evidenceId: id }),
      });

    signIn(stranger);
    const foreign = await del(saved.data.id);
    expect(foreign.status).toBe(404);

    signIn(owner);
    const response = await del(saved.data.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, data: { id: saved.data.id } });
    expect((await get(saved.data.id)).status).toBe(404);
    expect((await del(saved.data.id)).status).toBe(404);
  });

  it("removes from a plain form and goes back to the page", async () => {
    const saved = await (await uploadRequest({ name: "x.pdf", type: "application/pdf", bytes: tinyPdf(randomUUID()) })).json();
    const form = new URLSearchParams({ action: "remove", butir: "A2" });
    const response = await removeByForm(
      new Request(`${ORIGIN}/api/berkas/${saved.data.id}`, {
        method: "POST",
        body: form,
        headers: { host: "tirta.test", referer: `${ORIGIN}/permohonan/${applicationId}` },
      }),
      { params: Promise.resolve({ evidenceId: saved.data.id }) },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/permohonan/${applicationId}?berkas=removed&butir=A2#berkas-A2`);
    expect((await get(saved.data.id)).status).toBe(404);
  });
});
