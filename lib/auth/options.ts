import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "./roles";
import { authSecret } from "./secret";
import { attemptSignIn } from "./sign-in";

const SESSION_HOURS = 8;

/** The client's address as the server (or its nearest proxy) saw it, from request headers. */
export function clientIp(headers: unknown): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
    return Array.isArray(value) ? value[0] : value;
  };
  // The last hop is the one the server itself (or the nearest proxy) recorded.
  const forwarded = get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? get("x-real-ip") ?? "unknown";
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
    pages: { signIn: "/masuk", signOut: "/keluar", error: "/masuk" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          // A NUL cannot be stored in PostgreSQL text (the attempt is recorded): no such account.
          if (!email || !password || email.length > 320 || password.length > 1024 || email.includes("\u0000")) return null;
          const result = await attemptSignIn({ email, password, ip: clientIp(req?.headers) });
          if (!result.ok) {
            // The sign-in page turns this code into a message.
            throw new Error(result.retryAfterMinutes ? `${result.code}:${result.retryAfterMinutes}` : result.code);
          }
          const { actor } = result;
          return { id: actor.id, name: actor.name, email: actor.email, roles: actor.roles, companyId: actor.companyId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.roles = (user.roles ?? []).filter(isRole);
          token.companyId = user.companyId ?? null;
          // The sign-in time, kept as the token is refreshed (next-auth renews `iat` each time).
          token.issuedAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid,
          name: token.name ?? "",
          email: token.email ?? "",
          roles: token.roles ?? [],
          companyId: token.companyId ?? null,
        };
        session.issuedAt = typeof token.issuedAt === "number" ? token.issuedAt : 0;
        return session;
      },
    },
  };
  return cached;
}
