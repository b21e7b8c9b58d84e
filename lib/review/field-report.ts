import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { uploadMaxBytes } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cleanFileName, detectFile } from "@/lib/files/detect";
import { fileStorage, sha256Hex } from "@/lib/files/storage";
import { notifyUsers } from "@/lib/notifications/notify";
import { loadForReview, moveStatus } from "./core";
import type { fieldReportInput } from "./schemas";

export const MAX_FIELD_PHOTOS = 10;

export interface FieldPhoto {
  name: string;
  declaredType?: string | null;
  bytes: Uint8Array;
}

/**
 * The technical team's field verification report (visit date, findings, photos, recommendation),
 * by the member the file was assigned to. Photos are JPEG or PNG, checked by content before
 * anything is stored; the file then waits for the decision.
 */
export async function fileFieldReport({
  actor,
  data,
  photos,
  now = new Date(),
}: {
  actor: Actor;
  data: z.output<typeof fieldReportInput>;
  photos: FieldPhoto[];
  now?: Date;
}) {
  if (photos.length > MAX_FIELD_PHOTOS) throw new AppError("too_many_photos", undefined, { max: MAX_FIELD_PHOTOS });
  const checked = photos.map((p) => {
    const d = detectFile(p, uploadMaxBytes());
    if (!d.ok) throw new AppError(`photo_${d.code}`, undefined, { name: p.name });
    if (d.type === "application/pdf") throw new AppError("photo_wrong_type", undefined, { name: p.name });
    return { ...p, type: d.type, sha256: sha256Hex(p.bytes) };
  });
  const prisma = getPrisma();
  // Refuse before storing anything when the file is not this member's to report on.
  const precheck = await loadForReview(prisma, actor, data.applicationId);
  if (precheck.technicalId !== actor.id) throw new AppError("not_assigned");
  const storage = fileStorage();
  for (const p of checked) await storage.put(p.sha256, p.bytes);

  return prisma.$transaction(async (tx) => {
    const app = await loadForReview(tx, actor, data.applicationId);
    if (app.technicalId !== actor.id) throw new AppError("not_assigned");
    const report = await tx.fieldReport.create({
      data: {
        applicationId: app.id,
        authorId: actor.id,
        visitDate: new Date(`${data.visitDate}T00:00:00Z`),
        findings: data.findings,
        recommendation: data.recommendation,
      },
      select: { id: true },
    });
    for (const p of checked) {
      const file = await tx.storedFile.create({
        data: { sha256: p.sha256, size: p.bytes.length, mimeType: p.type, originalName: cleanFileName(p.name, p.type), uploadedById: actor.id },
        select: { id: true },
      });
      await tx.fieldReportPhoto.create({ data: { reportId: report.id, fileId: file.id } });
    }
    const status = await moveStatus(tx, {
      app,
      name: "finishFieldVerification",
      actor,
      version: data.version,
      now,
      eventType: "field_report_filed",
      note: data.findings,
      data: { visitDate: data.visitDate, recommendation: data.recommendation, photos: checked.length },
    });
    const signers = await tx.user.findMany({ where: { isActive: true, roles: { some: { role: "penandatangan" } } }, select: { id: true } });
    await notifyUsers(tx, { userIds: signers.map((s) => s.id), applicationId: app.id, type: "field_report_filed", data: { registrationNumber: app.registrationNumber } });
    return { status, reportId: report.id };
  });
}

/** A field photo for whoever may read the application. */
export async function readFieldPhoto({ actor, photoId }: { actor: Actor; photoId: string }) {
  const { readableApplications } = await import("@/lib/applications/access");
  const scope = readableApplications(actor);
  if (!scope || typeof photoId !== "string" || photoId.length > 64) throw new AppError("not_found");
  const photo = await getPrisma().fieldReportPhoto.findFirst({
    where: { id: photoId, report: { application: scope } },
    select: { file: { select: { sha256: true, mimeType: true, originalName: true } } },
  });
  if (!photo) throw new AppError("not_found");
  return { ...photo.file, bytes: await fileStorage().read(photo.file.sha256) };
}
