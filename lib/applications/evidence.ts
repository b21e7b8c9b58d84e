import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { uploadMaxBytes } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cleanFileName, detectFile, TYPE_LABEL, type Detection } from "@/lib/files/detect";
import { MAX_FILES_PER_ITEM, megabytes } from "@/lib/files/limits";
import { fileStorage, sha256Hex, type FileStorage } from "@/lib/files/storage";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Verdict } from "@/lib/generated/prisma/enums";
import { editableApplications, itemEditable, oneApplication, readableApplications } from "./access";

// Evidence files of an application's requirement items: add (or replace), remove, read, list.
// Who may: the applicant's company changes evidence while the item is editable (a draft, or an
// item marked "tidak sesuai" in a file returned for correction); whoever may read the
// application may download its evidence. Anything the actor may not see is "not_found".
//
// Error codes (AppError): not_found, not_editable, no_evidence (the item takes no documents),
// empty, too_large {max}, wrong_type, type_mismatch {extension, kind}, too_many_files {max}.

export interface EvidenceSummary {
  id: string;
  name: string;
  size: number;
  type: string;
  uploadedAt: Date;
}

export interface EvidenceContent {
  name: string;
  type: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

export interface AddEvidenceOptions {
  actor: Actor;
  applicationId: string;
  itemCode: string;
  file: { name: string; declaredType?: string | null; bytes: Uint8Array };
  /** An evidence id of the same item to remove in the same transaction ("Ganti"). */
  replaceEvidenceId?: string | null;
  /** Defaults: the process's storage, UPLOAD_MAX_MB, the current time. */
  storage?: FileStorage;
  maxBytes?: number;
  now?: Date;
}

type Db = PrismaClient | Prisma.TransactionClient;

const MAX_ID = 64;
const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= MAX_ID;

/**
 * Stores one file as evidence of an item. Every check that can refuse runs before any byte is
 * stored; the rows, the answer's `answeredAt` and the audit event are written in one
 * transaction that checks the application again under a lock (so a file cannot slip into an
 * application that was submitted a moment earlier).
 */
export async function addEvidence(options: AddEvidenceOptions): Promise<EvidenceSummary> {
  const { actor, applicationId, itemCode, file } = options;
  const replaceId = options.replaceEvidenceId || null;
  const prisma = getPrisma();
  const storage = options.storage ?? fileStorage();
  const maxBytes = options.maxBytes ?? uploadMaxBytes();
  const now = options.now ?? new Date();
  if (replaceId !== null && !validId(replaceId)) throw new AppError("not_found");

  // 1. Where it goes and whether the actor may put it there.
  const before = await locateItem(prisma, actor, applicationId, itemCode);
  await checkRoom(prisma, before.answer?.id ?? null, replaceId);

  // 2. The bytes themselves.
  const detection = detectFile(file, maxBytes);
  if (!detection.ok) throw refusal(detection, maxBytes);
  const type = detection.type;
  const name = cleanFileName(file.name, type);
  const size = file.bytes.length;
  const sha256 = sha256Hex(file.bytes);
  await storage.put(sha256, file.bytes);

  // 3. The rows, all or nothing.
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, before.application.id);
    const { application, item } = await locateItem(tx, actor, applicationId, itemCode);
    // Updating the answer row also locks it, so two uploads to one item take turns and the
    // file count below cannot be passed by both.
    const answer = await tx.applicationAnswer.upsert({
      where: { applicationId_itemId: { applicationId: application.id, itemId: item.id } },
      create: { applicationId: application.id, itemId: item.id, value: {}, answeredAt: now },
      update: { answeredAt: now },
      select: { id: true },
    });
    let replaced: { id: string; sha256: string; name: string } | null = null;
    if (replaceId !== null) {
      const old = await tx.evidenceFile.findFirst({
        where: { id: replaceId, answerId: answer.id },
        select: { id: true, fileId: true, file: { select: { sha256: true, originalName: true } } },
      });
      if (!old) throw new AppError("not_found");
      await deleteEvidenceRow(tx, old);
      replaced = { id: old.id, sha256: old.file.sha256, name: old.file.originalName };
    }
    const count = await tx.evidenceFile.count({ where: { answerId: answer.id } });
    if (count >= MAX_FILES_PER_ITEM) throw new AppError("too_many_files", undefined, { max: MAX_FILES_PER_ITEM });
    const stored = await tx.storedFile.create({
      data: { sha256, size, mimeType: type, originalName: name, uploadedById: actor.id },
      select: { id: true },
    });
    const evidence = await tx.evidenceFile.create({
      data: { answerId: answer.id, fileId: stored.id },
      select: { id: true, createdAt: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: replaced ? "evidence.replace" : "evidence.add",
        entityType: "Application",
        entityId: application.id,
        data: {
          itemCode: item.code,
          evidenceId: evidence.id,
          fileId: stored.id,
          sha256,
          name,
          size,
          type,
          ...(replaced ? { replaced } : {}),
        },
      },
    });
    return { id: evidence.id, name, size, type, uploadedAt: evidence.createdAt };
  });
}

/** Removes one evidence file (the stored bytes stay; other uploads may share them). */
export async function removeEvidence(options: {
  actor: Actor;
  evidenceId: string;
  now?: Date;
}): Promise<{ id: string; applicationId: string; itemCode: string }> {
  const { actor, evidenceId } = options;
  const now = options.now ?? new Date();
  const scope = readableApplications(actor);
  if (!scope || !validId(evidenceId)) throw new AppError("not_found");
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    const found = await tx.evidenceFile.findFirst({
      where: { id: evidenceId, answer: { application: scope } },
      select: {
        id: true,
        fileId: true,
        file: { select: { sha256: true, originalName: true } },
        answer: { select: { id: true, applicationId: true, item: { select: { code: true } } } },
      },
    });
    if (!found) throw new AppError("not_found");
    await lockApplication(tx, found.answer.applicationId);
    await locateItem(tx, actor, found.answer.applicationId, found.answer.item.code, { needsEvidence: false });
    // Gone meanwhile (removed twice at once): the second one finds nothing.
    if ((await tx.evidenceFile.count({ where: { id: found.id } })) === 0) throw new AppError("not_found");
    await deleteEvidenceRow(tx, found);
    await tx.applicationAnswer.update({ where: { id: found.answer.id }, data: { answeredAt: now } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "evidence.remove",
        entityType: "Application",
        entityId: found.answer.applicationId,
        data: {
          itemCode: found.answer.item.code,
          evidenceId: found.id,
          fileId: found.fileId,
          sha256: found.file.sha256,
          name: found.file.originalName,
        },
      },
    });
    return { id: found.id, applicationId: found.answer.applicationId, itemCode: found.answer.item.code };
  });
}

/** One evidence file with its bytes, for download by anyone who may read the application. */
export async function readEvidence(options: { actor: Actor; evidenceId: string; storage?: FileStorage }): Promise<EvidenceContent> {
  const { actor, evidenceId } = options;
  const scope = readableApplications(actor);
  if (!scope || !validId(evidenceId)) throw new AppError("not_found");
  const found = await getPrisma().evidenceFile.findFirst({
    where: { id: evidenceId, answer: { application: scope } },
    select: { file: { select: { sha256: true, size: true, mimeType: true, originalName: true } } },
  });
  if (!found) throw new AppError("not_found");
  const bytes = await (options.storage ?? fileStorage()).read(found.file.sha256);
  return { name: found.file.originalName, type: found.file.mimeType, size: found.file.size, sha256: found.file.sha256, bytes };
}

/** The evidence of every item of one application, by item code, oldest first. */
export async function listEvidence(options: { actor: Actor; applicationId: string }): Promise<Record<string, EvidenceSummary[]>> {
  const { actor, applicationId } = options;
  const prisma = getPrisma();
  const where = oneApplication(readableApplications(actor), applicationId);
  if ((await prisma.application.count({ where })) === 0) throw new AppError("not_found");
  const rows = await prisma.evidenceFile.findMany({
    where: { answer: { application: where } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      file: { select: { originalName: true, size: true, mimeType: true } },
      answer: { select: { item: { select: { code: true } } } },
    },
  });
  const byItem: Record<string, EvidenceSummary[]> = {};
  for (const row of rows) {
    (byItem[row.answer.item.code] ??= []).push({
      id: row.id,
      name: row.file.originalName,
      size: row.file.size,
      type: row.file.mimeType,
      uploadedAt: row.createdAt,
    });
  }
  return byItem;
}

// ---------------------------------------------------------------------------------------------

interface LocatedItem {
  application: { id: string; status: ApplicationStatus; serviceId: string };
  item: { id: string; code: string };
  answer: { id: string; verdict: Verdict | null } | null;
}

/**
 * The application (readable by the actor, else not_found), its item of that code (else
 * not_found) and the answer, checked editable: the application in the actor's editable scope
 * and the item editable in its status (else not_editable).
 */
async function locateItem(
  db: Db,
  actor: Actor,
  applicationId: string,
  itemCode: string,
  { needsEvidence = true }: { needsEvidence?: boolean } = {},
): Promise<LocatedItem> {
  const application = await db.application.findFirst({
    where: oneApplication(readableApplications(actor), applicationId),
    select: { id: true, status: true, serviceId: true },
  });
  if (!application) throw new AppError("not_found");
  if (typeof itemCode !== "string" || itemCode.length === 0 || itemCode.length > 32) throw new AppError("not_found");
  const item = await db.requirementItem.findUnique({
    where: { serviceId_code: { serviceId: application.serviceId, code: itemCode } },
    select: { id: true, code: true, evidenceRequired: true },
  });
  if (!item) throw new AppError("not_found");
  const editable = editableApplications(actor);
  if (!editable || (await db.application.count({ where: oneApplication(editable, application.id) })) === 0) {
    throw new AppError("not_editable");
  }
  const answer = await db.applicationAnswer.findUnique({
    where: { applicationId_itemId: { applicationId: application.id, itemId: item.id } },
    select: { id: true, verdict: true },
  });
  if (!itemEditable(application.status, answer?.verdict)) throw new AppError("not_editable");
  // Items such as the business scale or an acknowledgement take no documents.
  if (needsEvidence && !item.evidenceRequired) throw new AppError("no_evidence");
  return { application, item: { id: item.id, code: item.code }, answer };
}

/** Refuses before storing when the item is full or the file to replace is not among its files. */
async function checkRoom(db: Db, answerId: string | null, replaceId: string | null): Promise<void> {
  if (replaceId !== null) {
    const exists = answerId !== null && (await db.evidenceFile.count({ where: { id: replaceId, answerId } })) === 1;
    if (!exists) throw new AppError("not_found");
    return;
  }
  const count = answerId === null ? 0 : await db.evidenceFile.count({ where: { answerId } });
  if (count >= MAX_FILES_PER_ITEM) throw new AppError("too_many_files", undefined, { max: MAX_FILES_PER_ITEM });
}

/**
 * Holds the application row against a concurrent status change until this transaction ends
 * (a submit waits for it, or this sees the submitted status). Reads nothing for the caller: the
 * authorized queries follow.
 */
async function lockApplication(tx: Prisma.TransactionClient, applicationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Application" WHERE "id" = ${applicationId} FOR SHARE`;
}

/** Deletes the evidence row and, when nothing else uses it, its StoredFile row. */
async function deleteEvidenceRow(tx: Prisma.TransactionClient, evidence: { id: string; fileId: string }): Promise<void> {
  await tx.evidenceFile.delete({ where: { id: evidence.id } });
  if ((await tx.evidenceFile.count({ where: { fileId: evidence.fileId } })) === 0) {
    await tx.storedFile.delete({ where: { id: evidence.fileId } });
  }
}

function refusal(detection: Extract<Detection, { ok: false }>, maxBytes: number): AppError {
  switch (detection.code) {
    case "too_large":
      return new AppError("too_large", undefined, { max: megabytes(maxBytes) });
    case "type_mismatch": {
      const kind = detection.claimed ? TYPE_LABEL[detection.claimed] : "PDF, JPG, PNG";
      return new AppError("type_mismatch", undefined, { extension: `.${detection.extension ?? ""}`, kind });
    }
    default:
      return new AppError(detection.code);
  }
}
