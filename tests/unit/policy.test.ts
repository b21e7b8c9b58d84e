import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action, type Subject } from "@/lib/auth/policy";
import { ROLES, type Actor, type Role } from "@/lib/auth/roles";

// The expected table, written out independently of lib/auth/policy.ts: for every action, the
// subjects that may take it unconditionally ("yes") and those that may under a condition
// ("own" = only for their own company's resource, "apip" = only on the APIP track).
// Every subject not listed must be refused.
type Expect = Partial<Record<Subject, "yes" | "own" | "apip">>;
const ALL_SIGNED_IN: Expect = Object.fromEntries(ROLES.map((r) => [r, "yes"]));
const expected: Record<Action, Expect> = {
  "standard.read": { public: "yes", ...ALL_SIGNED_IN },
  "certificate.verify": { public: "yes", ...ALL_SIGNED_IN },
  "complaint.file": { public: "yes", pemohon: "yes" },
  "company.create": { pemohon: "yes" },
  "company.manage": { pemohon: "own" },
  "application.create": { pemohon: "yes" },
  "application.edit": { pemohon: "own" },
  "application.submit": { pemohon: "own" },
  "application.withdraw": { pemohon: "own" },
  "application.read": { pemohon: "own", petugas: "yes", tim_teknis: "yes", penandatangan: "yes", atasan: "yes" },
  "application.list": { petugas: "yes", tim_teknis: "yes", penandatangan: "yes", atasan: "yes" },
  "survey.answer": { pemohon: "own" },
  "application.review": { petugas: "yes" },
  "application.fieldVerify": { tim_teknis: "yes" },
  "application.decide": { penandatangan: "yes" },
  "certificate.sign": { penandatangan: "yes" },
  "certificate.revoke": { penandatangan: "yes" },
  "certificate.download": { pemohon: "own", petugas: "yes", penandatangan: "yes", atasan: "yes" },
  "complaint.record": { pengelola_pengaduan: "yes" },
  "complaint.handle": { pengelola_pengaduan: "yes" },
  "complaint.approveApip": { penandatangan: "yes" },
  "complaint.actApip": { inspektorat: "apip" },
  "complaint.readIdentity": { pengelola_pengaduan: "yes", atasan: "yes", inspektorat: "apip" },
  "complaint.list": { pengelola_pengaduan: "yes", atasan: "yes", penandatangan: "yes", inspektorat: "yes" },
  "supervision.view": { atasan: "yes" },
  "dashboard.view": { atasan: "yes", penandatangan: "yes" },
  "holiday.view": { admin: "yes", atasan: "yes" },
  "holiday.manage": { admin: "yes" },
  "user.manage": { admin: "yes" },
  "standard.edit": { admin: "yes" },
};

const actor = (role: Role, companyId: string | null = "c-1"): Actor => ({
  id: `u-${role}`,
  name: role,
  email: `${role}@example.test`,
  roles: [role],
  companyId,
});

const own = { companyId: "c-1", track: "apip" };
const other = { companyId: "c-2", track: "internal" };

describe("policy table", () => {
  it("covers exactly the actions the application knows", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      it("public", () => {
        const allowed = expected[action].public === "yes";
        expect(can(null, action)).toBe(allowed);
        expect(can(null, action, own)).toBe(allowed);
      });
      for (const role of ROLES) {
        it(role, () => {
          const rule = expected[action][role];
          const a = actor(role);
          if (rule === "yes") {
            expect(can(a, action, own)).toBe(true);
            expect(can(a, action, other)).toBe(true);
            expect(can(a, action)).toBe(true);
          } else if (rule === "own") {
            expect(can(a, action, { companyId: "c-1" })).toBe(true);
            expect(can(a, action, { companyId: "c-2" })).toBe(false);
            expect(can(a, action)).toBe(false);
            // An applicant without a company owns nothing, not even resources without one.
            expect(can(actor(role, null), action, { companyId: null })).toBe(false);
          } else if (rule === "apip") {
            expect(can(a, action, { track: "apip" })).toBe(true);
            expect(can(a, action, { track: "internal" })).toBe(false);
            expect(can(a, action)).toBe(false);
          } else {
            expect(can(a, action, own)).toBe(false);
            expect(can(a, action, other)).toBe(false);
            expect(can(a, action)).toBe(false);
          }
        });
      }
    });
  }

  it("an actor with several roles may do what any of them may", () => {
    const both: Actor = { ...actor("petugas"), roles: ["petugas", "admin"] };
    expect(can(both, "application.review")).toBe(true);
    expect(can(both, "holiday.manage")).toBe(true);
    expect(can(both, "certificate.sign")).toBe(false);
  });

  it("an actor with no roles may do nothing the public may not", () => {
    const none: Actor = { ...actor("pemohon"), roles: [] };
    for (const action of ACTIONS) expect(can(none, action, own)).toBe(false);
  });
});
