"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// next-auth keeps a JWT session only in this cookie (split into .0, .1… when large); signing out
// is removing it. A server action, so the header's sign-out button works without JavaScript and
// is protected by Next.js's same-origin check.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) jar.delete(name);
  }
  redirect("/keluar");
}
