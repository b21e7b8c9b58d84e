import type { Actor, Role } from "./roles";

/**
 * Who may do what: one table, read by every domain function and by the navigation.
 * A rule is `true` (the role may) or a condition on the resource (e.g. the applicant's own
 * company). An actor with several roles may act when any of its roles may.
 * The public (not signed in) is the pseudo-role "public".
 */

export type Subject = Role | "public";

export interface Resource {
  companyId?: string | null;
  track?: string | null;
}

type Rule = true | ((actor: Actor, resource: Resource | undefined) => boolean);
type Rules = Partial<Record<Subject, Rule>>;

const ownCompany: Rule = (actor, resource) =>
  !!actor.companyId && !!resource && resource.companyId === actor.companyId;
const apipTrack: Rule = (_actor, resource) => resource?.track === "apip";

const table = {
  // Public service
  "standard.read": { public: true, pemohon: true, petugas: true, tim_teknis: true, penandatangan: true, pengelola_pengaduan: true, atasan: true, inspektorat: true, admin: true },
  "certificate.verify": { public: true, pemohon: true, petugas: true, tim_teknis: true, penandatangan: true, pengelola_pengaduan: true, atasan: true, inspektorat: true, admin: true },
  "complaint.file": { public: true, pemohon: true },
  // Applicant
  "company.create": { pemohon: true },
  "company.manage": { pemohon: ownCompany },
  "application.create": { pemohon: true },
  "application.edit": { pemohon: ownCompany },
  "application.submit": { pemohon: ownCompany },
  "application.withdraw": { pemohon: ownCompany },
  "application.read": { pemohon: ownCompany, petugas: true, tim_teknis: true, penandatangan: true, atasan: true },
  "application.list": { petugas: true, tim_teknis: true, penandatangan: true, atasan: true },
  "survey.answer": { pemohon: ownCompany },
  // Officers
  "application.review": { petugas: true },
  "application.fieldVerify": { tim_teknis: true },
  "application.decide": { penandatangan: true },
  "certificate.sign": { penandatangan: true },
  "certificate.revoke": { penandatangan: true },
  "certificate.download": { pemohon: ownCompany, petugas: true, penandatangan: true, atasan: true },
  // Complaints
  "complaint.record": { pengelola_pengaduan: true },
  "complaint.handle": { pengelola_pengaduan: true },
  "complaint.approveApip": { penandatangan: true },
  "complaint.actApip": { inspektorat: apipTrack },
  "complaint.readIdentity": { pengelola_pengaduan: true, atasan: true, inspektorat: apipTrack },
  "complaint.list": { pengelola_pengaduan: true, atasan: true, penandatangan: true, inspektorat: true },
  // Supervision and administration
  "supervision.view": { atasan: true },
  "dashboard.view": { atasan: true, penandatangan: true },
  "holiday.view": { admin: true, atasan: true },
  "holiday.manage": { admin: true },
  "user.manage": { admin: true },
  "standard.edit": { admin: true },
} satisfies Record<string, Rules>;

export type Action = keyof typeof table;
export const ACTIONS = Object.keys(table) as Action[];

export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  const rules: Rules = table[action];
  const subjects: Subject[] = actor ? actor.roles : ["public"];
  return subjects.some((subject) => {
    const rule = rules[subject];
    if (rule === undefined) return false;
    return rule === true || (actor !== null && rule(actor, resource));
  });
}

/** The rule for one subject, as the table states it (for listing who may do what). */
export function ruleKind(subject: Subject, action: Action): "yes" | "conditional" | "no" {
  const rule = (table[action] as Rules)[subject];
  return rule === undefined ? "no" : rule === true ? "yes" : "conditional";
}
