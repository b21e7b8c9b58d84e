import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { applicationPath, type Audience } from "./email-text";

// The signed-in user's own notifications (never anyone else's: every query is by `userId`).

export const PAGE_SIZE = 30;

export interface NotificationItem {
  id: string;
  type: string;
  data: Record<string, string | number | null>;
  createdAt: Date;
  readAt: Date | null;
  applicationId: string | null;
  /** Where the reader opens the file: its own application page, or the officer's review page. */
  href: string | null;
  audience: Audience;
}

export interface NotificationPage {
  items: NotificationItem[];
  /** The id to pass as `cursor` for the next (older) page, or null at the end. */
  nextCursor: string | null;
  unread: number;
  /** When the user's newest notification arrived ("mark all read" stops there). */
  newestAt: Date | null;
}

const CURSOR = /^[A-Za-z0-9_-]{1,64}$/;

/** Newest first, `PAGE_SIZE` at a time; `cursor` is the last id of the previous page. */
export async function listNotifications({ actor, cursor, limit = PAGE_SIZE }: { actor: Actor; cursor?: string | null; limit?: number }): Promise<NotificationPage> {
  const prisma = getPrisma();
  const take = Math.max(1, Math.min(Math.floor(limit), 100));
  const validCursor = cursor && CURSOR.test(cursor) ? cursor : null;
  const [rows, unread, newest] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      ...(validCursor ? { cursor: { id: validCursor }, skip: 1 } : {}),
      select: {
        id: true,
        type: true,
        data: true,
        createdAt: true,
        readAt: true,
        applicationId: true,
        application: { select: { companyId: true } },
      },
    }),
    unreadCount({ actor }),
    prisma.notification.findFirst({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  const page = rows.slice(0, take);
  return {
    unread,
    newestAt: newest?.createdAt ?? null,
    nextCursor: rows.length > take ? (page.at(-1)?.id ?? null) : null,
    items: page.map((row) => {
      const audience: Audience = row.application && row.application.companyId === actor.companyId ? "applicant" : "officer";
      return {
        id: row.id,
        type: row.type,
        data: asData(row.data),
        createdAt: row.createdAt,
        readAt: row.readAt,
        applicationId: row.applicationId,
        href: row.applicationId ? applicationPath(audience, row.applicationId) : null,
        audience,
      };
    }),
  };
}

export async function unreadCount({ actor }: { actor: Actor }): Promise<number> {
  return getPrisma().notification.count({ where: { userId: actor.id, readAt: null } });
}

/**
 * Marks the user's unread notifications read, up to `upTo` (the newest one the page showed), so
 * one that arrived after the page was drawn stays unread.
 */
export async function markAllRead({ actor, upTo, now = new Date() }: { actor: Actor; upTo?: Date | null; now?: Date }): Promise<{ count: number }> {
  const { count } = await getPrisma().notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(upTo ? { createdAt: { lte: upTo } } : {}) },
    data: { readAt: now },
  });
  return { count };
}

function asData(value: unknown): Record<string, string | number | null> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, string | number | null> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" || typeof v === "number" || v === null) out[key] = v;
  }
  return out;
}
