import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { NotificationItem } from "@/lib/notifications/list";
import type { NotificationType } from "@/lib/notifications/notify";

// One notification in the list, rendered in both languages for every type and audience: the text
// exists and takes its values (an ICU error fails the test), the unread state is said in words,
// and the link goes to the reader's own page for the file.

const locale = vi.hoisted(() => ({ current: "id" as "id" | "en" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const all = { id: (await import("@/messages/id")).default, en: (await import("@/messages/en")).default };
  return {
    getLocale: async () => locale.current,
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: locale.current, messages: all[locale.current], namespace: namespace as never, onError: (e) => { throw e; } }),
  };
});

const { NotificationEntry } = await import("@/components/notifications/NotificationEntry");

const TYPES: NotificationType[] = ["submitted", "resubmitted", "returned", "declared_complete", "assigned_field_verification", "field_report_filed", "approved", "rejected", "issued", "escalated"];

function item(over: Partial<NotificationItem> = {}): NotificationItem {
  return {
    id: "n1",
    type: "submitted",
    data: { registrationNumber: "SS-11050-2026-000123" },
    createdAt: new Date("2026-11-25T07:05:00Z"),
    readAt: null,
    applicationId: "app1",
    href: "/permohonan/app1",
    audience: "applicant",
    ...over,
  };
}

async function html(lang: "id" | "en", it: NotificationItem): Promise<string> {
  locale.current = lang;
  return renderToStaticMarkup(await NotificationEntry({ item: it }));
}

describe("NotificationEntry", () => {
  it("renders every type for applicants and officers in both languages", async () => {
    for (const lang of ["id", "en"] as const) {
      for (const audience of ["applicant", "officer"] as const) {
        for (const type of TYPES) {
          const out = await html(lang, item({ type, audience, data: { registrationNumber: "SS-11050-2026-000123", dueDate: "2026-11-25", note: "Foto <b>mesin</b>" } }));
          expect(out, `${lang}/${audience}/${type}`).toContain("SS-11050-2026-000123");
          expect(out).not.toMatch(/\{\w+\}/);
          expect(out).toContain("Foto &lt;b&gt;mesin&lt;/b&gt;");
        }
      }
    }
  });

  it("marks an unread one in words, gives the time in WIB, the due date in the reader's language and the link", async () => {
    const out = await html("id", item({ type: "declared_complete", data: { registrationNumber: "SS-11050-2026-000123", dueDate: "2026-11-25" } }));
    expect(out).toContain("Belum dibaca");
    expect(out).toContain('data-unread="true"');
    expect(out).toContain("Berkas SS-11050-2026-000123 dinyatakan lengkap dan benar");
    expect(out).toContain("Batas waktu penyelesaian: </dt><dd");
    expect(out).toContain("25 November 2026</dd>");
    expect(out).toContain("25 November 2026 pukul 14.05 WIB");
    expect(out).toContain('href="/permohonan/app1"');
    expect(out).toContain("Buka berkas SS-11050-2026-000123");
    const en = await html("en", item({ type: "declared_complete", readAt: new Date(), data: { registrationNumber: "SS-11050-2026-000123", dueDate: "2026-11-25" } }));
    expect(en).not.toContain("Unread");
    expect(en).toContain("Due date: </dt><dd");
    expect(en).toContain("25 November 2026 at 14:05 WIB");
  });

  it("copes with a type it does not know and a file without a number or link", async () => {
    const out = await html("id", item({ type: "something_new", data: {}, href: null, applicationId: null }));
    expect(out).toContain("Pemberitahuan tentang berkas (belum bernomor)");
    expect(out).not.toContain("href=");
  });
});
