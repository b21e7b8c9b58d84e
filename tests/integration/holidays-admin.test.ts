import { randomInt } from "node:crypto";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { cloneElement, createElement, isValidElement, type ReactNode } from "react";
import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { missingCalendarYears } from "@/lib/sla/calendar-status";
import { dueDateOnComplete } from "@/lib/sla/clock";
import type { HolidayCsvError } from "@/lib/sla/holiday-csv";
import { createHoliday, deleteHoliday, importHolidayYear, listHolidayYear, updateHoliday } from "@/lib/sla/holidays-admin";
import idMessages from "@/messages/id";
import { ensureService, makeApplicant, makeUser } from "../helpers/fixtures";
import { outcome } from "../helpers/outcome";

// The holiday calendar's administration on the real database: the domain functions, and the
// server actions' bodies with only the request stood in for (session, translations, revalidation).

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async () => {
  const { can } = await import("@/lib/auth/policy");
  const requireActor = vi.fn(async () => {
    if (!session.actor) throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/masuk;307;" });
    return session.actor;
  });
  return {
    getActor: vi.fn(async () => session.actor),
    requireActor,
    requirePermission: vi.fn(async (returnTo: string, action: Parameters<typeof can>[1]) => {
      const actor = await requireActor();
      if (!can(actor, action)) throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/tidak-diizinkan;307;" });
      return actor;
    }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const messages = (await import("@/messages/id")).default;
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: "id", messages, namespace: namespace as never, onError: (e) => { throw e; } }),
    getFormatter: async () => createFormatter({ locale: "id", timeZone: "Asia/Jakarta" }),
    getLocale: async () => "id",
  };
});
const { importHolidayYearAction, createHolidayAction } = await import("@/lib/sla/actions");
const { default: HolidaysPage } = await import("@/app/(signed-in)/kalender-libur/page");

process.env.PGLITE_DATA_DIR ??= "memory";

let admin: Actor;
beforeAll(async () => {
  await ensureMigrated();
  await ensureService();
  admin = await makeUser(["admin"]);
});
afterAll(async () => {
  await database().close();
});

const DECREE = "SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB (uji)";

/**
 * A year far ahead with no calendar, and no calendar for the year after it either (the tests may
 * share one PostgreSQL database with earlier runs, so the year is picked, not fixed).
 */
async function freeYear(): Promise<number> {
  const prisma = getPrisma();
  for (;;) {
    const year = 2040 + randomInt(0, 55);
    const taken = await prisma.calendarYear.count({ where: { year: { in: [year, year + 1] } } });
    const holidays = await prisma.holiday.count({ where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 2}-01-01T00:00:00Z`) } } });
    if (taken === 0 && holidays === 0) return year;
  }
}

const code = outcome;

async function yearRows(year: number) {
  return getPrisma().holiday.findMany({
    where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
    orderBy: { date: "asc" },
  });
}

const auditOf = (entityType: string, entityId: string) =>
  getPrisma().auditEvent.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } });

describe("importing a year from CSV", () => {
  it("inserts the holidays, confirms the year and writes the audit event, in one go", async () => {
    const year = await freeYear();
    const before = await loadWorkingCalendar(); // fills the per-process cache
    expect(before.confirmedYears.has(year)).toBe(false);

    const csv = [
      "tanggal,jenis,nama",
      `${year}-01-01,LN,Tahun Baru ${year} Masehi`,
      `17-08-${year},ln,Proklamasi Kemerdekaan`,
      `24/12/${year},CB,Cuti Bersama Natal`,
      `"${year}-12-25",LN,"Kelahiran Yesus Kristus, Natal"`,
    ].join("\r\n");
    const result = await importHolidayYear({ actor: admin, data: { year, decree: DECREE, csv } });
    expect(result).toEqual({ year, imported: 4, replaced: 0 });

    const rows = await yearRows(year);
    expect(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind, r.name, r.decree])).toEqual([
      [`${year}-01-01`, "libur_nasional", `Tahun Baru ${year} Masehi`, DECREE],
      [`${year}-08-17`, "libur_nasional", "Proklamasi Kemerdekaan", DECREE],
      [`${year}-12-24`, "cuti_bersama", "Cuti Bersama Natal", DECREE],
      [`${year}-12-25`, "libur_nasional", "Kelahiran Yesus Kristus, Natal", DECREE],
    ]);
    expect(await getPrisma().calendarYear.findUnique({ where: { year } })).toMatchObject({ year, decree: DECREE });

    const audit = await auditOf("CalendarYear", String(year));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "holiday.import", actorId: admin.id });
    expect(audit[0]!.data).toMatchObject({ year, imported: 4, replaced: 0, libur_nasional: 3, cuti_bersama: 1, decree: DECREE });

    // The cached calendar was dropped: the clock sees the new year at once.
    const after = await loadWorkingCalendar();
    expect(after.confirmedYears.has(year)).toBe(true);
    expect(after.holidays.has(`${year}-12-24`)).toBe(true);

    // The admin and supervisor views list it as confirmed.
    const view = await listHolidayYear({ actor: await makeUser(["atasan"]), year });
    expect(view.confirmed?.decree).toBe(DECREE);
    expect(view.holidays).toHaveLength(4);
    expect(view.confirmedYears.map((c) => c.year)).toContain(year);
    expect(view.years).toContain(year);
  });

  it("refuses a CSV with any wrong row, lists every problem by line, and writes nothing", async () => {
    const year = await freeYear();
    const csv = [
      "tanggal,jenis,nama",
      `${year}-01-01,LN,Tahun Baru`, // fine
      `31-02-${year},LN,Tanggal yang tidak ada`,
      `${year + 1}-01-01,LN,Tahun lain`,
      `${year}-03-03,XX,Jenis salah`,
      `${year}-01-01,CB,Tanggal ganda`,
      `${year}-05-05,LN,`,
      `${year}-06-06,LN,Nama, dengan koma`,
      `kemarin,LN,Bukan tanggal`,
    ].join("\n");
    const failure = await importHolidayYear({ actor: admin, data: { year, decree: DECREE, csv } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    const error = failure as AppError;
    expect(error.code).toBe("csv_invalid");
    const rows = error.details?.rows as HolidayCsvError[];
    expect(rows.map((r) => [r.line, r.key])).toEqual([
      [3, "dateUnreal"],
      [4, "dateWrongYear"],
      [5, "kindInvalid"],
      [6, "dateDuplicate"],
      [7, "nameRequired"],
      [8, "columns"],
      [9, "dateFormat"],
    ]);

    // Each problem reads as an Indonesian sentence naming its line.
    const t = createTranslator({ locale: "id", messages: idMessages, namespace: "holidays.csv.errors" as never });
    const texts = rows.map((r) => t(r.key as never, r.values as never));
    expect(texts[0]).toBe(`Baris 3: tanggal 31-02-${year} tidak ada di kalender.`);
    expect(texts[1]).toBe(`Baris 4: tanggal ${year + 1}-01-01 bukan tahun ${year}.`);
    expect(texts[3]).toBe(`Baris 6: tanggal ${year}-01-01 sudah tercantum di baris 2.`);
    expect(texts[5]).toContain("Baris 8: harus ada 3 kolom");

    expect(await yearRows(year)).toHaveLength(0);
    expect(await getPrisma().calendarYear.findUnique({ where: { year } })).toBeNull();
    expect(await auditOf("CalendarYear", String(year))).toHaveLength(0);
  });

  it("returns the row errors through the server action, in Indonesian, and an empty CSV as a field error", async () => {
    const year = await freeYear();
    session.actor = admin;
    const result = await importHolidayYearAction({ year: String(year), decree: DECREE, csv: `tanggal,jenis,nama\n${year}-02-30,LN,Salah` });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("csv_invalid");
    expect(result.error.message).toBe("CSV berisi kesalahan. Tidak ada yang disimpan.");
    expect(result.error.details?.rows).toEqual([{ line: 2, key: "dateUnreal", values: { line: 2, value: `${year}-02-30` } }]);

    const empty = await importHolidayYearAction({ year: "20x1", decree: "", csv: "   " });
    expect(empty).toMatchObject({ ok: false, error: { code: "invalid", fieldErrors: { year: "yearInvalid", decree: "decreeRequired", csv: "csvRequired" } } });

    const ok = await importHolidayYearAction({ year: String(year), decree: DECREE, csv: `${year}-02-03,CB,Cuti Bersama Uji` });
    expect(ok).toEqual({ ok: true, data: { year, imported: 1, replaced: 0 } });
    expect(await getPrisma().calendarYear.count({ where: { year } })).toBe(1);
  });

  it("replaces a year's holidays when it is imported again (an amended decree)", async () => {
    const year = await freeYear();
    await createHoliday({ actor: admin, data: { date: `${year}-04-01`, name: "Ditambah satu per satu", kind: "libur_nasional", decree: "Catatan" } });
    await importHolidayYear({ actor: admin, data: { year, decree: DECREE, csv: `${year}-01-01,LN,A\n${year}-01-02,CB,B` } });
    const again = await importHolidayYear({ actor: admin, data: { year, decree: `${DECREE} (perubahan)`, csv: `${year}-01-01,LN,A` } });
    expect(again).toEqual({ year, imported: 1, replaced: 2 });
    expect((await yearRows(year)).map((r) => r.name)).toEqual(["A"]);
    expect((await getPrisma().calendarYear.findUniqueOrThrow({ where: { year } })).decree).toBe(`${DECREE} (perubahan)`);
    const audit = await auditOf("CalendarYear", String(year));
    expect(audit.map((a) => (a.data as { replaced: number }).replaced)).toEqual([1, 2]);
  });
});

describe("the missing-calendar warning", () => {
  it("names this year and the next while they are missing, and drops each once imported", async () => {
    const year = await freeYear();
    const now = new Date(`${year}-06-15T03:00:00Z`);
    expect(await missingCalendarYears(now)).toEqual([year, year + 1]);
    await importHolidayYear({ actor: admin, data: { year: year + 1, decree: DECREE, csv: `${year + 1}-01-01,LN,Tahun Baru` } });
    expect(await missingCalendarYears(now)).toEqual([year]);
    await importHolidayYear({ actor: admin, data: { year, decree: DECREE, csv: `${year}-01-01,LN,Tahun Baru` } });
    expect(await missingCalendarYears(now)).toEqual([]);
    // On 1 January (WIB) the new year's "next year" is missing again.
    expect(await missingCalendarYears(new Date(`${year + 1}-12-31T17:00:00Z`))).toContain(year + 2);
  });
});

describe("the clock with an imported calendar", () => {
  it("skips the imported holidays and is no longer provisional", async () => {
    const year = await freeYear();
    // Complete on 2 January at 10:00 WIB; a block of holidays in the first week.
    const completedAt = new Date(`${year}-01-02T03:00:00Z`);
    const provisional = dueDateOnComplete(completedAt, 7, await loadWorkingCalendar());
    expect(provisional.provisional).toBe(true);
    await importHolidayYear({
      actor: admin,
      data: { year, decree: DECREE, csv: [`${year}-01-05`, `${year}-01-06`, `${year}-01-07`, `${year}-01-08`, `${year}-01-09`].map((d) => `${d},CB,Uji`).join("\n") },
    });
    const confirmed = dueDateOnComplete(completedAt, 7, await loadWorkingCalendar());
    expect(confirmed.provisional).toBe(false);
    expect(confirmed.dueDate > provisional.dueDate).toBe(true);
  });
});

describe("adding, editing and removing one holiday", () => {
  it("writes each change with its audit event, refuses a taken date and a stale version", async () => {
    const year = await freeYear();
    const { id } = await createHoliday({ actor: admin, data: { date: `${year}-03-10`, name: "Hari Uji", kind: "cuti_bersama", decree: DECREE } });
    expect(await code(createHoliday({ actor: admin, data: { date: `${year}-03-10`, name: "Ganda", kind: "libur_nasional", decree: DECREE } }))).toBe("date_taken");

    const [listed] = (await listHolidayYear({ actor: admin, year })).holidays;
    expect(listed).toMatchObject({ id, date: `${year}-03-10`, name: "Hari Uji", kind: "cuti_bersama" });
    const { version } = await updateHoliday({
      actor: admin,
      data: { id, version: listed!.version, date: `${year}-03-11`, name: "Hari Uji (diubah)", kind: "libur_nasional", decree: DECREE },
    });
    expect(version).not.toBe(listed!.version);
    // Made from the old version: someone changed it in between.
    expect(await code(updateHoliday({ actor: admin, data: { id, version: listed!.version, date: `${year}-03-12`, name: "X", kind: "libur_nasional", decree: DECREE } }))).toBe("conflict");
    expect(await code(deleteHoliday({ actor: admin, data: { id, version: listed!.version } }))).toBe("conflict");

    const { id: other } = await createHoliday({ actor: admin, data: { date: `${year}-03-20`, name: "Lain", kind: "libur_nasional", decree: DECREE } });
    expect(await code(updateHoliday({ actor: admin, data: { id, version, date: `${year}-03-20`, name: "X", kind: "libur_nasional", decree: DECREE } }))).toBe("date_taken");

    expect(await deleteHoliday({ actor: admin, data: { id, version } })).toEqual({ date: `${year}-03-11` });
    expect(await code(deleteHoliday({ actor: admin, data: { id, version } }))).toBe("not_found");
    expect((await yearRows(year)).map((r) => r.id)).toEqual([other]);

    const audit = await auditOf("Holiday", id);
    expect(audit.map((a) => a.action)).toEqual(["holiday.create", "holiday.update", "holiday.delete"]);
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);
    expect(audit[1]!.data).toMatchObject({ before: { date: `${year}-03-10`, kind: "cuti_bersama" }, after: { date: `${year}-03-11`, kind: "libur_nasional" } });
    expect(audit[2]!.data).toMatchObject({ date: `${year}-03-11`, name: "Hari Uji (diubah)" });
  });

  it("answers a taken date through the action on the date field", async () => {
    const year = await freeYear();
    session.actor = admin;
    const data = { date: `${year}-07-07`, name: "Uji", kind: "libur_nasional", decree: DECREE };
    expect((await createHolidayAction(data)).ok).toBe(true);
    const again = await createHolidayAction({ ...data, date: `07-07-${year}` });
    expect(again).toMatchObject({ ok: false, error: { code: "date_taken", fieldErrors: { date: "dateTaken" } } });
  });
});

describe("who may", () => {
  it("refuses every change to anyone but an admin, writing nothing", async () => {
    const year = await freeYear();
    const csv = `${year}-01-01,LN,Tahun Baru`;
    const { id } = await createHoliday({ actor: admin, data: { date: `${year}-02-02`, name: "Uji", kind: "libur_nasional", decree: DECREE } });
    const version = (await listHolidayYear({ actor: admin, year })).holidays[0]!.version;
    for (const actor of [await makeUser(["atasan"]), await makeUser(["petugas"]), await makeUser(["penandatangan"]), await makeApplicant()]) {
      expect(await code(importHolidayYear({ actor, data: { year, decree: DECREE, csv } }))).toBe("forbidden");
      expect(await code(createHoliday({ actor, data: { date: `${year}-03-03`, name: "X", kind: "libur_nasional", decree: DECREE } }))).toBe("forbidden");
      expect(await code(updateHoliday({ actor, data: { id, version, date: `${year}-02-02`, name: "X", kind: "cuti_bersama", decree: DECREE } }))).toBe("forbidden");
      expect(await code(deleteHoliday({ actor, data: { id, version } }))).toBe("forbidden");
    }
    session.actor = await makeUser(["atasan"]);
    expect(await importHolidayYearAction({ year, decree: DECREE, csv })).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: "Hanya administrator yang dapat mengubah kalender hari libur." },
    });
    expect(await getPrisma().calendarYear.count({ where: { year } })).toBe(0);
    expect((await yearRows(year)).map((r) => [r.name, r.kind])).toEqual([["Uji", "libur_nasional"]]);
    // On a shared PostgreSQL other files write audit events meanwhile; none of these did.
    expect(await getPrisma().auditEvent.count({ where: { entityId: { in: [id, String(year)] } } })).toBe(1); // the admin's own create
  });

  it("lets supervisors read the calendar, and nobody else but admins", async () => {
    const year = await freeYear();
    expect((await listHolidayYear({ actor: await makeUser(["atasan"]), year })).year).toBe(year);
    expect((await listHolidayYear({ actor: admin, year })).confirmed).toBeNull();
    for (const actor of [await makeUser(["petugas"]), await makeApplicant(), await makeUser(["inspektorat"])]) {
      expect(await code(listHolidayYear({ actor, year }))).toBe("forbidden");
    }
  });
});

/** Awaits the async (server) components of a tree, so react-dom/server can render the rest. */
async function resolveServer(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) {
    // Static children become an array here: give them keys, as JSX children need none.
    const items = await Promise.all(node.map(resolveServer));
    return items.map((item, i) => (isValidElement(item) && item.key === null ? cloneElement(item, { key: `c${i}` }) : item));
  }
  if (!isValidElement(node)) return node;
  const { type, props } = node as { type: unknown; props: { children?: ReactNode } };
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    return resolveServer(await (type as (p: unknown) => Promise<ReactNode>)(props));
  }
  if (props.children === undefined) return node;
  return { ...node, props: { ...props, children: await resolveServer(props.children) } } as ReactNode;
}

async function renderPage(params: Record<string, string>): Promise<string> {
  const tree = await resolveServer(await HolidaysPage({ searchParams: Promise.resolve(params) }));
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "id", messages: idMessages, timeZone: "Asia/Jakarta" } as Omit<ComponentProps<typeof NextIntlClientProvider>, "children"> as ComponentProps<typeof NextIntlClientProvider>, tree));
}

describe("the calendar page", () => {
  it("shows an admin the year, the imported notice, and the forms to change it", async () => {
    const year = await freeYear();
    await importHolidayYear({ actor: admin, data: { year, decree: DECREE, csv: `${year}-01-01,LN,Tahun Baru ${year} Masehi` } });
    session.actor = admin;
    const html = await renderPage({ tahun: String(year), pesan: "diimpor" });
    expect(html).toContain(`Kalender tahun ${year} telah diimpor dan dinyatakan resmi (1 hari libur).`);
    expect(html).toContain(`<strong>${year}</strong>: ${DECREE}`);
    expect(html).toContain(`Hari libur tahun ${year}`);
    expect(html).toContain(`Tahun Baru ${year} Masehi`);
    expect(html).toContain('data-testid="holiday-form"');
    expect(html).toContain('data-testid="import-form"');
    expect(html).toContain("hari kerja ke-7 sesudah D");
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows a supervisor the calendar without the forms, and refuses an officer", async () => {
    const year = await freeYear();
    session.actor = await makeUser(["atasan"]);
    const html = await renderPage({ tahun: String(year) });
    expect(html).toContain(`Kalender ${year} belum resmi`);
    expect(html).toContain('data-testid="holiday-table-empty"');
    expect(html).toContain("Perubahan dilakukan oleh administrator.");
    expect(html).not.toContain('data-testid="import-form"');
    expect(html).not.toContain('data-testid="holiday-form"');
    // Today's (and next year's) calendar, when missing, is warned about on this page.
    const missing = await missingCalendarYears();
    if (missing.length > 0) expect(html).toContain('data-testid="calendar-warning"');
    session.actor = await makeUser(["petugas"]);
    await expect(renderPage({})).rejects.toMatchObject({ digest: expect.stringContaining("/tidak-diizinkan") });
  });
});
