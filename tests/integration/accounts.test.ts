import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { registerAccount } from "@/lib/accounts/register-account";
import { registerSchema } from "@/lib/accounts/schemas";
import { updateProfile } from "@/lib/accounts/update-profile";
import { loadActor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { sessionIsCurrent } from "@/lib/auth/session-freshness";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeAccount, uniqueEmail } from "../helpers/accounts";

// Runs on the process database: PostgreSQL when DATABASE_URL is set, else PGlite in memory.
process.env.PGLITE_DATA_DIR ??= "memory";

const PASSWORD = "kopi-pagi-27";
const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${Math.random().toString(36).slice(2, 8)}`;
const registration = (overrides: Record<string, unknown> = {}) =>
  registerSchema.parse({ name: "Siti Rahmawati", email: uniqueEmail("daftar"), phone: "0812-3456-7890", password: PASSWORD, ...overrides });

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

beforeAll(async () => {
  await ensureMigrated();
});
afterAll(async () => {
  await database().close();
});

describe("registerAccount", () => {
  it("creates an applicant without a company, with a working password, and records it", async () => {
    const data = registration();
    const { userId, companyId } = await registerAccount({ actor: null, data });
    expect(companyId).toBeNull();
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(user).toMatchObject({ email: data.email, name: "Siti Rahmawati", phone: "+6281234567890", companyId: null, isActive: true });
    expect(user.roles.map((r) => r.role)).toEqual(["pemohon"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const signIn = await attemptSignIn({ email: data.email, password: PASSWORD, ip: ip() });
    expect(signIn).toMatchObject({ ok: true, actor: { id: userId, roles: ["pemohon"], companyId: null } });
    const events = await getPrisma().auditEvent.findMany({ where: { entityType: "User", entityId: userId } });
    expect(events.map((e) => e.action)).toEqual(["account.register"]);
  });

  it("refuses an e-mail already registered (in any case) and writes nothing", async () => {
    const first = registration();
    await registerAccount({ actor: null, data: first });
    const before = await getPrisma().user.count();
    const again = registration({ email: first.email.toUpperCase(), name: "Orang Lain" });
    const error = await expectAppError(registerAccount({ actor: null, data: again }), "email_taken");
    expect(error.fieldErrors).toEqual({ email: "emailTaken" });
    expect(await getPrisma().user.count()).toBe(before);
    expect((await getPrisma().user.findUniqueOrThrow({ where: { email: first.email } })).name).toBe("Siti Rahmawati");
  });

  it("two registrations of one address at once make one account", async () => {
    const data = registration();
    const results = await Promise.allSettled([registerAccount({ actor: null, data }), registerAccount({ actor: null, data })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect(rejected.reason.code).toBe("email_taken");
    expect(await getPrisma().user.count({ where: { email: data.email } })).toBe(1);
  });

  it("refuses a signed-in actor", async () => {
    const actor = await makeAccount();
    await expectAppError(registerAccount({ actor, data: registration() }), "already_signed_in");
  });
});

describe("updateProfile", () => {
  it("changes the own name and phone and records which changed", async () => {
    const actor = await makeAccount();
    await updateProfile({ actor, data: { name: "Nama Baru", phone: "+6281299998888" } });
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user).toMatchObject({ name: "Nama Baru", phone: "+6281299998888" });
    const event = await getPrisma().auditEvent.findFirstOrThrow({ where: { entityId: actor.id, action: "account.update" } });
    expect(event.data).toEqual({ changed: ["name", "phone"] });
  });
});

describe("changePassword and older sessions", () => {
  it("needs the right current password; a wrong one changes nothing", async () => {
    const actor = await makeAccount({ password: PASSWORD });
    const before = await getPrisma().user.findUniqueOrThrow({ where: { id: actor.id } });
    const error = await expectAppError(
      changePassword({ actor, data: { currentPassword: "salah-sekali-1", newPassword: "teh-sore-2026" }, ip: ip() }),
      "wrong_password",
    );
    expect(error.fieldErrors).toEqual({ currentPassword: "currentPasswordWrong" });
    const after = await getPrisma().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.passwordChangedAt).toBeNull();
  });

  it("refuses a new password containing the stored e-mail's name part", async () => {
    const email = uniqueEmail("wulan");
    const actor = await makeAccount({ password: PASSWORD, email });
    const name = email.split("@")[0]!;
    const error = await expectAppError(
      changePassword({ actor, data: { currentPassword: PASSWORD, newPassword: `${name}-2026` }, ip: ip() }),
      "invalid",
    );
    expect(error.fieldErrors).toEqual({ newPassword: "passwordContainsEmail" });
  });

  it("is limited like signing in: after 5 wrong current passwords even the right one is refused", async () => {
    const actor = await makeAccount({ password: PASSWORD });
    const now = new Date();
    for (let i = 0; i < 4; i++) {
      await expectAppError(changePassword({ actor, data: { currentPassword: `salah-${i}`, newPassword: "teh-sore-2026" }, ip: ip(), now }), "wrong_password");
    }
    await expectAppError(changePassword({ actor, data: { currentPassword: "salah-5", newPassword: "teh-sore-2026" }, ip: ip(), now }), "locked");
    const locked = await expectAppError(
      changePassword({ actor, data: { currentPassword: PASSWORD, newPassword: "teh-sore-2026" }, ip: ip(), now }),
      "locked",
    );
    expect(locked.details).toMatchObject({ minutes: expect.any(Number) });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: actor.id } })).passwordChangedAt).toBeNull();
  });

  it("sets passwordChangedAt, the new password works, and sessions issued before stop working", async () => {
    const actor = await makeAccount({ password: PASSWORD });
    const signedInAt = Date.now() - 60_000; // a session from a minute ago
    expect(await loadActor({ id: actor.id, issuedAt: signedInAt })).toMatchObject({ id: actor.id });

    const changedAt = new Date();
    const result = await changePassword({ actor, data: { currentPassword: PASSWORD, newPassword: "teh-sore-2026" }, ip: ip(), now: changedAt });
    expect(result.passwordChangedAt).toEqual(changedAt);
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.passwordChangedAt).toEqual(changedAt);
    expect(await verifyPassword(user.passwordHash, "teh-sore-2026")).toBe(true);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(false);

    // The decision getActor takes: the older session is gone, a token without the claim too,
    // a session signed in at or after the change is fine.
    expect(await loadActor({ id: actor.id, issuedAt: signedInAt })).toBeNull();
    expect(await loadActor({ id: actor.id })).toBeNull();
    expect(await loadActor({ id: actor.id, issuedAt: changedAt.getTime() - 1 })).toBeNull();
    expect(await loadActor({ id: actor.id, issuedAt: changedAt.getTime() })).toMatchObject({ id: actor.id, roles: ["pemohon"] });
    expect(await loadActor({ id: actor.id, issuedAt: Date.now() + 1000 })).toMatchObject({ id: actor.id });

    const events = await getPrisma().auditEvent.findMany({ where: { entityId: actor.id, action: "account.password_change" } });
    expect(events).toHaveLength(1);
  });

  it("a deactivated user's session does not load", async () => {
    const actor = await makeAccount();
    await getPrisma().user.update({ where: { id: actor.id }, data: { isActive: false } });
    expect(await loadActor({ id: actor.id, issuedAt: Date.now() })).toBeNull();
  });
});

describe("sessionIsCurrent", () => {
  it("accepts any session while the password was never changed, and none older than the change", () => {
    const changed = new Date("2026-03-02T03:00:00.500Z");
    expect(sessionIsCurrent(undefined, null)).toBe(true);
    expect(sessionIsCurrent(0, null)).toBe(true);
    expect(sessionIsCurrent(changed.getTime() - 1, changed)).toBe(false);
    expect(sessionIsCurrent(changed.getTime(), changed)).toBe(true);
    expect(sessionIsCurrent(undefined, changed)).toBe(false);
    expect(sessionIsCurrent(Number.NaN, changed)).toBe(false);
  });
});

describe("the session token carries the sign-in time", () => {
  type Callbacks = {
    jwt: (args: { token: Record<string, unknown>; user?: Record<string, unknown> }) => Promise<Record<string, unknown>> | Record<string, unknown>;
    session: (args: { session: Record<string, unknown>; token: Record<string, unknown> }) => Promise<Record<string, unknown>> | Record<string, unknown>;
  };
  it("is set once at sign-in, kept when the token is refreshed, and given to the session", async () => {
    const callbacks = authOptions().callbacks as unknown as Callbacks;
    const before = Date.now();
    const token = await callbacks.jwt({ token: {}, user: { id: "u1", roles: ["pemohon"], companyId: null } });
    expect(token.issuedAt).toBeGreaterThanOrEqual(before);
    expect(token.issuedAt).toBeLessThanOrEqual(Date.now());
    const refreshed = await callbacks.jwt({ token: { ...token, iat: Math.floor(Date.now() / 1000) + 3600 } });
    expect(refreshed.issuedAt).toBe(token.issuedAt);
    const session = await callbacks.session({ session: {}, token });
    expect(session.issuedAt).toBe(token.issuedAt);
    // A token from before the claim existed counts as issued at 0.
    expect((await callbacks.session({ session: {}, token: { uid: "u1" } })).issuedAt).toBe(0);
  });
});
