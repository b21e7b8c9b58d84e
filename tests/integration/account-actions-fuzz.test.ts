import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import accountMessages from "@/messages/id/account.json";
import companyMessages from "@/messages/id/company.json";
import { makeAccount, profileData, seedService, uniqueEmail } from "../helpers/accounts";
import { hostileForm } from "../helpers/hostile";

// The server actions' bodies (runAction + schema + domain function) under random and hostile
// input, on the real database. Only what needs a Next.js request is stood in for: the session,
// the request's translations, cookies/headers and cache revalidation.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: vi.fn(async () => session.actor),
  requireActor: vi.fn(async () => {
    if (!session.actor) throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/masuk;307;" });
    return session.actor;
  }),
}));
vi.mock("@/lib/auth/session-cookie", () => ({ dropSessionCookies: vi.fn(async () => {}) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.77" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/id")).default;
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "id", messages, namespace: namespace as never }) };
});

const { registerAction, updateProfileAction, changePasswordAction } = await import("@/lib/accounts/actions");
const { createCompanyAction, updateCompanyAction, createInvitationAction } = await import("@/lib/companies/actions");

process.env.PGLITE_DATA_DIR ??= "memory";
const RUNS = 120;

beforeAll(async () => {
  await ensureMigrated();
  await seedService();
});
afterAll(async () => {
  await database().close();
});

/** A refusal is one of the expected codes, with a message and keyed field errors. */
function expectRefusal(result: ActionResult<unknown>, codes: string[], errorKeys: Record<string, string>) {
  if (result.ok) return;
  expect(codes, JSON.stringify(result.error)).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(0);
  for (const key of Object.values(result.error.fieldErrors ?? {})) expect(Object.keys(errorKeys)).toContain(key);
}

/** What one actor's company work could have changed. */
async function actorFootprint(actor: Actor) {
  const p = getPrisma();
  const user = await p.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, phone: true, passwordHash: true, passwordChangedAt: true, companyId: true } });
  const company = user.companyId ? await p.company.findUnique({ where: { id: user.companyId } }) : null;
  return {
    user,
    company,
    invitations: user.companyId ? await p.companyInvitation.count({ where: { companyId: user.companyId } }) : 0,
    audit: await p.auditEvent.count({ where: { actorId: actor.id } }),
  };
}

describe("registerAction under hostile input", () => {
  it("never throws unexpectedly and writes nothing when it refuses", async () => {
    const valid = { name: "Siti", email: uniqueEmail("fuzz"), phone: "0812-3456-7890", password: "kopi-pagi-27" };
    session.actor = null;
    await fc.assert(
      fc.asyncProperty(hostileForm(["name", "email", "phone", "password", "invitation"], valid), async (input) => {
        const raw = (input as { email?: unknown } | null)?.email;
        const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
        // PostgreSQL text cannot hold NUL: no account can have such an address.
        const accounts = () => (email.includes("\u0000") ? Promise.resolve(0) : getPrisma().user.count({ where: { email } }));
        const before = await accounts();
        const result = await registerAction(input);
        expectRefusal(result, ["invalid", "email_taken", "invitation_unknown", "invitation_used", "invitation_expired", "invitation_email_mismatch"], accountMessages.errors);
        if (!result.ok) expect(await accounts()).toBe(before);
        else expect(await accounts()).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("updateProfileAction under hostile input", () => {
  it("never throws unexpectedly and writes nothing when it refuses", async () => {
    const actor = await makeAccount();
    session.actor = actor;
    await fc.assert(
      fc.asyncProperty(hostileForm(["name", "phone"], { name: "Siti", phone: "081234567890" }), async (input) => {
        const before = await actorFootprint(actor);
        const result = await updateProfileAction(input);
        expectRefusal(result, ["invalid"], accountMessages.errors);
        if (!result.ok) expect(await actorFootprint(actor)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("changePasswordAction under hostile input", () => {
  it("never throws unexpectedly and changes nothing when it refuses", async () => {
    const actor = await makeAccount({ password: "benar-sekali-1" });
    session.actor = actor;
    await fc.assert(
      fc.asyncProperty(hostileForm(["currentPassword", "newPassword"], { currentPassword: "salah-sekali-1", newPassword: "teh-sore-2026" }), async (input) => {
        const before = await actorFootprint(actor);
        const result = await changePasswordAction(input);
        expectRefusal(result, ["invalid", "wrong_password", "locked"], accountMessages.errors);
        expect(result.ok).toBe(false);
        expect(await actorFootprint(actor)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

const PROFILE_KEYS = ["scale", "nib", "npwp", "name", "legalForm", "legalFormOther", "address", "kecamatan", "desa", "contactName", "email", "phone"];

describe("createCompanyAction under hostile input", () => {
  it("never throws unexpectedly and writes nothing when it refuses", async () => {
    const valid = { ...profileData(), npwp: "01.234.567.8-409.000", phone: "(0264) 8224794" };
    await fc.assert(
      fc.asyncProperty(hostileForm(PROFILE_KEYS, valid), async (input) => {
        const actor = await makeAccount();
        session.actor = actor;
        const before = await actorFootprint(actor);
        const result = await createCompanyAction(input);
        expectRefusal(result, ["invalid", "scale_ineligible", "nib_taken"], companyMessages.errors);
        if (!result.ok) expect(await actorFootprint(actor)).toEqual(before);
        else expect((await actorFootprint(actor)).user.companyId).toBe(result.data.id);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("updateCompanyAction under hostile input", () => {
  it("never throws unexpectedly and writes nothing when it refuses", async () => {
    const owner = await makeAccount();
    session.actor = owner;
    const created = await createCompanyAction(profileData());
    expect(created.ok).toBe(true);
    const actor = { ...owner, companyId: created.ok ? created.data.id : null };
    session.actor = actor;
    const valid = { ...profileData(), version: 0 };
    await fc.assert(
      fc.asyncProperty(hostileForm([...PROFILE_KEYS, "version"], valid), async (input) => {
        const before = await actorFootprint(actor);
        const result = await updateCompanyAction(input);
        expectRefusal(result, ["invalid", "scale_ineligible", "nib_taken", "conflict"], companyMessages.errors);
        if (!result.ok) expect(await actorFootprint(actor)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("createInvitationAction under hostile input", () => {
  it("never throws unexpectedly and writes nothing when it refuses", async () => {
    const owner = await makeAccount();
    session.actor = owner;
    const created = await createCompanyAction(profileData());
    const actor = { ...owner, companyId: created.ok ? created.data.id : null };
    session.actor = actor;
    await fc.assert(
      fc.asyncProperty(hostileForm(["email"], { email: "rekan@contoh.id" }), async (input) => {
        const before = await actorFootprint(actor);
        const result = await createInvitationAction(input);
        expectRefusal(result, ["invalid", "too_many_invitations"], companyMessages.errors);
        if (!result.ok) expect(await actorFootprint(actor)).toEqual(before);
        else expect(result.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the actions' refusals read well", () => {
  it("a duplicate e-mail and a taken NIB say what to do", async () => {
    session.actor = null;
    const email = uniqueEmail("dupe");
    const form = { name: "Siti", email, phone: "081234567890", password: "kopi-pagi-27" };
    expect((await registerAction(form)).ok).toBe(true);
    const again = await registerAction({ ...form, email: email.toUpperCase() });
    expect(again).toMatchObject({ ok: false, error: { code: "email_taken", fieldErrors: { email: "emailTaken" } } });
    expect(!again.ok && again.error.message).toMatch(/Silakan masuk/);

    const first = await makeAccount();
    session.actor = first;
    const data = profileData();
    expect((await createCompanyAction(data)).ok).toBe(true);
    session.actor = await makeAccount();
    const taken = await createCompanyAction({ ...data, nib: data.nib.replace(/(\d{4})/, "$1 ") });
    expect(taken).toMatchObject({ ok: false, error: { code: "nib_taken", fieldErrors: { nib: "nibTaken" } } });
    expect(!taken.ok && taken.error.message).toContain("/perusahaan/anggota");

    const wrong = await createCompanyAction({ ...profileData(), nib: "12345" });
    expect(wrong).toMatchObject({ ok: false, error: { code: "invalid", fieldErrors: { nib: "nibInvalid" } } });

    const mikro = await createCompanyAction({ ...profileData(), scale: "mikro" });
    expect(mikro).toMatchObject({ ok: false, error: { code: "scale_ineligible" } });
  });
});
