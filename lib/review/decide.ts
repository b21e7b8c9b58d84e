import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { notifyApplicant } from "@/lib/notifications/notify";
import { loadForReview, moveStatus } from "./core";
import type { decisionInput } from "./schemas";

/** The signing official approves, or rejects with reasons; the clock stops and the applicant is told. */
export async function decide({ actor, data, now = new Date() }: { actor: Actor; data: z.output<typeof decisionInput>; now?: Date }) {
  return getPrisma().$transaction(async (tx) => {
    const app = await loadForReview(tx, actor, data.applicationId);
    const approve = data.decision === "approve";
    const status = await moveStatus(tx, {
      app,
      name: approve ? "approve" : "reject",
      actor,
      version: data.version,
      now,
      set: { decidedAt: now, decisionReason: data.reason || null },
      eventType: approve ? "approved" : "rejected",
      note: data.reason || null,
    });
    await notifyApplicant(tx, {
      applicationId: app.id,
      type: approve ? "approved" : "rejected",
      data: { registrationNumber: app.registrationNumber, reason: data.reason || null },
    });
    return { status };
  });
}
