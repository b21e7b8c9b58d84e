import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProfileData } from "./schemas";

/** Changes the signed-in user's own name and phone number, with its audit event. */
export async function updateProfile({ actor, data }: { actor: Actor; data: ProfileData }): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: actor.id, isActive: true }, select: { name: true, phone: true } });
    if (!before) throw new AppError("forbidden");
    await tx.user.update({ where: { id: actor.id }, data: { name: data.name, phone: data.phone } });
    const changed = (["name", "phone"] as const).filter((k) => before[k] !== data[k]);
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "account.update", entityType: "User", entityId: actor.id, data: { changed } },
    });
  });
}
