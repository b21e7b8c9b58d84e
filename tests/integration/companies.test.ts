import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/accounts/register-account";
import { registerSchema } from "@/lib/accounts/schemas";
import { loadActor } from "@/lib/auth/actor";
import { createCompany } from "@/lib/companies/create-company";
import { createInvitation } from "@/lib/companies/create-invitation";
import { findInvitation } from "@/lib/companies/find-invitation";
import { getOwnCompany } from "@/lib/companies/get-company";
import { listMembers } from "@/lib/companies/list-members";
import { updateCompany } from "@/lib/companies/update-company";
import { database, ensureMigrated, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { makeAccount, profileData, seedService, uniqueEmail, uniqueNib } from "../helpers/accounts";
import { hostileString } from "../helpers/hostile";

process.env.PGLITE_DATA_DIR ??= "memory";

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Rows one actor's company work could have written. */
async function footprint(actor: Actor, nib: string) {
  const p = getPrisma();
  return {
    companyId: (await p.user.findUniqueOrThrow({ where: { id: actor.id } })).companyId,
    companiesWithNib: await p.company.count({ where: { nib } }),
    auditByActor: await p.auditEvent.count({ where: { actorId: actor.id } }),
  };
}

/** An applicant with a company made through createCompany; the actor as getActor would load it. */
async function applicantWithCompany() {
  const actor = await makeAccount();
  const data = profileData();
  const { id } = await createCompany({ actor, data });
  return { actor: { ...actor, companyId: id }, companyId: id, data };
}

beforeAll(async () => {
  await ensureMigrated();
  await seedService();
});
afterAll(async () => {
  await database().close();
});

describe("createCompany", () => {
  it("creates the profile, attaches the applicant and records it, all at once", async () => {
    const actor = await makeAccount();
    const data = profileData({ legalForm: "Lainnya", legalFormOther: "Perum" });
    const { id } = await createCompany({ actor, data });
    const company = await getPrisma().company.findUniqueOrThrow({ where: { id } });
    expect(company).toMatchObject({ nib: data.nib, npwp: "0012345678409000", name: data.name, legalForm: "Perum", scale: "kecil", version: 0 });
    const loaded = await loadActor({ id: actor.id, issuedAt: Date.now() });
    expect(loaded?.companyId).toBe(id);
    expect(await getOwnCompany({ actor: loaded! })).toMatchObject({ id, nib: data.nib, scale: "kecil" });
    const events = await getPrisma().auditEvent.findMany({ where: { entityType: "Company", entityId: id } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["company.create", actor.id]]);
  });

  it.each(["mikro", "besar"] as const)("refuses scale %s and writes nothing", async (scale) => {
    const actor = await makeAccount();
    const data = profileData({ scale });
    const before = await footprint(actor, data.nib);
    const error = await expectAppError(createCompany({ actor, data }), "scale_ineligible");
    expect(error.fieldErrors).toEqual({ scale: "scaleIneligible" });
    expect(await footprint(actor, data.nib)).toEqual(before);
    expect(before).toEqual({ companyId: null, companiesWithNib: 0, auditByActor: 0 });
  });

  it("refuses an NIB another company has, pointing to an invitation, and writes nothing", async () => {
    const { data: taken } = await applicantWithCompany();
    const actor = await makeAccount();
    const data = profileData({ nib: taken.nib });
    const before = await footprint(actor, data.nib);
    const error = await expectAppError(createCompany({ actor, data }), "nib_taken");
    expect(error.fieldErrors).toEqual({ nib: "nibTaken" });
    expect(await footprint(actor, data.nib)).toEqual(before);
    expect(before.companiesWithNib).toBe(1);
  });

  it("two applicants racing for one NIB: exactly one company", async () => {
    const [a, b] = [await makeAccount(), await makeAccount()];
    const nib = uniqueNib();
    const results = await Promise.allSettled([createCompany({ actor: a, data: profileData({ nib }) }), createCompany({ actor: b, data: profileData({ nib }) })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(AppError);
    expect(loser.reason.code).toBe("nib_taken");
    expect(await getPrisma().company.count({ where: { nib } })).toBe(1);
    const attached = await getPrisma().user.count({ where: { id: { in: [a.id, b.id] }, companyId: { not: null } } });
    expect(attached).toBe(1);
  });

  it("refuses a second company for the same applicant, and anyone who is not an applicant", async () => {
    const { actor } = await applicantWithCompany();
    const data = profileData();
    await expectAppError(createCompany({ actor: { ...actor, companyId: null }, data }), "already_has_company");
    expect(await getPrisma().company.count({ where: { nib: data.nib } })).toBe(0);
    const officer = await makeAccount({ roles: ["petugas"] });
    await expectAppError(createCompany({ actor: officer, data }), "forbidden");
    expect(await getPrisma().company.count({ where: { nib: data.nib } })).toBe(0);
  });
});

describe("updateCompany (optimistic concurrency)", () => {
  it("saves an edit made from the current version and bumps it", async () => {
    const { actor, companyId, data } = await applicantWithCompany();
    const { version } = await updateCompany({ actor, data: { ...data, name: "PT Baru", version: 0 } });
    expect(version).toBe(1);
    expect(await getPrisma().company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({ name: "PT Baru", version: 1 });
    const event = await getPrisma().auditEvent.findFirstOrThrow({ where: { entityId: companyId, action: "company.update" } });
    expect(event.data).toEqual({ changed: ["name"], fromVersion: 0 });
  });

  it("refuses a stale edit with 'conflict' and overwrites nothing", async () => {
    const { actor, companyId, data } = await applicantWithCompany();
    const colleague = await makeAccount({ companyId });
    await updateCompany({ actor: colleague, data: { ...data, name: "PT Versi Rekan", version: 0 } });
    await expectAppError(updateCompany({ actor, data: { ...data, name: "PT Versi Saya", address: "Alamat lain", version: 0 } }), "conflict");
    expect(await getPrisma().company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      name: "PT Versi Rekan",
      address: data.address,
      version: 1,
    });
  });

  it("two edits from one version at once: exactly one wins", async () => {
    const { actor, companyId, data } = await applicantWithCompany();
    const results = await Promise.allSettled([
      updateCompany({ actor, data: { ...data, name: "PT Satu", version: 0 } }),
      updateCompany({ actor, data: { ...data, name: "PT Dua", version: 0 } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.code).toBe("conflict");
    const company = await getPrisma().company.findUniqueOrThrow({ where: { id: companyId } });
    expect(company.version).toBe(1);
    expect(["PT Satu", "PT Dua"]).toContain(company.name);
  });

  it("refuses another company's NIB, an ineligible scale, and a user of another company", async () => {
    const { data: other } = await applicantWithCompany();
    const { actor, companyId, data } = await applicantWithCompany();
    await expectAppError(updateCompany({ actor, data: { ...data, nib: other.nib, version: 0 } }), "nib_taken");
    await expectAppError(updateCompany({ actor, data: { ...data, scale: "besar", version: 0 } }), "scale_ineligible");
    const stranger = await makeAccount();
    await expectAppError(updateCompany({ actor: stranger, data: { ...data, version: 0 } }), "forbidden");
    expect(await getPrisma().company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({ nib: data.nib, scale: "kecil", version: 0 });
  });
});

describe("invitations", () => {
  const register = (email: string, invitation: string) =>
    registerSchema.parse({ name: "Rekan Kerja", email, phone: "081234567890", password: "kopi-pagi-27", invitation });

  it("stores only the SHA-256 of a 32-byte token, valid 7 days, and lists it as pending", async () => {
    const { actor, companyId } = await applicantWithCompany();
    const now = new Date();
    const email = uniqueEmail("rekan");
    const { token, expiresAt } = await createInvitation({ actor, email, now });
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await getPrisma().companyInvitation.findFirstOrThrow({ where: { companyId, email } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(row.expiresAt).toEqual(expiresAt);
    const { invitations, members } = await listMembers({ actor });
    expect(invitations.map((i) => i.email)).toEqual([email]);
    expect(members.map((m) => [m.id, m.isYou])).toEqual([[actor.id, true]]);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit.action).toBe("company.invitation.create");
    expect(JSON.stringify(audit.data)).not.toContain(token);
  });

  it("registers the invitee straight into the company, once", async () => {
    const { actor, companyId } = await applicantWithCompany();
    const email = uniqueEmail("rekan");
    const { token } = await createInvitation({ actor, email });
    expect(await findInvitation({ token })).toMatchObject({ status: "valid", email });

    const { userId, companyId: joined } = await registerAccount({ actor: null, data: register(email, token) });
    expect(joined).toBe(companyId);
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(user.companyId).toBe(companyId);
    expect(user.roles.map((r) => r.role)).toEqual(["pemohon"]);
    expect((await listMembers({ actor })).members.map((m) => m.email)).toEqual([actor.email, email]);
    expect((await listMembers({ actor })).invitations).toEqual([]);
    expect(await findInvitation({ token })).toEqual({ status: "used" });

    // Used: refused, and nothing is written.
    const users = await getPrisma().user.count();
    await expectAppError(registerAccount({ actor: null, data: register(uniqueEmail(), token) }), "invitation_used");
    expect(await getPrisma().user.count()).toBe(users);
  });

  it("refuses an expired, an unknown and another address's invitation, writing nothing", async () => {
    const { actor } = await applicantWithCompany();
    const email = uniqueEmail("rekan");
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const { token: expired } = await createInvitation({ actor, email, now: eightDaysAgo });
    const { token: fresh } = await createInvitation({ actor, email });
    const users = await getPrisma().user.count();

    expect(await findInvitation({ token: expired })).toEqual({ status: "expired" });
    await expectAppError(registerAccount({ actor: null, data: register(email, expired) }), "invitation_expired");
    const unknown = Buffer.alloc(32, 7).toString("base64url");
    expect(await findInvitation({ token: unknown })).toEqual({ status: "unknown" });
    await expectAppError(registerAccount({ actor: null, data: register(email, unknown) }), "invitation_unknown");
    const mismatch = await expectAppError(registerAccount({ actor: null, data: register(uniqueEmail("lain"), fresh) }), "invitation_email_mismatch");
    expect(mismatch.fieldErrors).toEqual({ email: "invitationEmailMismatch" });

    expect(await getPrisma().user.count()).toBe(users);
    expect(await getPrisma().companyInvitation.count({ where: { tokenHash: { in: [expired, fresh].map((t) => createHash("sha256").update(t).digest("hex")) }, acceptedAt: { not: null } } })).toBe(0);
  });

  it("one link used twice at once makes one account", async () => {
    const { actor, companyId } = await applicantWithCompany();
    const email = uniqueEmail("rekan");
    const { token } = await createInvitation({ actor, email });
    const results = await Promise.allSettled([
      registerAccount({ actor: null, data: register(email, token) }),
      registerAccount({ actor: null, data: register(email, token) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(AppError);
    expect(["invitation_used", "email_taken"]).toContain(loser.reason.code);
    expect(await getPrisma().user.count({ where: { email, companyId } })).toBe(1);
  });

  it("refuses inviting a member, an existing account, or from someone without a company", async () => {
    const { actor } = await applicantWithCompany();
    const member = await makeAccount({ companyId: actor.companyId });
    await expectAppError(createInvitation({ actor, email: member.email }), "already_member");
    const elsewhere = await makeAccount();
    await expectAppError(createInvitation({ actor, email: elsewhere.email }), "email_registered");
    const loner = await makeAccount();
    await expectAppError(createInvitation({ actor: loner, email: uniqueEmail() }), "forbidden");
    await expectAppError(listMembers({ actor: loner }), "forbidden");
  });

  it("lists only the actor's own company", async () => {
    const a = await applicantWithCompany();
    const b = await applicantWithCompany();
    await createInvitation({ actor: b.actor, email: uniqueEmail("b") });
    const list = await listMembers({ actor: a.actor });
    expect(list.members.map((m) => m.id)).toEqual([a.actor.id]);
    expect(list.invitations).toEqual([]);
  });
});

describe("findInvitation with anything in the URL", () => {
  it("answers 'unknown' for malformed tokens", async () => {
    for (const token of ["", "x", "<script>", "a".repeat(5000), "../../etc", "\u0000".repeat(43)]) {
      expect(await findInvitation({ token })).toEqual({ status: "unknown" });
    }
  });
  it("never throws, whatever the URL carries", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (token) => {
        expect(await findInvitation({ token })).toEqual({ status: "unknown" });
      }),
      { numRuns: 200 },
    );
  });
});
