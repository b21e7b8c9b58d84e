import { env } from "@/lib/env";
import { getPrisma } from "@/lib/db";
import type { Actor } from "./roles";
import { verifyPassword } from "./password";

export type SignInFailure = "invalid" | "locked_account" | "locked_ip";
export type SignInResult =
  | { ok: true; actor: Actor }
  | { ok: false; code: SignInFailure; retryAfterMinutes?: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a password, limiting failures per account and per address within a window.
 * Attempts are rows in the database, so the limit holds across processes and machines.
 */
export async function attemptSignIn(input: {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<SignInResult> {
  const prisma = getPrisma();
  const { LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MINUTES } = env();
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email).slice(0, 320);
  const ip = input.ip.slice(0, 64);
  const windowMs = LOGIN_WINDOW_MINUTES * 60_000;
  const windowStart = new Date(now.getTime() - windowMs);

  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const [accountFailures, ipFailures] = await Promise.all([
    prisma.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: accountSince, lte: now } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: LOGIN_MAX_FAILURES_PER_ACCOUNT,
    }),
    prisma.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: windowStart, lte: now } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: LOGIN_MAX_FAILURES_PER_IP,
    }),
  ]);
  const retryAfter = (oldest: Date | undefined) =>
    Math.max(1, Math.ceil(((oldest?.getTime() ?? now.getTime()) + windowMs - now.getTime()) / 60_000));
  if (accountFailures.length >= LOGIN_MAX_FAILURES_PER_ACCOUNT) {
    return { ok: false, code: "locked_account", retryAfterMinutes: retryAfter(accountFailures[0]?.createdAt) };
  }
  if (ipFailures.length >= LOGIN_MAX_FAILURES_PER_IP) {
    return { ok: false, code: "locked_ip", retryAfterMinutes: retryAfter(ipFailures[0]?.createdAt) };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, isActive: true, companyId: true, roles: { select: { role: true } } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const success = passwordOk && !!user?.isActive;
  await prisma.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
  if (Math.random() < 0.01) {
    await prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  }
  if (!success || !user) {
    if (accountFailures.length + 1 >= LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      return { ok: false, code: "locked_account", retryAfterMinutes: retryAfter(accountFailures[0]?.createdAt ?? now) };
    }
    return { ok: false, code: "invalid" };
  }
  return {
    ok: true,
    actor: { id: user.id, name: user.name, email: user.email, companyId: user.companyId, roles: user.roles.map((r) => r.role) },
  };
}
