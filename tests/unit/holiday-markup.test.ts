import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import enMessages from "@/messages/en";
import idMessages from "@/messages/id";

// The holiday calendar's forms and table rendered to HTML in both languages: every control has a
// label, every aria-describedby points at an element that exists, the two admin forms together
// use no id twice, no text is missing, and the texts the browser tests look for are there.

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/sla/actions", () => ({
  createHolidayAction: vi.fn(),
  updateHolidayAction: vi.fn(),
  deleteHolidayAction: vi.fn(),
  importHolidayYearAction: vi.fn(),
}));
const locale = vi.hoisted(() => ({ current: "id" as "id" | "en" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const all = { id: (await import("@/messages/id")).default, en: (await import("@/messages/en")).default };
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: locale.current, messages: all[locale.current], namespace: namespace as never, onError: (e) => { throw e; } }),
    getLocale: async () => locale.current,
  };
});

const { HolidayForm } = await import("@/components/holidays/HolidayForm");
const { ImportYearForm } = await import("@/components/holidays/ImportYearForm");
const { HolidayTable } = await import("@/components/holidays/HolidayTable");
const { ClockRules } = await import("@/components/holidays/ClockRules");
const { YearNav } = await import("@/components/holidays/YearNav");

const messages = { id: idMessages, en: enMessages };

function render(lang: "id" | "en", element: ReactElement): string {
  const errors: unknown[] = [];
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: lang, messages: messages[lang], timeZone: "Asia/Jakarta", onError: (e: unknown) => errors.push(e) } as Omit<
        ComponentProps<typeof NextIntlClientProvider>,
        "children"
      > as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
  expect(errors).toEqual([]);
  return html;
}

function expectAccessibleControls(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const labelFor = [...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]!);
  expect(new Set(ids).size, `duplicate ids: ${ids.join(", ")}`).toBe(ids.length);
  for (const m of html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    const id = /\sid="([^"]*)"/.exec(attrs)?.[1] ?? "";
    expect(labelFor, `label for #${id}`).toContain(id);
    for (const ref of (/\saria-describedby="([^"]*)"/.exec(attrs)?.[1] ?? "").split(" ").filter(Boolean)) expect(ids, `described by #${ref}`).toContain(ref);
  }
}

const holiday = {
  id: "h1",
  date: "2026-02-17",
  name: "Tahun Baru Imlek 2577 Kongzili",
  kind: "libur_nasional" as const,
  decree: "SKB 2025",
  version: "2026-01-01T00:00:00.000Z",
};

describe.each(["id", "en"] as const)("holiday calendar markup (%s)", (lang) => {
  it("the add and import forms on one page label every field and share no id", () => {
    const html = render(lang, createElement("div", null, createElement(HolidayForm, { year: 2026, editing: null, defaultDecree: "SKB 2025" }), createElement(ImportYearForm, { defaultYear: 2027 })));
    expectAccessibleControls(html);
    expect(html).toContain('data-testid="holiday-form"');
    expect(html).toContain('data-testid="import-form"');
    expect(html).toMatch(/<input[^>]*type="date"/);
    expect(html).toMatch(/<input[^>]*type="file"[^>]*accept=".csv,text\/csv,text\/plain"/);
    expect(html).toContain('<option value="cuti_bersama"');
    if (lang === "id") {
      for (const label of [">Tanggal<", ">Nama hari libur<", ">Jenis<", ">Dasar penetapan<", ">Tahun<", ">Dasar penetapan (SKB)<", ">Berkas CSV<", ">Isi CSV<", ">Impor kalender<", ">Tambah hari libur<"]) {
        expect(html, label).toContain(label);
      }
    }
  });

  it("the edit form offers to cancel", () => {
    const html = render(lang, createElement(HolidayForm, { year: 2026, editing: holiday, defaultDecree: "" }));
    expectAccessibleControls(html);
    expect(html).toContain(lang === "id" ? "Simpan perubahan" : "Save changes");
    expect(html).toContain('href="/kalender-libur?tahun=2026"');
  });

  it("the table shows the weekday and kind; only an admin gets edit and remove, named for their row", async () => {
    locale.current = lang;
    const managed = render(lang, (await HolidayTable({ year: 2026, holidays: [holiday], yearDecree: "SKB 2025", manage: true })) as ReactElement);
    expect(managed).toMatch(lang === "id" ? /Selasa, 17 Februari 2026/ : /Tuesday,? 17 February 2026/);
    expect(managed).toContain('href="/kalender-libur?tahun=2026&amp;ubah=h1#holiday-form"');
    expect(managed).toContain(lang === "id" ? 'aria-label="Hapus Tahun Baru Imlek 2577 Kongzili, Selasa, 17 Februari 2026"' : 'aria-label="Remove Tahun Baru Imlek 2577 Kongzili');
    expect(managed).not.toContain(lang === "id" ? "Dasar:" : "Basis:");
    const read = render(lang, (await HolidayTable({ year: 2026, holidays: [{ ...holiday, decree: "Keppres lain" }], yearDecree: "SKB 2025", manage: false })) as ReactElement);
    expect(read).not.toContain("ubah=");
    expect(read).not.toContain("<button");
    expect(read).toContain("Keppres lain");
    const empty = render(lang, (await HolidayTable({ year: 2031, holidays: [], yearDecree: null, manage: true })) as ReactElement);
    expect(empty).toContain('data-testid="holiday-table-empty"');
  });

  it("the rules state the day counting, and the year list marks the year shown", async () => {
    locale.current = lang;
    const rules = render(lang, (await ClockRules()) as ReactElement);
    expect(rules).toContain(lang === "id" ? "hari kerja ke-7 sesudah D" : "7th working day after D");
    expect(rules).toContain(lang === "id" ? "jatuh tempo Rabu 14 Januari 2026" : "due Wednesday 14 January 2026");
    const nav = render(lang, createElement(YearNav, { years: [2026, 2027, 2031], current: 2031, label: "Pilih tahun" }));
    expect(nav).toContain('<span aria-current="page"');
    expect(nav).toContain('href="/kalender-libur?tahun=2027"');
    expect(nav).not.toContain('href="/kalender-libur?tahun=2031"');
  });
});
