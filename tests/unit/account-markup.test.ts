import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import enMessages from "@/messages/en";
import idMessages from "@/messages/id";

// The account and company forms and views rendered to HTML in both languages: every control has
// a label, every aria-describedby points at an element that exists, the rule is shown before
// typing, and no text is missing. (The browser tests check behaviour and axe.)

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: vi.fn(), refresh: vi.fn(), push: vi.fn() }) }));
vi.mock("next-auth/react", () => ({ signIn: vi.fn() }));
vi.mock("@/lib/accounts/actions", () => ({ registerAction: vi.fn(), updateProfileAction: vi.fn(), changePasswordAction: vi.fn() }));
vi.mock("@/lib/companies/actions", () => ({ createCompanyAction: vi.fn(), updateCompanyAction: vi.fn(), createInvitationAction: vi.fn() }));
const locale = vi.hoisted(() => ({ current: "id" as "id" | "en" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const all = { id: (await import("@/messages/id")).default, en: (await import("@/messages/en")).default };
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: locale.current, messages: all[locale.current], namespace: namespace as never, onError: (e) => { throw e; } }),
    getFormatter: async () => createFormatter({ locale: locale.current, timeZone: "Asia/Jakarta" }),
  };
});

const { RegisterForm } = await import("@/components/accounts/RegisterForm");
const { ProfileForm } = await import("@/components/accounts/ProfileForm");
const { ChangePasswordForm } = await import("@/components/accounts/ChangePasswordForm");
const { CompanyForm } = await import("@/components/companies/CompanyForm");
const { InvitationForm } = await import("@/components/companies/InvitationForm");
const { ScaleGate } = await import("@/components/companies/ScaleGate");
const { CompanySummary } = await import("@/components/companies/CompanySummary");
const { MemberList } = await import("@/components/companies/MemberList");
const { scaleGateFrom } = await import("@/lib/companies/scale-gate");
const { kbli11050Service } = await import("@/lib/service-standard/kbli-11050");

const gate = scaleGateFrom(kbli11050Service.requirements)!;
const messages = { id: idMessages, en: enMessages };

function render(lang: "id" | "en", element: ReactElement): string {
  const errors: unknown[] = [];
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      {
        locale: lang,
        messages: messages[lang],
        timeZone: "Asia/Jakarta",
        onError: (e: unknown) => errors.push(e),
      } as Omit<ComponentProps<typeof NextIntlClientProvider>, "children"> as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
  expect(errors).toEqual([]);
  return html;
}

/** Every input/select/textarea (not hidden) has a <label for>, and every described-by id exists. */
function expectAccessibleControls(html: string) {
  const doc = new DOMParserLite(html);
  for (const control of doc.controls()) {
    if (control.type === "hidden") continue;
    expect(doc.ids, `label for #${control.id}`).toContain(control.id);
    expect(doc.labelFor, `label for #${control.id}`).toContain(control.id);
    for (const ref of control.describedBy) expect(doc.ids, `described by #${ref}`).toContain(ref);
  }
}

/** Enough HTML reading for the checks above, without a DOM library. */
class DOMParserLite {
  ids: string[];
  labelFor: string[];
  constructor(private html: string) {
    this.ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    this.labelFor = [...html.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]!);
  }
  controls() {
    return [...this.html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)].map((m) => {
      const attrs = m[2]!;
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
      return { id: attr("id") ?? "", type: attr("type"), describedBy: (attr("aria-describedby") ?? "").split(" ").filter(Boolean) };
    });
  }
}

describe.each(["id", "en"] as const)("account and company markup (%s)", (lang) => {
  it("registration shows the password rule before typing, and ties hints to fields", () => {
    const html = render(lang, createElement(RegisterForm));
    expectAccessibleControls(html);
    expect(html).toContain(lang === "id" ? "terdiri atas minimal 10 karakter" : "be at least 10 characters long");
    expect(html).toMatch(/id="password"[^>]*aria-describedby="password-hint"|aria-describedby="password-hint"[^>]*id="password"/);
    expect(html).toMatch(/autocomplete="new-password"/i);
  });

  it("an invited registration fixes the e-mail", () => {
    const html = render(lang, createElement(RegisterForm, { invitation: { token: "t".repeat(43), email: "rekan@contoh.id" } }));
    expectAccessibleControls(html);
    expect(html).toMatch(/<input[^>]*id="email"[^>]*readonly=""/i);
    // (The value itself is set by react-hook-form in the browser, from its default values.)
  });

  it("profile, password and invitation forms label every field", () => {
    expectAccessibleControls(render(lang, createElement(ProfileForm, { defaults: { name: "Siti", phone: "+62 812-3456-7890" } })));
    expectAccessibleControls(render(lang, createElement(ChangePasswordForm, { email: "siti@contoh.id" })));
    expectAccessibleControls(render(lang, createElement(InvitationForm)));
  });

  it("the company form in both modes labels every field and offers only eligible scales", () => {
    const scaleOptions = gate.options.filter((o) => o.eligible).map((o) => ({ value: o.value, label: o.label[lang] }));
    const create = render(lang, createElement(CompanyForm, { mode: "create", defaults: {}, scaleOptions, chosenScale: scaleOptions[0] }));
    expectAccessibleControls(create);
    expect(create).toContain('type="hidden"');
    const edit = render(lang, createElement(CompanyForm, { mode: "edit", version: 2, defaults: { scale: "menengah", nib: "9120301234567" }, scaleOptions }));
    expectAccessibleControls(edit);
    expect(edit).toContain('<option value="kecil"');
    expect(edit).not.toContain('<option value="mikro"');
    for (const form of ["PT", "CV", "Firma", "Koperasi", "UD", "Perseorangan", "Lainnya"]) expect(edit).toContain(`<option value="${form}"`);
  });

  it("the scale gate asks only the scale, and an ineligible choice shows the requirement's own message", async () => {
    locale.current = lang;
    const plain = render(lang, (await ScaleGate({ gate, locale: lang })) as ReactElement);
    expectAccessibleControls(plain);
    expect([...plain.matchAll(/<input/g)]).toHaveLength(4);
    expect(plain).not.toContain("NIB");
    const mikro = gate.options.find((o) => o.value === "mikro")!;
    const stopped = render(lang, (await ScaleGate({ gate, locale: lang, selected: mikro })) as ReactElement);
    expect(stopped).toContain(mikro.ineligibleMessage![lang].replace(/"/g, "&quot;"));
    expect(stopped).toContain('data-testid="scale-ineligible"');
    const missing = render(lang, (await ScaleGate({ gate, locale: lang, missing: true })) as ReactElement);
    expectAccessibleControls(missing);
    expect(missing).toContain('aria-describedby="skala-hint skala-error"');
  });

  it("the summary shows NPWP grouped (and its legacy form), phone grouped and the legal form's name", async () => {
    locale.current = lang;
    const company = {
      id: "c1",
      nib: "9120301234567",
      npwp: "0012345678409000",
      name: "PT <Uji> & Co",
      legalForm: "Perseroan Terbatas (PT)",
      address: "Jalan Raya\nRT 01",
      kecamatan: "Bungursari",
      desa: "Cibening",
      contactName: "Siti",
      email: "info@contoh.id",
      phone: "+622648224794",
      scale: "kecil" as const,
      version: 3,
      createdAt: new Date("2026-01-05T03:00:00Z"),
      updatedAt: new Date("2026-01-06T03:00:00Z"),
    };
    const html = render(lang, (await CompanySummary({ company, gate, locale: lang })) as ReactElement);
    expect(html).toContain("0012 3456 7840 9000");
    expect(html).toContain("01.234.567.8-409.000");
    expect(html).toContain("+62 264 8224794");
    expect(html).toContain(lang === "id" ? "PT (Perseroan Terbatas)" : "PT (limited liability company)");
    expect(html).toContain("PT &lt;Uji&gt; &amp; Co");
    expect(html).toContain('href="/perusahaan/ubah"');
    const members = render(
      lang,
      (await MemberList({
        companyName: "PT Uji",
        members: [{ id: "u1", name: "Siti", email: "siti@contoh.id", joinedAt: new Date(), isYou: true }],
        invitations: [{ id: "i1", email: "rekan@contoh.id", invitedBy: "Siti", createdAt: new Date(), expiresAt: new Date() }],
      })) as ReactElement,
    );
    expect(members).toContain("rekan@contoh.id");
  });
});
