/**
 * Whether a session is still good after a password change: a session issued before
 * `passwordChangedAt` is not. `issuedAt` is the sign-in time the session token carries (epoch
 * milliseconds); a token from before that claim existed has none and counts as issued at 0.
 */
export function sessionIsCurrent(issuedAt: number | null | undefined, passwordChangedAt: Date | null): boolean {
  if (!passwordChangedAt) return true;
  const issued = typeof issuedAt === "number" && Number.isFinite(issuedAt) ? issuedAt : 0;
  return issued >= passwordChangedAt.getTime();
}
