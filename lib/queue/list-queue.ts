import "server-only";
import { parseRegistrationNumber } from "@/lib/applications/registration-number";
import { readableApplications } from "@/lib/applications/access";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { loadWorkingCalendar } from "@/lib/sla/calendar";
import { clockState, type ClockBadge } from "@/lib/sla/clock";
import type { WorkingCalendar } from "@/lib/sla/working-days";
import { badgeWhereForServices, isStopped } from "./clock-windows";
import { QUEUE_PAGE_SIZE, QUEUE_STATUSES, type QueueFilters } from "./schemas";

export interface QueueRow {
  id: string;
  registrationNumber: string | null;
  status: ApplicationStatus;
  companyName: string;
  nib: string;
  submittedAt: Date | null;
  /** The last working day, as the calendar date "YYYY-MM-DD" (Asia/Jakarta); null before the clock starts. */
  dueDate: string | null;
  dueProvisional: boolean;
  escalated: boolean;
  officerName: string | null;
  technicalName: string | null;
  slaDays: number;
  clock: { badge: ClockBadge; day: number | null; remaining: number | null };
}

export interface QueueResult {
  rows: QueueRow[];
  total: number;
  /** The page shown: the one asked for, or the last one when that was beyond the end. */
  page: number;
  pageCount: number;
  pageSize: number;
}

/**
 * The officer queue: non-draft files in the viewer's tab, filtered and searched, most urgent due
 * date first (files whose clock has not started after them, oldest submission first), 25 a page,
 * each with its clock badge. Throws AppError("forbidden") for an actor who may not list files.
 */
export async function listQueue({
  actor,
  filters,
  page = 1,
  now = new Date(),
  calendar,
}: {
  actor: Actor;
  filters: QueueFilters;
  page?: number;
  now?: Date;
  /** The working-day calendar; loaded from the database when not given. */
  calendar?: WorkingCalendar;
}): Promise<QueueResult> {
  const scope = readableApplications(actor);
  if (!scope || !can(actor, "application.list")) throw new AppError("forbidden");
  const prisma = getPrisma();
  const needsServices = !!filters.badge || (filters.tab === "action" && actingConditions(actor).needsOverdue);
  const [cal, services, search] = await Promise.all([
    calendar ?? loadWorkingCalendar(),
    needsServices ? prisma.serviceDefinition.findMany({ select: { id: true, slaWorkingDays: true } }) : [],
    filters.q ? searchWhere(filters.q) : null,
  ]);

  const where = queueWhere({ actor, filters, scope, services, search, now, cal });
  const pageSize = QUEUE_PAGE_SIZE;
  const wanted = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const find = (p: number) =>
    prisma.application.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (p - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        registrationNumber: true,
        status: true,
        submittedAt: true,
        dueDate: true,
        dueProvisional: true,
        clockPausedAt: true,
        escalatedAt: true,
        company: { select: { name: true, nib: true } },
        officer: { select: { name: true } },
        technical: { select: { name: true } },
        service: { select: { slaWorkingDays: true } },
      },
    });
  // Count and page at once; a page beyond the end (an old bookmark) is asked again as the last page.
  const [total, first] = await Promise.all([prisma.application.count({ where }), find(wanted)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(wanted, pageCount);
  const rows = shown === wanted ? first : await find(shown);

  return {
    rows: rows.map((r) => {
      const dueDate = r.dueDate ? r.dueDate.toISOString().slice(0, 10) : null;
      const slaDays = r.service.slaWorkingDays;
      const c = clockState({ dueDate, pausedAt: r.clockPausedAt, stopped: isStopped(r.status), slaDays, now }, cal);
      return {
        id: r.id,
        registrationNumber: r.registrationNumber,
        status: r.status,
        companyName: r.company.name,
        nib: r.company.nib,
        submittedAt: r.submittedAt,
        dueDate,
        dueProvisional: r.dueProvisional,
        escalated: r.escalatedAt !== null,
        officerName: r.officer?.name ?? null,
        technicalName: r.technical?.name ?? null,
        slaDays,
        clock: { badge: c.badge, day: c.day, remaining: c.remaining },
      };
    }),
    total,
    page: shown,
    pageCount,
    pageSize,
  };
}

/** What each of the actor's roles acts on ("perlu tindakan"). */
function actingConditions(actor: Actor): { parts: Prisma.ApplicationWhereInput[]; needsOverdue: boolean } {
  const parts: Prisma.ApplicationWhereInput[] = [];
  const roles = new Set(actor.roles);
  // The front office checks submitted files and hands complete ones on (field visit or decision).
  if (roles.has("petugas")) parts.push({ status: { in: ["submitted", "complete"] } });
  // The technical team visits the files assigned to its member.
  if (roles.has("tim_teknis")) parts.push({ status: "field_verification", technicalId: actor.id });
  // The signing official decides, then signs the approved certificate.
  if (roles.has("penandatangan")) parts.push({ status: { in: ["awaiting_decision", "approved"] } });
  // A supervisor acts on overdue files (escalations); added by queueWhere, which knows the dates.
  return { parts, needsOverdue: roles.has("atasan") };
}

/** The query's `where`: scope, never a draft, the tab, the filters and the (resolved) search. */
function queueWhere({
  actor,
  filters,
  scope,
  services,
  search,
  now,
  cal,
}: {
  actor: Actor;
  filters: QueueFilters;
  scope: Prisma.ApplicationWhereInput;
  services: readonly { id: string; slaWorkingDays: number }[];
  search: Prisma.ApplicationWhereInput | null;
  now: Date;
  cal: WorkingCalendar;
}): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [scope];
  // Never a draft, whatever the scope says (an officer who is also an applicant has drafts of its own).
  const status = filters.status && (QUEUE_STATUSES as readonly string[]).includes(filters.status) ? filters.status : null;
  and.push(status ? { status } : { status: { not: "draft" } });

  if (filters.tab === "action") {
    const { parts, needsOverdue } = actingConditions(actor);
    if (needsOverdue) parts.push(badgeWhereForServices("overdue", services, now, cal));
    and.push(parts.length === 0 ? { id: { in: [] } } : parts.length === 1 ? parts[0]! : { OR: parts });
  }
  if (filters.badge) and.push(badgeWhereForServices(filters.badge, services, now, cal));
  if (filters.mine) and.push({ OR: [{ officerId: actor.id }, { technicalId: actor.id }] });
  if (search) and.push(search);
  return { AND: and };
}

/** Prisma passes `contains` to LIKE as it is: "%" and "_" would be wildcards. Backslash is LIKE's escape. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Up to this many matching companies, the files are fetched by company id (an index) rather than
// by joining every file to its company: at 100,000 files the join reads them all.
const COMPANY_IDS_LIMIT = 2000;

/**
 * One search box: a whole registration number or a whole NIB is looked up exactly (a unique
 * index); anything else matches part of the company name, the start of the NIB or part of the
 * registration number.
 */
export async function searchWhere(q: string): Promise<Prisma.ApplicationWhereInput> {
  const number = parseRegistrationNumber(q);
  if (number) return { registrationNumber: number.value };
  if (/^\d{13}$/.test(q)) return { company: { nib: q } };
  const byName: Prisma.CompanyWhereInput = { name: { contains: likeLiteral(q), mode: "insensitive" } };
  const companyWhere: Prisma.CompanyWhereInput = /^\d+$/.test(q) ? { OR: [byName, { nib: { startsWith: q } }] } : byName;
  const companies = await getPrisma().company.findMany({ where: companyWhere, select: { id: true }, take: COMPANY_IDS_LIMIT + 1 });
  const or: Prisma.ApplicationWhereInput[] = [
    companies.length <= COMPANY_IDS_LIMIT ? { companyId: { in: companies.map((c) => c.id) } } : { company: companyWhere },
  ];
  if (/^[0-9sS\-\u2010-\u2015\u2212]+$/.test(q) && /\d/.test(q)) {
    or.push({ registrationNumber: { contains: q.toUpperCase().replace(/[\u2010-\u2015\u2212]/g, "-") } });
  }
  return or.length === 1 ? or[0]! : { OR: or };
}
