// When the outbox tries an e-mail again after a failure. Pure functions, no I/O.

/** After this many failed attempts an e-mail is marked `failed` and not tried again. */
export const MAX_ATTEMPTS = 10;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;

/**
 * The wait after the `attempts`-th failed attempt (1-based): 30 s, 1 min, 2 min, 4 min … doubling,
 * never more than 1 hour.
 */
export function backoffMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  // 2^7 × 30 s already exceeds the cap; stop doubling there so huge inputs cannot overflow.
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(n - 1, 7), MAX_DELAY_MS);
}

/** What happens to an e-mail after its `attempts`-th failed attempt. */
export function afterFailure(attempts: number, now: Date): { status: "pending"; nextAttemptAt: Date } | { status: "failed" } {
  if (attempts >= MAX_ATTEMPTS) return { status: "failed" };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) };
}
