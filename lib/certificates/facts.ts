import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { CertificateData } from "./pdf";

// What the certificate says about a file, read from the database: the company, the service, the
// business scale the applicant declared (A.1) and the location (A.4). Nothing is typed twice.

const SCALE: Record<string, string> = { kecil: "Kecil", menengah: "Menengah", mikro: "Mikro", besar: "Besar" };

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** "Jl. Raya Sadang 12, Desa/Kelurahan Cijunti, Kecamatan Campaka (Kawasan Industri …)". */
export function locationText(value: unknown): string {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const parts = [text(v.address), text(v.desa) && `Desa/Kelurahan ${text(v.desa)}`, text(v.kecamatan) && `Kecamatan ${text(v.kecamatan)}`, "Kabupaten Purwakarta"].filter(Boolean);
  const estate = v.locationType === "dalam_kawasan" && text(v.estateName) ? ` (${text(v.estateName)})` : "";
  return parts.join(", ") + estate;
}

export type CertificateFacts = Omit<CertificateData, "number" | "issuedAt" | "place" | "signer" | "verifyUrl" | "draft">;

export async function certificateFacts(tx: Prisma.TransactionClient, applicationId: string): Promise<CertificateFacts> {
  const app = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      company: { select: { name: true, nib: true, npwp: true, scale: true } },
      service: { select: { kbli: true, title: true, riskLevel: true } },
      answers: { where: { item: { code: { in: ["A1", "A4"] } } }, select: { value: true, item: { select: { code: true } } } },
    },
  });
  if (!app) throw new AppError("not_found");
  const answer = (code: string) => app.answers.find((a) => a.item.code === code)?.value;
  const declared = (answer("A1") as { scale?: unknown } | undefined)?.scale;
  const scale = typeof declared === "string" ? declared : (app.company.scale ?? "");
  return {
    companyName: app.company.name,
    nib: app.company.nib,
    npwp: app.company.npwp,
    kbli: app.service.kbli,
    kbliTitle: app.service.title,
    riskLevel: app.service.riskLevel,
    scale: SCALE[scale] ?? scale,
    location: locationText(answer("A4")),
  };
}
