import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fileStorage, sha256Hex } from "@/lib/files/storage";
import { nextSequenceValue } from "@/lib/applications/numbering";
import { notifyApplicant } from "@/lib/notifications/notify";
import { assertCurrent, loadForReview, moveStatus } from "@/lib/review/core";
import { jakartaDate } from "@/lib/sla/working-days";
import { certificateFacts } from "./facts";
import { signingKey, SigningConfigError } from "./keys";
import { formatCertificateNumber } from "./number";
import { signedCertificatePdf } from "./sign";

// The signing official signs an approved file: after confirming with their password, the
// certificate gets the next number of the year, is rendered, signed with the office's key and
// stored by its SHA-256; the application moves to `issued` and the applicant is told. All of it
// in one transaction: a failure leaves no number used, no certificate and no status change.

export const SEQUENCE_NAME = "certificate";
export const SIGN_MAX_FAILURES = 5;
const SIGN_WINDOW_MS = 15 * 60_000;

/** The unguessable part of the verification address (256 random bits). */
export function newVerificationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function verificationUrl(origin: string, token: string): string {
  return `${origin}/verifikasi/${token}`;
}

/** The signing official's printed identity; the certificate cannot be signed without it. */
async function signerOf(actor: Actor) {
  const user = await getPrisma().user.findUnique({ where: { id: actor.id }, select: { name: true, position: true, nip: true, passwordHash: true, email: true } });
  if (!user) throw new AppError("not_found");
  return user;
}

export async function issueCertificate({
  actor,
  data,
  origin,
  now = new Date(),
}: {
  actor: Actor;
  data: { applicationId: string; version: number; password: string };
  origin: string;
  now?: Date;
}): Promise<{ number: string; token: string }> {
  if (!actor.roles.includes("penandatangan")) throw new AppError("forbidden");
  const signer = await signerOf(actor);
  // Wrong passwords are recorded in the audit trail; after five within 15 minutes signing waits,
  // as sign-in does, so a left-open session cannot be used to guess the password.
  const prisma = getPrisma();
  const since = new Date(now.getTime() - SIGN_WINDOW_MS);
  if ((await prisma.auditEvent.count({ where: { actorId: actor.id, action: "certificate.sign_refused", occurredAt: { gte: since } } })) >= SIGN_MAX_FAILURES) {
    throw new AppError("sign_locked");
  }
  if (!(await verifyPassword(signer.passwordHash, data.password))) {
    await prisma.auditEvent.create({
      data: { actorId: actor.id, action: "certificate.sign_refused", entityType: "Application", entityId: data.applicationId, occurredAt: now, data: { reason: "password" } },
    });
    throw new AppError("invalid_input", { password: "signPasswordWrong" });
  }
  if (!signer.position?.trim() || !signer.nip?.trim()) throw new AppError("signer_identity_missing");
  let key;
  try {
    key = await signingKey();
  } catch (error) {
    if (error instanceof SigningConfigError) {
      console.error(`[certificate.sign] ${error.message}`);
      throw new AppError("signing_not_configured", undefined, { variable: error.variable });
    }
    throw error;
  }
  const e = env();
  const storage = fileStorage();

  return getPrisma().$transaction(async (tx) => {
    // The file is locked first, so of two signings at once the second waits here and then finds
    // the file already issued, before it takes a number or renders anything.
    await loadForReview(tx, actor, data.applicationId);
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${data.applicationId} FOR UPDATE`;
    const app = await loadForReview(tx, actor, data.applicationId);
    await assertCurrent(tx, app, data.version);
    if (app.status !== "approved") throw new AppError("transition_not_allowed", undefined, { status: app.status });
    const facts = await certificateFacts(tx, app.id);
    const year = Number(jakartaDate(now).slice(0, 4));
    const sequence = await nextSequenceValue(tx, SEQUENCE_NAME, year);
    const number = formatCertificateNumber(e.CERTIFICATE_NUMBER_FORMAT, year, sequence);
    const token = newVerificationToken();
    const pdf = await signedCertificatePdf(
      {
        ...facts,
        number,
        issuedAt: now,
        place: e.SIGNING_LOCATION,
        signer: { name: signer.name, position: signer.position!.trim(), nip: signer.nip!.trim() },
        verifyUrl: verificationUrl(origin, token),
      },
      { p12: key.p12, passphrase: key.passphrase, location: e.SIGNING_LOCATION, contactInfo: signer.email, signingTime: now },
    );
    const sha256 = sha256Hex(pdf);
    // Content-addressed: a rolled-back transaction leaves at most an unreferenced file.
    await storage.put(sha256, pdf);
    const file = await tx.storedFile.create({
      data: {
        sha256,
        size: pdf.byteLength,
        mimeType: "application/pdf",
        originalName: `sertifikat-standar-${number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`,
        uploadedById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.certificate.create({
      data: {
        applicationId: app.id,
        number,
        year,
        sequence,
        token,
        sha256,
        fileId: file.id,
        issuedAt: now,
        signerId: actor.id,
        signerName: signer.name,
        signerPosition: signer.position!.trim(),
        signerNip: signer.nip!.trim(),
      },
    });
    await moveStatus(tx, { app, name: "issue", actor, version: data.version, now, eventType: "issued", data: { certificateNumber: number, sha256 } });
    // The applicant is invited to the satisfaction survey once for this application.
    await tx.surveyInvitation.upsert({ where: { applicationId: app.id }, create: { applicationId: app.id, createdAt: now }, update: {} });
    await notifyApplicant(tx, { applicationId: app.id, type: "issued", data: { registrationNumber: app.registrationNumber, certificateNumber: number } });
    return { number, token };
  });
}
