import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { passwordProblem } from "./password-rule";
import type { ChangePasswordData } from "./schemas";

/**
 * Changes the signed-in user's password. The current password is checked through the sign-in
 * limiter (so guessing it is limited like signing in); the new one must meet the rule for the
 * stored e-mail. Sets `passwordChangedAt`, which ends every session issued before it.
 */
export async function changePassword({
  actor,
  data,
  ip,
  now = new Date(),
}: {
  actor: Actor;
  data: ChangePasswordData;
  ip: string;
  now?: Date;
}): Promise<{ passwordChangedAt: Date }> {
  const prisma = getPrisma();
  const user = await prisma.user.findFirst({ where: { id: actor.id, isActive: true }, select: { email: true } });
  if (!user) throw new AppError("forbidden");
  const problem = passwordProblem(data.newPassword, user.email);
  if (problem) throw new AppError("invalid", { newPassword: problem });

  const check = await attemptSignIn({ email: user.email, password: data.currentPassword, ip, now });
  if (!check.ok) {
    if (check.code === "invalid") throw new AppError("wrong_password", { currentPassword: "currentPasswordWrong" });
    throw new AppError("locked", undefined, { minutes: check.retryAfterMinutes ?? 15 });
  }

  const passwordHash = await hashPassword(data.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: now } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "account.password_change", entityType: "User", entityId: actor.id },
    });
  });
  return { passwordChangedAt: now };
}
