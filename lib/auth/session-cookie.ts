import "server-only";
import { cookies } from "next/headers";

// next-auth keeps a JWT session only in this cookie (split into .0, .1… when large); ending the
// session on this device is removing it.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Removes this browser's session cookie(s). For server actions and route handlers only. */
export async function dropSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) jar.delete(name);
  }
}
