import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { database, ensureMigrated, getPrisma } from "@/lib/db";

// Runs on the process database: PostgreSQL when DATABASE_URL is set, else PGlite in memory.
process.env.PGLITE_DATA_DIR ??= "memory";

const PASSWORD = "Benar-Sekali-123";
let email: string;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;

async function makeUser(roles: ("pemohon" | "petugas")[] = ["pemohon"], isActive = true) {
  const e = `user-${randomUUID()}@example.test`;
  await getPrisma().user.create({
    data: { email: e, name: "Uji", passwordHash: await hashPassword(PASSWORD), isActive, roles: { create: roles.map((role) => ({ role })) } },
  });
  return e;
}

beforeAll(async () => {
  await ensureMigrated();
  email = await makeUser(["petugas"]);
});
afterAll(async () => {
  await database().close();
});

describe("attemptSignIn", () => {
  it("accepts the right password (e-mail in any case) and returns the roles from the database", async () => {
    const result = await attemptSignIn({ email: `  ${email.toUpperCase()} `, password: PASSWORD, ip: ip() });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.actor.email).toBe(email);
      expect(result.actor.roles).toEqual(["petugas"]);
    }
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    expect(await attemptSignIn({ email, password: "salah", ip: ip() })).toEqual({ ok: false, code: "invalid" });
    expect(await attemptSignIn({ email: `nobody-${randomUUID()}@example.test`, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      code: "invalid",
    });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const inactive = await makeUser(["pemohon"], false);
    expect(await attemptSignIn({ email: inactive, password: PASSWORD, ip: ip() })).toEqual({ ok: false, code: "invalid" });
  });

  it("locks an account after 5 failures in the window, from any address, then frees it after the window", async () => {
    const victim = await makeUser();
    const t0 = new Date("2026-03-02T03:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    for (let i = 0; i < 4; i++) {
      expect((await attemptSignIn({ email: victim, password: "x", ip: ip(), now: at(i) })).ok).toBe(false);
    }
    const fifth = await attemptSignIn({ email: victim, password: "x", ip: ip(), now: at(4) });
    expect(fifth).toMatchObject({ ok: false, code: "locked_account" });
    // Locked now even with the right password, and the wait is stated.
    const locked = await attemptSignIn({ email: victim, password: PASSWORD, ip: ip(), now: at(5) });
    expect(locked).toEqual({ ok: false, code: "locked_account", retryAfterMinutes: 10 });
    // 15 minutes after the first failure the oldest one leaves the window.
    const later = await attemptSignIn({ email: victim, password: PASSWORD, ip: ip(), now: at(15.5) });
    expect(later.ok).toBe(true);
  });

  it("a success resets the account's count", async () => {
    const user = await makeUser();
    const t0 = new Date("2026-03-03T03:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    for (let i = 0; i < 4; i++) await attemptSignIn({ email: user, password: "x", ip: ip(), now: at(i) });
    expect((await attemptSignIn({ email: user, password: PASSWORD, ip: ip(), now: at(4) })).ok).toBe(true);
    expect(await attemptSignIn({ email: user, password: "x", ip: ip(), now: at(5) })).toEqual({ ok: false, code: "invalid" });
  });

  it("limits failures per address across accounts", async () => {
    const address = ip();
    const t0 = new Date("2026-03-04T03:00:00Z");
    for (let i = 0; i < 30; i++) {
      await attemptSignIn({ email: `spray-${i}-${randomUUID()}@example.test`, password: "x", ip: address, now: new Date(t0.getTime() + i * 1000) });
    }
    const blocked = await attemptSignIn({ email, password: PASSWORD, ip: address, now: new Date(t0.getTime() + 60_000) });
    expect(blocked).toMatchObject({ ok: false, code: "locked_ip" });
    // Another address is not affected.
    expect((await attemptSignIn({ email, password: PASSWORD, ip: ip(), now: new Date(t0.getTime() + 60_000) })).ok).toBe(true);
  });
});
