"use server";

import { redirect } from "next/navigation";
import { dropSessionCookies } from "./session-cookie";

// A server action, so the header's sign-out button works without JavaScript and is protected by
// Next.js's same-origin check. A JWT session lives only in its cookie: signing out removes it.
export async function signOutAction(): Promise<void> {
  await dropSessionCookies();
  redirect("/keluar");
}
