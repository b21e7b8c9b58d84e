import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/files/storage";
import { mayReadIdentity, readableComplaints } from "./access";

/** An attachment of a complaint, for those who may read the complainant's identity (it may show it). */
export async function readAttachment(actor: Actor, attachmentId: string) {
  const where = readableComplaints(actor);
  if (!where || !/^[a-z0-9]{1,64}$/.test(attachmentId)) throw new AppError("not_found");
  const a = await getPrisma().complaintAttachment.findFirst({
    where: { id: attachmentId, complaint: where },
    select: { file: { select: { sha256: true, mimeType: true, originalName: true } }, complaint: { select: { track: true, apipApprovedAt: true, confidential: true, reportedUserId: true } } },
  });
  if (!a || !mayReadIdentity(actor, a.complaint)) throw new AppError("not_found");
  return { bytes: await fileStorage().read(a.file.sha256), type: a.file.mimeType, name: a.file.originalName };
}
