import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { loadForReview, moveStatus } from "./core";
import type { assignInput, skipInput } from "./schemas";

/** The front office hands a complete file to a member of the technical team for the site visit. */
export async function assignFieldVerification({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof assignInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const app = await loadForReview(tx, actor, data.applicationId);
    const technical = await tx.user.findFirst({
      where: { id: data.technicalId, isActive: true, roles: { some: { role: "tim_teknis" } } },
      select: { id: true, name: true },
    });
    if (!technical) throw new AppError("invalid", { technicalId: "technicalInvalid" });
    const status = await moveStatus(tx, {
      app,
      name: "assignFieldVerification",
      actor,
      version: data.version,
      now,
      set: { technicalId: technical.id },
      eventType: "field_verification_assigned",
      data: { technicalName: technical.name },
    });
    await notifyUsers(tx, { userIds: [technical.id], applicationId: app.id, type: "assigned_field_verification", data: { registrationNumber: app.registrationNumber } });
    return { status };
  });
}

/** Where the procedure needs no site visit, the file goes straight to the decision, with the reason. */
export async function skipFieldVerification({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof skipInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const app = await loadForReview(tx, actor, data.applicationId);
    const status = await moveStatus(tx, {
      app,
      name: "skipFieldVerification",
      actor,
      version: data.version,
      now,
      eventType: "field_verification_skipped",
      note: data.reason,
    });
    return { status };
  });
}
