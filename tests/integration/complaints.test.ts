import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createComplaint } from "@/lib/complaints/create";
import { escalateOverdueComplaints } from "@/lib/complaints/escalate";
import { answerComplaint, classifyComplaintAction, decideApip, reviewComplaint, routeComplaint } from "@/lib/complaints/handle";
import { listComplaints, readComplaint, trackComplaint } from "@/lib/complaints/read";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureService, makeApplicant, makeUser } from "../helpers/fixtures";
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

const base = {
  anonymous: false,
  name: "Budi Santoso",
  email: "budi@contoh.id",
  phone: "+6281234567890",
  confidential: false,
  service: "kbli-11050" as const,
  registrationNumber: null as string | null,
  serviceReceivedOn: null as string | null,
  problemType: "jangka_waktu" as const,
  description: "Berkas saya belum diperiksa setelah dua minggu.",
};
const web = (over: Partial<typeof base> = {}) => ({ ...base, ...over, channel: "web", receivedAt: new Date() });
const version = async (id: string) => (await getPrisma().complaint.findUniqueOrThrow({ where: { id } })).version;

describe("who may see a complainant's identity", () => {
  it("follows the table of attempts for every role, track and confidentiality", async () => {
    const atasan = await makeUser(["atasan"]);
    const pengelola = await makeUser(["pengelola_pengaduan"]);
    await getPrisma().user.update({ where: { id: pengelola.id }, data: { supervisorId: atasan.id } });
    const complainedAbout = await makeUser(["pengelola_pengaduan"]);
    const actors: Record<string, Actor | null> = {
      pengelola,
      atasan,
      complainedAbout,
      penandatangan: await makeUser(["penandatangan"]),
      inspektorat: await makeUser(["inspektorat"]),
      petugas: await makeUser(["petugas"]),
      tim_teknis: await makeUser(["tim_teknis"]),
      admin: await makeUser(["admin"]),
      pemohon: await makeApplicant(),
      public: null,
    };

    // internal: routed internally; confidential: the complainant asked to be hidden from the officer
    // complained about; apipPending: APIP requested, not yet approved; apip: approved.
    const files: Record<string, string> = {};
    for (const [key, confidential] of [["internal", false], ["confidential", true], ["apipPending", false], ["apip", false]] as const) {
      const made = await createComplaint({ data: web({ confidential }), recordedBy: null });
      files[key] = made.id;
      await reviewComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), coreProblem: "Keterlambatan pemeriksaan", standardLink: "", priorDocuments: "", handlingPlan: "", actionsTaken: "" } });
      if (confidential) {
        await classifyComplaintAction({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), sector: "Perizinan", problemType: "kompetensi", reportedUserId: complainedAbout.id } });
      }
      const track = key.startsWith("apip") ? "apip" : "internal";
      await routeComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), track, agency: null } });
      if (key === "apip") await decideApip({ actor: actors.penandatangan!, data: { complaintId: made.id, version: await version(made.id), decision: "approve", note: "" } });
    }

    // identity: reads the complaint with the complainant's name; hidden: reads it without; none: cannot read it.
    const expected: Record<string, Record<string, "identity" | "hidden" | "none">> = {
      pengelola: { internal: "identity", confidential: "identity", apipPending: "identity", apip: "identity" },
      atasan: { internal: "identity", confidential: "identity", apipPending: "identity", apip: "identity" },
      complainedAbout: { internal: "identity", confidential: "hidden", apipPending: "identity", apip: "identity" },
      penandatangan: { internal: "hidden", confidential: "hidden", apipPending: "hidden", apip: "hidden" },
      inspektorat: { internal: "none", confidential: "none", apipPending: "none", apip: "identity" },
      petugas: { internal: "none", confidential: "none", apipPending: "none", apip: "none" },
      tim_teknis: { internal: "none", confidential: "none", apipPending: "none", apip: "none" },
      admin: { internal: "none", confidential: "none", apipPending: "none", apip: "none" },
      pemohon: { internal: "none", confidential: "none", apipPending: "none", apip: "none" },
      public: { internal: "none", confidential: "none", apipPending: "none", apip: "none" },
    };
    const seen: typeof expected = {};
    for (const [who, actor] of Object.entries(actors)) {
      seen[who] = {};
      for (const [file, id] of Object.entries(files)) {
        if (!actor) {
          seen[who][file] = "none";
          continue;
        }
        try {
          const c = await readComplaint(actor, id);
          const text = JSON.stringify(c);
          const leaks = text.includes("Budi Santoso") || text.includes("budi@contoh.id") || text.includes("6281234567890");
          seen[who][file] = c.identity ? "identity" : leaks ? ("LEAK" as never) : "hidden";
        } catch (error) {
          if (!(error instanceof AppError && error.code === "not_found")) throw error;
          seen[who][file] = "none";
        }
        // The lists never carry the identity, whoever reads them.
        const listed = await listComplaints(actor, { tab: "semua", q: "" });
        expect(JSON.stringify(listed)).not.toContain("Budi Santoso");
      }
    }
    expect(seen).toEqual(expected);

    // The officer complained about cannot work on the complaint, so cannot clear itself from it either.
    const v = await version(files.confidential!);
    expect(await code(classifyComplaintAction({ actor: complainedAbout, data: { complaintId: files.confidential!, version: v, sector: "x", problemType: "lainnya", reportedUserId: null } }))).toBe("forbidden");
    expect(await code(answerComplaint({ actor: complainedAbout, data: { complaintId: files.confidential!, version: v, answer: "Tidak benar." } }))).toBe("forbidden");

    // The public view by ticket + secret has no identity either.
    const made = await createComplaint({ data: web(), recordedBy: null });
    const view = await trackComplaint(made.ticket, made.secret);
    expect(JSON.stringify(view)).not.toMatch(/Budi|budi@|62812/);
  });
});

describe("handling a complaint", () => {
  it("goes to APIP only with the Kepala's approval; the inspektorat then closes it and the complainant reads the answer", async () => {
    const atasan = await makeUser(["atasan"]);
    const pengelola = await makeUser(["pengelola_pengaduan"]);
    await getPrisma().user.update({ where: { id: pengelola.id }, data: { supervisorId: atasan.id } });
    const kepala = await makeUser(["penandatangan"]);
    const inspektorat = await makeUser(["inspektorat"]);
    const made = await createComplaint({ data: { ...web(), channel: "whatsapp" }, recordedBy: pengelola });
    expect(made.kind).toBe("pengaduan");
    expect(made.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await routeComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), track: "apip", agency: null } });
    // Not yet: the inspektorat cannot see or act, and the complaints officer cannot answer around it.
    expect(await code(readComplaint(inspektorat, made.id))).toBe("not_found");
    expect(await code(answerComplaint({ actor: inspektorat, data: { complaintId: made.id, version: await version(made.id), answer: "x" } }))).toBe("not_found");
    expect(await code(answerComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), answer: "x" } }))).toBe("awaiting_approval");
    expect(await code(decideApip({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), decision: "approve", note: "" } }))).toBe("forbidden");

    await decideApip({ actor: kepala, data: { complaintId: made.id, version: await version(made.id), decision: "approve", note: "" } });
    const seen = await readComplaint(inspektorat, made.id);
    expect(seen.identity?.name).toBe("Budi Santoso");
    await answerComplaint({ actor: inspektorat, data: { complaintId: made.id, version: await version(made.id), answer: "Pemeriksaan selesai; petugas diberi pembinaan." } });

    const tracked = await trackComplaint(made.ticket, made.secret.toLowerCase());
    expect(tracked).toMatchObject({ status: "selesai", answer: "Pemeriksaan selesai; petugas diberi pembinaan.", track: "apip" });
    expect(tracked!.events.map((e) => e.type)).toEqual(["received", "classified_complaint", "apip_approved", "answered"]);
    expect(await trackComplaint(made.ticket, "SALAHSALAH")).toBeNull();
    expect(await trackComplaint("ADU-1999-000001", made.secret)).toBeNull();

    // Written once; reported to the direct superior; the complainant is e-mailed.
    expect(await code(answerComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), answer: "lagi" } }))).toBe("already_answered");
    const events = await getPrisma().complaintEvent.findMany({ where: { complaintId: made.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["received", "classified_complaint", "apip_requested", "apip_approved", "answered", "reported"]);
    const mails = await getPrisma().outboxEmail.findMany({ where: { to: "budi@contoh.id", subject: { contains: made.ticket } } });
    expect(mails.map((m) => m.subject).sort()).toEqual([`[Tirta] Jawaban atas pengaduan ${made.ticket}`, `[Tirta] Pengaduan Anda diterima: ${made.ticket}`].sort());
    const receipt = mails.find((m) => m.subject.includes("diterima"))!.text;
    expect(receipt).toContain(made.secret);
    // The answer date as people write it, e.g. "9 Desember 2026".
    expect(receipt).toMatch(/paling lambat \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \(14 hari kerja/);
  });

  it("refused APIP goes back to review; two officers answering at once: one succeeds", async () => {
    const pengelola = await makeUser(["pengelola_pengaduan"]);
    const kepala = await makeUser(["penandatangan"]);
    const made = await createComplaint({ data: web(), recordedBy: null });
    await routeComplaint({ actor: pengelola, data: { complaintId: made.id, version: await version(made.id), track: "apip", agency: null } });
    expect(await code(decideApip({ actor: kepala, data: { complaintId: made.id, version: await version(made.id), decision: "refuse", note: "Selesaikan di internal." } }))).toBe("ok");
    expect((await getPrisma().complaint.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("ditelaah");
    const v = await version(made.id);
    const both = await Promise.all([0, 1].map((i) => code(answerComplaint({ actor: pengelola, data: { complaintId: made.id, version: v, answer: `Jawaban ${i}` } }))));
    // The other is told: the file changed under it (PostgreSQL), or it was answered meanwhile (PGlite runs them in turn).
    expect(both.filter((c) => c === "ok")).toHaveLength(1);
    expect(both.filter((c) => c !== "ok")[0]).toMatch(/^(conflict|already_answered)$/);
  });

  it("records suggestions by the rules and escalates an unanswered complaint once", async () => {
    const pengelola = await makeUser(["pengelola_pengaduan"]);
    const late = await createComplaint({ data: { ...web({ serviceReceivedOn: "2026-01-02" }), receivedAt: new Date("2026-03-02T03:00:00Z") }, recordedBy: pengelola });
    expect(late).toMatchObject({ kind: "saran", reasons: ["late"], dueDate: null });
    const anonymous = await createComplaint({ data: web({ anonymous: true, name: null as never, email: null as never, phone: null as never }), recordedBy: null });
    expect(anonymous).toMatchObject({ kind: "saran", reasons: ["no_identity"] });

    const old = await createComplaint({ data: { ...web(), receivedAt: new Date("2026-01-05T03:00:00Z") }, recordedBy: pengelola });
    expect(old.dueDate).toBe("2026-01-26"); // Mon 5 Jan + 14 working days, Isra Mikraj on Fri 16 Jan skipped
    const now = new Date("2026-02-02T03:00:00Z");
    expect(await escalateOverdueComplaints({ now })).toBeGreaterThanOrEqual(1);
    const row = await getPrisma().complaint.findUniqueOrThrow({ where: { id: old.id }, select: { escalatedAt: true } });
    expect(row.escalatedAt).toEqual(now);
    await escalateOverdueComplaints({ now });
    expect(await getPrisma().complaintEvent.count({ where: { complaintId: old.id, type: "escalated" } })).toBe(1);
    const lateList = await listComplaints(pengelola, { tab: "terlambat", q: old.ticket, now });
    expect(lateList.rows.map((r) => r.id)).toEqual([old.id]);
  });
});

