import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { loadPerformance } from "@/lib/dashboard/performance";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { jakartaDate, workingDaysBetween } from "@/lib/sla/working-days";
import { computeIkm, ELEMENTS, quarterOf, type Scores } from "@/lib/survey/ikm";
import { ensureService, makeApplicant, makeUser } from "../helpers/fixtures";

process.env.PGLITE_DATA_DIR ??= "memory";
process.env.FILE_STORAGE_DIR ??= `/tmp/tirta-test-files-${process.pid}`;

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

// A dataset in a year of its own (no other test writes there), then every dashboard figure of
// that year and of one quarter compared with the same figure computed here from the rows.
const YEAR = 2400 + randomInt(0, 5000);
const at = (month: number, day: number, hour = 3) => new Date(Date.UTC(YEAR, month - 1, day, hour));

describe("the performance dashboard", () => {
  it("gives the figures the rows give", async () => {
    const prisma = getPrisma();
    const service = await prisma.serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" } });
    const applicant = await makeApplicant();
    const signer = await makeUser(["penandatangan"]);
    const file = await prisma.storedFile.create({ data: { sha256: "0".repeat(64), size: 1, mimeType: "application/pdf", originalName: "x.pdf" } });

    type Row = { submittedAt: Date; completedAt: Date | null; decidedAt: Date | null; dueDate: string | null; status: string; issuedAt: Date | null };
    const rows: Row[] = [];
    for (let i = 0; i < 60; i++) {
      const month = 1 + (i % 12);
      const submittedAt = at(month, 1 + (i % 20), (i * 7) % 24);
      const completedAt = i % 6 === 0 ? null : new Date(submittedAt.getTime() + (1 + (i % 5)) * 86_400_000);
      const decidedAt = completedAt && i % 4 !== 0 ? new Date(completedAt.getTime() + (2 + (i % 9)) * 86_400_000) : null;
      const status = decidedAt ? (i % 7 === 0 ? "rejected" : "issued") : completedAt ? "field_verification" : "submitted";
      const issuedAt = status === "issued" ? new Date(decidedAt!.getTime() + (i % 3) * 86_400_000 + 3_600_000) : null;
      const dueDate = completedAt ? jakartaDate(new Date(completedAt.getTime() + (6 + (i % 8)) * 86_400_000)) : null;
      rows.push({ submittedAt, completedAt, decidedAt, dueDate, status, issuedAt });
      const app = await prisma.application.create({
        data: {
          serviceId: service.id,
          companyId: applicant.companyId,
          createdById: applicant.id,
          status: status as never,
          registrationNumber: `SS-PERF-${YEAR}-${i}-${randomUUID().slice(0, 6)}`,
          submittedAt,
          completedAt,
          decidedAt,
          dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
        },
      });
      if (issuedAt) {
        await prisma.certificate.create({
          data: {
            applicationId: app.id, number: `PERF/${YEAR}/${i}/${randomUUID().slice(0, 6)}`, year: YEAR, sequence: 100000 + i + randomInt(0, 1e6) * 100,
            token: randomUUID() + randomUUID(), sha256: "0".repeat(64), fileId: file.id, issuedAt, signerId: signer.id,
            signerName: "x", signerPosition: "x", signerNip: "x",
          },
        });
      }
    }
    const complaints: { receivedAt: Date; kind: string; status: string; problemType: string; track: string | null; dueDate: string | null }[] = [];
    for (let i = 0; i < 40; i++) {
      const receivedAt = at(1 + (i % 12), 2 + (i % 25));
      const c = {
        receivedAt,
        kind: i % 4 === 0 ? "saran" : "pengaduan",
        status: i % 3 === 0 ? "selesai" : "ditelaah",
        problemType: ["persyaratan", "prosedur", "jangka_waktu", "biaya"][i % 4]!,
        track: i % 5 === 0 ? null : ["internal", "teknis", "apip"][i % 3]!,
        dueDate: i % 4 === 0 ? null : jakartaDate(new Date(receivedAt.getTime() + 20 * 86_400_000)),
      };
      complaints.push(c);
      await prisma.complaint.create({
        data: {
          ticket: `PERF-${YEAR}-${i}-${randomUUID().slice(0, 6)}`, secretHash: "0".repeat(64), channel: "web", receivedAt, description: "uji", kindReasons: [],
          kind: c.kind as never, status: c.status as never, problemType: c.problemType as never, track: c.track as never,
          dueDate: c.dueDate ? new Date(`${c.dueDate}T00:00:00Z`) : null,
        },
      });
    }
    const responses: { at: Date; scores: Scores }[] = [];
    for (let i = 0; i < 30; i++) {
      const when = at(1 + ((i * 5) % 12), 10);
      const scores = Object.fromEntries(ELEMENTS.map((e, k) => [e, 1 + ((i + k * 3) % 4)])) as Scores;
      responses.push({ at: when, scores });
      const { year, quarter } = quarterOf(when);
      await prisma.surveyResponse.create({ data: { year, quarter, ...scores, createdAt: when } });
    }

    const cal = await loadWorkingCalendar();
    const now = new Date();
    for (const period of [{ year: YEAR, quarter: null }, { year: YEAR, quarter: 2 as const }]) {
      const inPeriod = (d: Date | null) => !!d && quarterOf(d).year === YEAR && (period.quarter === null || quarterOf(d).quarter === period.quarter);
      const perf = await loadPerformance(period, now);

      const issued = rows.filter((r) => inPeriod(r.issuedAt));
      const within = issued.filter((r) => r.dueDate && jakartaDate(r.issuedAt!) <= r.dueDate).length;
      expect(perf.sla).toEqual({ issued: issued.length, within, share: issued.length ? within / issued.length : null });
      expect(perf.applications.submitted).toBe(rows.filter((r) => inPeriod(r.submittedAt)).length);
      expect(perf.applications.issued).toBe(issued.length);
      expect(perf.applications.rejected).toBe(rows.filter((r) => r.status === "rejected" && inPeriod(r.decidedAt)).length);

      const months = new Map<string, number>();
      for (const r of rows.filter((x) => inPeriod(x.submittedAt))) {
        const m = jakartaDate(r.submittedAt).slice(0, 7);
        months.set(m, (months.get(m) ?? 0) + 1);
      }
      expect(perf.monthly).toEqual([...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })));

      const decided = rows.filter((r) => inPeriod(r.decidedAt));
      const avg = (pairs: [Date | null, Date | null][]) => {
        const ok = pairs.filter(([a, b]) => a && b) as [Date, Date][];
        return { files: ok.length, average: ok.length ? ok.reduce((n, [a, b]) => n + workingDaysBetween(jakartaDate(a), jakartaDate(b), cal), 0) / ok.length : null };
      };
      expect(perf.stages).toEqual([
        { stage: "check", ...avg(decided.map((r) => [r.submittedAt, r.completedAt])) },
        { stage: "decision", ...avg(decided.map((r) => [r.completedAt, r.decidedAt])) },
        { stage: "signing", ...avg(decided.map((r) => [r.decidedAt, r.issuedAt])) },
      ]);

      const cs = complaints.filter((c) => inPeriod(c.receivedAt));
      const today = jakartaDate(now);
      expect({ ...perf.complaints, byProblem: undefined, byTrack: undefined }).toEqual({
        received: cs.length,
        complaints: cs.filter((c) => c.kind === "pengaduan").length,
        suggestions: cs.filter((c) => c.kind === "saran").length,
        answered: cs.filter((c) => c.status === "selesai").length,
        overdue: cs.filter((c) => c.kind === "pengaduan" && c.status !== "selesai" && c.dueDate! < today).length,
        byProblem: undefined,
        byTrack: undefined,
      });
      const count = (key: (c: (typeof cs)[number]) => string | null) => {
        const m = new Map<string | null, number>();
        for (const c of cs) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
        return [...m].map(([k, n]) => ({ key: k, count: n })).sort((a, b) => a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key));
      };
      const sortByKey = (xs: { key: string | null; count: number }[]) => [...xs].sort((a, b) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
      expect(sortByKey(perf.complaints.byProblem)).toEqual(count((c) => c.problemType));
      expect(sortByKey(perf.complaints.byTrack)).toEqual(count((c) => c.track));

      const scored = responses.filter((r) => inPeriod(r.at)).map((r) => r.scores);
      expect(perf.ikm).toEqual(computeIkm(scored));
      for (const q of [1, 2, 3, 4] as const) {
        const inQ = responses.filter((r) => quarterOf(r.at).quarter === q).map((r) => r.scores);
        expect(perf.quarters[q - 1]).toEqual({ quarter: q, result: computeIkm(inQ) });
      }
    }
  });
});
