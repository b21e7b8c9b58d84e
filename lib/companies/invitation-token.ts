import { createHash, randomBytes } from "node:crypto";

// An invitation link carries a random token; only its SHA-256 is stored, so the table alone
// cannot be turned back into working links.

export const INVITATION_VALID_DAYS = 7;

/** 32 random bytes, base64url (43 characters), and the hash to store. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Lower-case hex SHA-256 of the token as it appears in the link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}
