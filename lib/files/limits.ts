// Limits on evidence uploads that the browser and the server both apply (the server decides).
// The size limit itself is configuration (UPLOAD_MAX_MB, see lib/env.ts) and reaches the browser
// as a prop.

/** At most this many evidence files per requirement item of one application. */
export const MAX_FILES_PER_ITEM = 10;

/** A byte limit as whole-ish megabytes for messages: 10 485 760 → 10; 1 572 864 → 1.5. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
