import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as fileComplaint } from "@/app/api/pengaduan/route";
import { readAttachment } from "@/lib/complaints/attachments";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { fileStorage } from "@/lib/files/storage";
import { ensureService, makeUser } from "../helpers/fixtures";
import { tinyPdf } from "../fixtures/files";

process.env.PGLITE_DATA_DIR ??= "memory";
process.env.FILE_STORAGE_DIR ??= `/tmp/tirta-test-files-${process.pid}`;
process.env.COMPLAINT_MAX_PER_HOUR = "3";

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

/** A JPEG whose APP1 segment carries EXIF with a GPS position. */
function jpegWithGps(): Uint8Array {
  const exif = Buffer.from("Exif\0\0MM\0*GPSLatitude -6.5569 GPSLongitude 107.4433");
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([(exif.length + 2) >> 8, (exif.length + 2) & 0xff]), exif]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sos = Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0x56, 0xff, 0xd9]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, app1, sos]);
}

function post(fields: Record<string, string>, files: { name: string; type: string; bytes: Uint8Array }[] = [], ip = `2001:db8:1::${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("lampiran", new File([Buffer.from(f.bytes)], f.name, { type: f.type }));
  return fileComplaint(new Request("http://localhost:3000/api/pengaduan", { method: "POST", body: form, headers: { accept: "application/json", "x-forwarded-for": ip } }));
}

const valid = { name: "Siti", email: "siti@contoh.id", problemType: "prosedur", description: "Formulir di loket tidak tersedia sejak pekan lalu." };

describe("POST /api/pengaduan", () => {
  it("files a complaint with its attachments, without the photo's location data, and gives the ticket by cookie only", async () => {
    const res = await post(valid, [
      { name: "foto.jpg", type: "image/jpeg", bytes: jpegWithGps() },
      { name: "surat.pdf", type: "application/pdf", bytes: tinyPdf("surat") },
    ]);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, data: { redirect: "/pengaduan/terkirim" } });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^tirta_tiket=ADU-\d{4}-\d{6}\.[A-Z2-9]{10}; Path=\/pengaduan\/terkirim; Max-Age=900; HttpOnly; SameSite=Strict/);
    const ticket = cookie.split("=")[1]!.split(".")[0]!;
    const row = await getPrisma().complaint.findUniqueOrThrow({ where: { ticket }, include: { attachments: { include: { file: true } } } });
    expect(row).toMatchObject({ channel: "web", kind: "pengaduan", name: "Siti" });
    expect(row.attachments.map((a) => a.file.mimeType).sort()).toEqual(["application/pdf", "image/jpeg"]);
    const photo = row.attachments.find((a) => a.file.mimeType === "image/jpeg")!;
    const stored = Buffer.from(await fileStorage().read(photo.file.sha256));
    expect(stored.includes("GPSLatitude")).toBe(false);
    expect(stored.includes("Exif")).toBe(false);
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // Attachments may show who complained: only those who may read the identity open them.
    const officer = await makeUser(["pengelola_pengaduan"]);
    expect((await readAttachment(officer, photo.id)).bytes).toEqual(new Uint8Array(stored));
    for (const roles of [["penandatangan"], ["petugas"], ["inspektorat"], ["admin"]] as const) {
      await expect(readAttachment(await makeUser([...roles]), photo.id)).rejects.toMatchObject({ code: "not_found" });
    }
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const before = await getPrisma().complaint.count();
    const cases: [Record<string, string>, { name: string; type: string; bytes: Uint8Array }[], Record<string, string>][] = [
      [{ ...valid, description: "" }, [], { description: "descriptionRequired" }],
      [{ ...valid, problemType: "" }, [], { problemType: "problemRequired" }],
      [{ ...valid, email: "bukan-email" }, [], { email: "emailInvalid" }],
      [{ ...valid, serviceReceivedOn: "2026-02-30" }, [], { serviceReceivedOn: "dateInvalid" }],
      [{ ...valid, serviceReceivedOn: "2099-01-01" }, [], { serviceReceivedOn: "serviceDateFuture" }],
      [{ ...valid, description: "Kontrol \u0007 karakter" }, [], { description: "invalidCharacters" }],
      [valid, [{ name: "virus.pdf", type: "application/pdf", bytes: Buffer.from("MZ bukan pdf") }], { lampiran: "attachment_type_mismatch" }],
      [valid, [{ name: "kosong.png", type: "image/png", bytes: new Uint8Array(0) }], { lampiran: "attachment_empty" }],
      [valid, Array.from({ length: 4 }, (_, i) => ({ name: `s${i}.pdf`, type: "application/pdf", bytes: tinyPdf(`s${i}`) })), { lampiran: "tooManyAttachments" }],
    ];
    for (const [fields, files, errors] of cases) {
      const res = await post(fields, files);
      expect(res.status, JSON.stringify(errors)).toBe(400);
      expect((await res.json()).error.fieldErrors).toMatchObject(errors);
    }
    // The honeypot: refused.
    expect((await (await post({ ...valid, website: "http://spam.example" })).json()).error.code).toBe("spam");
    expect(await getPrisma().complaint.count()).toBe(before);
  });

  it("limits submissions per address per hour", async () => {
    const ip = `2001:db8::${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(valid, [], ip)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await post(valid, [], `${ip}:1`)).status).toBe(201);
  });

  it("holds the limit when one address posts many at once", async () => {
    const ip = `2001:db8:2::${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
    const statuses = await Promise.all(Array.from({ length: 8 }, () => post(valid, [], ip).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});
