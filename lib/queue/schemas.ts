import { z } from "zod";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// The officer queue's query string (`/petugas?tab=semua&q=…&status=…&tenggat=…&milik=saya&halaman=2`).
// Everything a bookmark, a form without JavaScript or a hostile script may send is read here; an
// unknown, malformed or repeated value falls back to its default, so parsing never throws.

export const QUEUE_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 100;
// 100 000 files are 4 000 pages of 25; a deeper page is clamped to the last one by listQueue.
export const MAX_PAGE = 100_000;

/** Every status an officer may see: all but `draft`, which belongs to the applicant alone. */
export const QUEUE_STATUSES = [
  "submitted",
  "needs_correction",
  "complete",
  "field_verification",
  "awaiting_decision",
  "approved",
  "rejected",
  "issued",
  "withdrawn",
] as const satisfies readonly Exclude<ApplicationStatus, "draft">[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export type QueueTab = "action" | "all";
export type BadgeFilter = "overdue" | "warning";

export interface QueueFilters {
  /** "action": the states the viewer's roles act on ("perlu tindakan"); "all": every non-draft file. */
  tab: QueueTab;
  /** Registration number, company name or NIB; already cleaned, 1–100 characters. */
  q?: string;
  status?: QueueStatus;
  badge?: BadgeFilter;
  /** Only files whose officer or technical-team member is the viewer. */
  mine: boolean;
}

export interface QueueParams {
  filters: QueueFilters;
  page: number;
}

// The URL speaks Indonesian; the program speaks English.
const TAB_PARAM = { tindakan: "action", semua: "all" } as const satisfies Record<string, QueueTab>;
const BADGE_PARAM = { terlambat: "overdue", perhatian: "warning" } as const satisfies Record<string, BadgeFilter>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Control characters, bidi overrides and lone surrogates never belong in a search.
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What a person typed in the search box, cleaned: no control characters, single spaces, ≤ 100 characters. */
export function cleanQuery(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const cleaned = value
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(UNWANTED, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return cleaned === "" ? undefined : cleaned;
}

const paramsSchema = z
  .object({
    tab: z.preprocess(first, z.enum(["tindakan", "semua"]).transform((v) => TAB_PARAM[v])).catch("action"),
    q: z.preprocess(first, z.string().transform(cleanQuery)).catch(undefined),
    status: z.preprocess(first, z.enum(QUEUE_STATUSES)).optional().catch(undefined),
    tenggat: z
      .preprocess(first, z.enum(["terlambat", "perhatian"]).transform((v) => BADGE_PARAM[v]))
      .optional()
      .catch(undefined),
    milik: z.preprocess(first, z.literal("saya")).optional().catch(undefined),
    halaman: z
      .preprocess(first, z.string().trim().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().min(1)))
      .catch(1),
  })
  .catch({ tab: "action", q: undefined, status: undefined, tenggat: undefined, milik: undefined, halaman: 1 });

const DEFAULTS: QueueParams = { filters: { tab: "action", mine: false }, page: 1 };

/** The queue's search params (as Next.js passes them, or anything else) as filters and a page. Never throws. */
export function parseQueueParams(input: unknown): QueueParams {
  let parsed: z.infer<typeof paramsSchema>;
  try {
    parsed = paramsSchema.parse(input && typeof input === "object" ? { ...input } : {});
  } catch {
    // A getter that throws, a revoked proxy: nothing from such an input is worth reading.
    return { filters: { ...DEFAULTS.filters }, page: 1 };
  }
  const filters: QueueFilters = { tab: parsed.tab ?? "action", mine: parsed.milik === "saya" };
  if (parsed.q) filters.q = parsed.q;
  if (parsed.status) filters.status = parsed.status;
  if (parsed.tenggat) filters.badge = parsed.tenggat;
  return { filters, page: Math.min(MAX_PAGE, parsed.halaman ?? 1) };
}

/** The query string for these filters and page (defaults left out), e.g. "?tab=semua&halaman=2"; "" for the defaults. */
export function queueQueryString(filters: QueueFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.tab === "all") params.set("tab", "semua");
  if (filters.q) params.set("q", filters.q);
  if (filters.status) params.set("status", filters.status);
  if (filters.badge) params.set("tenggat", filters.badge === "overdue" ? "terlambat" : "perhatian");
  if (filters.mine) params.set("milik", "saya");
  if (page > 1) params.set("halaman", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
