import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { badgeWindows } from "@/lib/queue/clock-windows";
import { listQueue, type QueueResult } from "@/lib/queue/list-queue";
import { parseQueueParams, QUEUE_PAGE_SIZE, queueQueryString, type QueueFilters } from "@/lib/queue/schemas";
import { clockState } from "@/lib/sla/clock";
import { HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import type { WorkingCalendar } from "@/lib/sla/working-days";
import { ensureService } from "../helpers/fixtures";
import { hostileString, hostileValue } from "../helpers/hostile";
import { makeFiles, makeStaff, token } from "../helpers/queue-fixtures";
import { outcome } from "../helpers/outcome";

process.env.PGLITE_DATA_DIR ??= "memory";

beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
});
afterAll(async () => {
  await database().close();
});

// Wednesday 15 July 2026, 10:00 WIB: no holiday within two weeks either side.
const NOW = new Date("2026-07-15T03:00:00Z");
const OVERDUE = "2026-07-14"; // yesterday
const DUE_TODAY = "2026-07-15"; // day 7 of 7
const DAY_5 = "2026-07-17"; // Friday: day 5 of 7
const DAY_4 = "2026-07-20"; // Monday: day 4 of 7
const LATER = "2026-07-22"; // day 2 of 7
const cal: WorkingCalendar = { holidays: new Set(HOLIDAYS_2026.map((h) => h.date)), confirmedYears: new Set([2026]) };

const all = (q: string, more: Partial<QueueFilters> = {}): QueueFilters => ({ tab: "all", mine: false, q, ...more });
const action = (q: string, more: Partial<QueueFilters> = {}): QueueFilters => ({ tab: "action", mine: false, q, ...more });

async function list(actor: Actor, filters: QueueFilters, page = 1, calendar: WorkingCalendar | undefined = cal): Promise<QueueResult> {
  return listQueue({ actor, filters, page, now: NOW, calendar });
}
const ids = (r: QueueResult) => r.rows.map((row) => row.id);

const code = outcome;

describe("the clock dates the test relies on", () => {
  it("gives the badges the names say", () => {
    const badge = (dueDate: string) => clockState({ dueDate, pausedAt: null, stopped: false, slaDays: 7, now: NOW }, cal);
    expect(badge(OVERDUE).badge).toBe("overdue");
    expect(badge(DUE_TODAY)).toMatchObject({ badge: "warning", day: 7 });
    expect(badge(DAY_5)).toMatchObject({ badge: "warning", day: 5 });
    expect(badge(DAY_4)).toMatchObject({ badge: "on_time", day: 4 });
    expect(badge(LATER)).toMatchObject({ badge: "on_time", day: 2 });
    // The filter's date ranges come from the clock itself.
    expect(badgeWindows(NOW, 7, cal)).toEqual({ overdueBefore: DUE_TODAY, warning: { from: DUE_TODAY, to: "2026-07-19" } });
    // (A due date is always a working day; the weekend after Friday's day 5 would be day 5 as well.)
  });
});

describe("who may list", () => {
  it("refuses an applicant and an admin", async () => {
    expect(await code(list(await makeStaff(["pemohon"]), all("x")))).toBe("forbidden");
    expect(await code(list(await makeStaff(["admin"]), all("x")))).toBe("forbidden");
    expect(await code(list(await makeStaff(["pengelola_pengaduan"]), all("x")))).toBe("forbidden");
  });
});

describe("drafts", () => {
  it("are never listed, whatever the tab, filter or role, even to an officer of the draft's own company", async () => {
    const tok = token();
    const [draft, submitted] = await makeFiles(tok, [{ status: "draft" }, { status: "submitted" }]);
    const officer = await makeStaff(["petugas"]);
    const both = await makeStaff(["petugas", "pemohon"], { companyId: draft!.companyId });
    for (const actor of [officer, both]) {
      expect(ids(await list(actor, all(tok)))).toEqual([submitted!.id]);
      expect(ids(await list(actor, action(tok)))).toEqual([submitted!.id]);
      // A status the schema would never produce, forced in: still no draft.
      expect(ids(await list(actor, all(tok, { status: "draft" as never })))).toEqual([submitted!.id]);
    }
    expect((await list(officer, all(draft!.companyName))).total).toBe(0);
  });
});

describe("search (one box)", () => {
  it("finds a file by its registration number, exactly, as a person types it", async () => {
    const tok = token();
    const [a, b] = await makeFiles(tok, [{ status: "submitted" }, { status: "complete", dueDate: LATER }]);
    const officer = await makeStaff(["petugas"]);
    const number = a!.registrationNumber!;
    for (const typed of [number, `  ${number.toLowerCase()} `, number.replace(/-/g, "\u2013")]) {
      const r = await list(officer, { tab: "all", mine: false, q: typed });
      expect(ids(r), typed).toEqual([a!.id]);
    }
    // Part of a number (the year and sequence) matches by substring.
    expect(ids(await list(officer, { tab: "all", mine: false, q: b!.registrationNumber!.slice(3) }))).toContain(b!.id);
  });

  it("finds files by part of the company name, in any case", async () => {
    const tok = token();
    const [a, b, c] = await makeFiles(tok, [
      { status: "submitted", nameSuffix: "Air Jernih Sentosa" },
      { status: "issued", nameSuffix: "AIR JERNIH Makmur" },
      { status: "submitted", nameSuffix: "Mata Air Lestari" },
    ]);
    const officer = await makeStaff(["petugas"]);
    expect(new Set(ids(await list(officer, all(`${tok} air jernih`))))).toEqual(new Set([a!.id, b!.id]));
    expect(ids(await list(officer, all(`${tok} mata AIR`)))).toEqual([c!.id]);
    expect((await list(officer, all(`${tok} tidak ada`))).total).toBe(0);
  });

  it("finds files by the whole NIB, and by its first digits", async () => {
    const tok = token();
    const [a] = await makeFiles(tok, [{ status: "submitted" }, { status: "submitted" }]);
    const officer = await makeStaff(["petugas"]);
    expect(ids(await list(officer, { tab: "all", mine: false, q: a!.nib }))).toEqual([a!.id]);
    expect(ids(await list(officer, { tab: "all", mine: false, q: a!.nib.slice(0, 11) }))).toContain(a!.id);
  });

  it("treats % and _ as the characters they are, not as wildcards", async () => {
    const tok = token();
    const [a, , c] = await makeFiles(tok, [
      { status: "submitted", nameSuffix: "100% Murni" },
      { status: "submitted", nameSuffix: "1000 Murni" },
      { status: "submitted", nameSuffix: "Air\\Tanah" },
    ]);
    const officer = await makeStaff(["petugas"]);
    expect(ids(await list(officer, all(`${tok} 100% M`)))).toEqual([a!.id]);
    expect((await list(officer, all(`${tok} 10_0`))).total).toBe(0);
    expect((await list(officer, all(`${tok.slice(0, 3)}_${tok.slice(4)}`))).total).toBe(0);
    expect(ids(await list(officer, all(`${tok} air\\t`)))).toEqual([c!.id]);
  });
});

describe("the default tab (perlu tindakan)", () => {
  async function scenario() {
    const tok = token();
    const tech = await makeStaff(["tim_teknis"]);
    const otherTech = await makeStaff(["tim_teknis"]);
    const files = await makeFiles(tok, [
      { status: "submitted" }, // 0
      { status: "complete", dueDate: LATER }, // 1
      { status: "needs_correction", dueDate: LATER, clockPausedAt: new Date("2026-07-10T03:00:00Z") }, // 2
      { status: "field_verification", dueDate: DAY_4, technicalId: tech.id }, // 3
      { status: "field_verification", dueDate: DAY_4, technicalId: otherTech.id }, // 4
      { status: "awaiting_decision", dueDate: OVERDUE }, // 5
      { status: "approved" }, // 6
      { status: "issued" }, // 7
      { status: "rejected" }, // 8
      { status: "withdrawn" }, // 9
    ]);
    return { tok, tech, files: files.map((f) => f.id) };
  }

  it("shows each role the states it acts on, and 'semua' everything but drafts", async () => {
    const { tok, tech, files } = await scenario();
    const set = async (actor: Actor, f: QueueFilters) => new Set(ids(await list(actor, f)));
    expect(await set(await makeStaff(["petugas"]), action(tok))).toEqual(new Set([files[0], files[1]]));
    expect(await set(tech, action(tok))).toEqual(new Set([files[3]]));
    expect(await set(await makeStaff(["penandatangan"]), action(tok))).toEqual(new Set([files[5], files[6]]));
    // A supervisor acts on overdue files (escalations).
    expect(await set(await makeStaff(["atasan"]), action(tok))).toEqual(new Set([files[5]]));
    // Several roles: the union.
    expect(await set(await makeStaff(["petugas", "penandatangan"]), action(tok))).toEqual(
      new Set([files[0], files[1], files[5], files[6]]),
    );
    expect(await set(tech, all(tok))).toEqual(new Set(files));
  });

  it("can be the default because parsing empty params gives it", () => {
    expect(parseQueueParams({})).toEqual({ filters: { tab: "action", mine: false }, page: 1 });
  });
});

describe("filters", () => {
  it("filter by status, by clock badge and by 'assigned to me', and combine", async () => {
    const tok = token();
    const me = await makeStaff(["petugas", "tim_teknis"]);
    const files = await makeFiles(tok, [
      { status: "complete", dueDate: OVERDUE, officerId: me.id }, // 0 overdue, mine
      { status: "field_verification", dueDate: DUE_TODAY, technicalId: me.id }, // 1 warning day 7, mine
      { status: "awaiting_decision", dueDate: DAY_5 }, // 2 warning day 5
      { status: "complete", dueDate: DAY_4 }, // 3 on time
      { status: "needs_correction", dueDate: OVERDUE, clockPausedAt: new Date("2026-07-13T03:00:00Z"), officerId: me.id }, // 4 paused
      { status: "approved", dueDate: OVERDUE }, // 5 decided: stopped
      { status: "submitted", officerId: me.id }, // 6 not started, mine
    ]);
    const f = files.map((x) => x.id);
    const set = async (more: Partial<QueueFilters>) => new Set(ids(await list(me, all(tok, more))));

    expect(await set({ status: "complete" })).toEqual(new Set([f[0], f[3]]));
    expect(await set({ badge: "overdue" })).toEqual(new Set([f[0]]));
    expect(await set({ badge: "warning" })).toEqual(new Set([f[1], f[2]]));
    expect(await set({ mine: true })).toEqual(new Set([f[0], f[1], f[4], f[6]]));
    expect(await set({ mine: true, badge: "warning" })).toEqual(new Set([f[1]]));
    expect(await set({ status: "complete", badge: "warning" })).toEqual(new Set());

    // Every row's badge agrees with the filter that found it.
    const overdue = await list(me, all(tok, { badge: "overdue" }));
    expect(overdue.rows.map((r) => r.clock.badge)).toEqual(["overdue"]);
    const warning = await list(me, all(tok, { badge: "warning" }));
    expect(warning.rows.map((r) => [r.clock.badge, r.clock.day])).toEqual([
      ["warning", 7],
      ["warning", 5],
    ]);
    const rows = (await list(me, all(tok))).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(f[3]!)?.clock).toEqual({ badge: "on_time", day: 4, remaining: 4 });
    expect(byId.get(f[4]!)?.clock.badge).toBe("paused");
    expect(byId.get(f[5]!)?.clock.badge).toBe("stopped");
    expect(byId.get(f[6]!)?.clock.badge).toBe("not_started");
  });

  it("loads the working calendar from the database when none is given", async () => {
    const tok = token();
    const [a] = await makeFiles(tok, [{ status: "complete", dueDate: DAY_5 }]);
    const r = await list(await makeStaff(["petugas"]), all(tok, { badge: "warning" }), 1, undefined);
    expect(ids(r)).toEqual([a!.id]);
    expect(r.rows[0]!.clock).toEqual({ badge: "warning", day: 5, remaining: 3 });
  });
});

describe("order and pages", () => {
  it("sorts by due date, then files without one by submission, and shows each row's columns", async () => {
    const tok = token();
    const files = await makeFiles(tok, [
      { status: "submitted", submittedAt: new Date("2026-07-03T02:00:00Z") }, // 0
      { status: "complete", dueDate: LATER }, // 1
      { status: "submitted", submittedAt: new Date("2026-07-02T02:00:00Z") }, // 2
      { status: "complete", dueDate: OVERDUE }, // 3
      { status: "awaiting_decision", dueDate: DAY_5 }, // 4
    ]);
    const r = await list(await makeStaff(["petugas"]), all(tok));
    expect(ids(r)).toEqual([3, 4, 1, 2, 0].map((i) => files[i]!.id));
    const row = r.rows[0]!;
    expect(row).toMatchObject({
      registrationNumber: files[3]!.registrationNumber,
      companyName: files[3]!.companyName,
      nib: files[3]!.nib,
      status: "complete",
      dueDate: OVERDUE,
      slaDays: 7,
    });
    expect(row.submittedAt).toBeInstanceOf(Date);
  });

  it("pages 25 at a time, every file exactly once, the same order every time; a page past the end shows the last", async () => {
    const tok = token();
    // Ties on purpose: the same due date and submission time for all but a few.
    const specs = Array.from({ length: 2 * QUEUE_PAGE_SIZE + 3 }, (_, i) =>
      i % 10 === 0 ? { status: "submitted" as const } : { status: "complete" as const, dueDate: LATER },
    );
    const files = await makeFiles(tok, specs);
    const officer = await makeStaff(["petugas"]);
    const p1 = await list(officer, all(tok), 1);
    const p2 = await list(officer, all(tok), 2);
    const p3 = await list(officer, all(tok), 3);
    expect(p1.total).toBe(files.length);
    expect([p1.pageCount, p1.rows.length, p2.rows.length, p3.rows.length]).toEqual([3, 25, 25, 3]);
    const seen = [...ids(p1), ...ids(p2), ...ids(p3)];
    expect(new Set(seen).size).toBe(files.length);
    expect(new Set(seen)).toEqual(new Set(files.map((f) => f.id)));
    expect(ids(await list(officer, all(tok), 2))).toEqual(ids(p2));
    const beyond = await list(officer, all(tok), 99_999);
    expect(beyond.page).toBe(3);
    expect(ids(beyond)).toEqual(ids(p3));
    for (const bad of [0, -1, Number.NaN, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect((await list(officer, all(tok), bad)).page).toBe(1);
    }
  });
});

describe("hostile query strings", () => {
  it("parse to the defaults or to valid filters, never throwing", () => {
    const keys = ["tab", "q", "status", "tenggat", "milik", "halaman", "__proto__", "constructor"];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(hostileValue, fc.array(hostileString, { maxLength: 3 }))])), { requiredKeys: [] }),
          fc.anything(),
        ),
        (input) => {
          const { filters, page } = parseQueueParams(input);
          expect(["action", "all"]).toContain(filters.tab);
          expect(Number.isSafeInteger(page) && page >= 1).toBe(true);
          if (filters.q !== undefined) {
            expect(filters.q.length).toBeGreaterThan(0);
            expect(filters.q.length).toBeLessThanOrEqual(100);
            expect(filters.q).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e]/);
          }
          expect(filters.status).not.toBe("draft");
        },
      ),
      { numRuns: 300 },
    );
    expect(parseQueueParams({ status: "draft", tab: "semua", halaman: "-3", tenggat: "x", milik: "kamu" })).toEqual({
      filters: { tab: "all", mine: false },
      page: 1,
    });
    expect(parseQueueParams({ tab: ["semua", "tindakan"], q: ["  PT   Air\u0000 ", "x"], halaman: ["2"], milik: "saya", tenggat: "terlambat", status: "complete" })).toEqual({
      filters: { tab: "all", q: "PT Air", status: "complete", badge: "overdue", mine: true },
      page: 2,
    });
  });

  it("round-trip through the links the page makes", () => {
    const filters: QueueFilters = { tab: "all", q: "PT Air & Co?", status: "awaiting_decision", badge: "warning", mine: true };
    const qs = queueQueryString(filters, 4);
    expect(parseQueueParams(Object.fromEntries(new URLSearchParams(qs.slice(1))))).toEqual({ filters, page: 4 });
    expect(queueQueryString({ tab: "action", mine: false })).toBe("");
  });

  it("reach the database safely: no error, no draft", async () => {
    const tok = token();
    const [, submitted] = await makeFiles(tok, [{ status: "draft" }, { status: "submitted" }]);
    const officer = await makeStaff(["petugas", "atasan"]);
    await fc.assert(
      fc.asyncProperty(
        fc.record({ q: fc.oneof(hostileString, fc.constant(tok)), status: hostileValue, tenggat: fc.constantFrom("terlambat", "perhatian", "x"), tab: fc.constantFrom("semua", "tindakan"), halaman: hostileValue }),
        async (params) => {
          const { filters, page } = parseQueueParams(params);
          const r = await list(officer, filters, page);
          expect(r.rows.every((row) => row.status !== "draft")).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
    const drafts = await getPrisma().application.count({ where: { company: { name: { startsWith: `PT ${tok}` } }, status: "draft" } });
    expect(drafts).toBe(1);
    expect(ids(await list(officer, all(tok)))).toEqual([submitted!.id]);
  });
});
