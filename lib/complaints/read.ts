import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ComplaintStatus, Prisma } from "@/lib/generated/prisma/client";
import { jakartaDate } from "@/lib/sla/working-days";
import { mayHandle, mayReadIdentity, readableComplaints } from "./access";
import { secretMatches } from "./create";

// Reading complaints: one in full for the people who handle it (the identity only for those who
// may see it), the lists officers work from, and the public view by ticket + secret.

export async function readComplaint(actor: Actor, id: string) {
  const where = readableComplaints(actor);
  const c = where
    ? await getPrisma().complaint.findFirst({
        where: { AND: [where, { id }] },
        include: {
          events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          attachments: { select: { id: true, file: { select: { originalName: true, mimeType: true, size: true } } } },
        },
      })
    : null;
  if (!c) throw new AppError("not_found");
  const identity = mayReadIdentity(actor, c);
  const actorIds = [...new Set(c.events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const actors = new Map((await getPrisma().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const { secretHash: _secret, name, email, phone, ...rest } = c;
  void _secret;
  return {
    ...rest,
    // The registration number leads to the complainant's company: part of the identity.
    registrationNumber: identity ? rest.registrationNumber : null,
    identity: identity ? { name, email, phone } : null,
    identityHidden: !identity,
    mayHandle: mayHandle(actor, c),
    events: c.events.map((e) => ({ ...e, actorName: e.actorId ? (actors.get(e.actorId) ?? null) : null })),
  };
}
export type ComplaintView = Awaited<ReturnType<typeof readComplaint>>;

export const TABS = ["aktif", "terlambat", "persetujuan", "selesai", "semua"] as const;
export type ComplaintTab = (typeof TABS)[number];
export const PAGE_SIZE = 25;

/** Complaints for the officers' list: by tab, oldest due first, searchable by ticket. */
export async function listComplaints(actor: Actor, opts: { tab: ComplaintTab; q?: string; page?: number; now?: Date }) {
  const where = readableComplaints(actor);
  if (!where) return { rows: [], total: 0, page: 1, pages: 1 };
  const today = new Date(`${jakartaDate(opts.now ?? new Date())}T00:00:00Z`);
  const open: ComplaintStatus[] = ["diterima", "ditelaah", "menunggu_persetujuan", "ditindaklanjuti"];
  const byTab: Record<ComplaintTab, Prisma.ComplaintWhereInput> = {
    aktif: { status: { in: open } },
    terlambat: overdueWhere(today),
    persetujuan: { status: "menunggu_persetujuan" },
    selesai: { status: "selesai" },
    semua: {},
  };
  const q = opts.q?.trim().toUpperCase();
  const filter: Prisma.ComplaintWhereInput = { AND: [where, byTab[opts.tab], ...(q ? [{ ticket: { contains: q } }] : [])] };
  const prisma = getPrisma();
  const total = await prisma.complaint.count({ where: filter });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const rows = await prisma.complaint.findMany({
    where: filter,
    orderBy: opts.tab === "selesai" ? [{ answeredAt: "desc" }, { id: "asc" }] : [{ dueDate: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, ticket: true, channel: true, kind: true, status: true, track: true, problemType: true, receivedAt: true, dueDate: true, dueProvisional: true, answeredAt: true, escalatedAt: true },
  });
  return { rows, total, page, pages };
}

/** Complaints past their answer date and not answered. */
export function overdueWhere(today: Date): Prisma.ComplaintWhereInput {
  return { kind: "pengaduan", status: { not: "selesai" }, dueDate: { lt: today } };
}

/** What the complainant (anonymous or not) may see with the ticket and its secret; null otherwise. */
export async function trackComplaint(ticket: string, secret: string) {
  const c = await getPrisma().complaint.findUnique({
    where: { ticket: ticket.trim().toUpperCase() },
    select: {
      secretHash: true,
      ticket: true,
      kind: true,
      kindReasons: true,
      status: true,
      track: true,
      receivedAt: true,
      dueDate: true,
      dueProvisional: true,
      answer: true,
      answeredAt: true,
      events: { where: { public: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, type: true, createdAt: true } },
    },
  });
  // The same answer for an unknown ticket and a wrong secret.
  if (!c) {
    secretMatches(secret, "0".repeat(64)); // same work either way
    return null;
  }
  if (!secretMatches(secret, c.secretHash)) return null;
  const { secretHash: _h, ...view } = c;
  void _h;
  return view;
}

/** How many complaints readable by `actor` are past their answer date. */
export async function countOverdueComplaints(actor: Actor, now = new Date()): Promise<number> {
  const where = readableComplaints(actor);
  if (!where) return 0;
  const today = new Date(`${jakartaDate(now)}T00:00:00Z`);
  return getPrisma().complaint.count({ where: { AND: [where, overdueWhere(today)] } });
}
