import { randomInt, randomUUID } from "node:crypto";
import { formatRegistrationNumber } from "@/lib/applications/registration-number";
import type { Actor, Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// Files for the queue, supervision and escalation tests, made straight in the database in the
// state a test needs. Every batch carries a random token in its companies' names, so a test finds
// its own files by searching for the token, even on a PostgreSQL database other test files share.

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("");

export function token(): string {
  return `q${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

/** A registration number no other test makes: a random 5-digit series starting with 9 and a random sequence. */
export function randomRegistrationNumber(): string {
  return formatRegistrationNumber(2026, randomInt(1, 1_000_000), `9${digits(4)}`);
}

export async function kbliServiceId(): Promise<string> {
  const s = await getPrisma().serviceDefinition.findUniqueOrThrow({ where: { code: "kbli-11050" }, select: { id: true } });
  return s.id;
}

export async function makeStaff(roles: Role[], opts: { name?: string; supervisorId?: string | null; isActive?: boolean; companyId?: string | null } = {}): Promise<Actor> {
  const email = `staf-${randomUUID()}@example.test`;
  const name = opts.name ?? `Staf ${randomUUID().slice(0, 6)}`;
  const user = await getPrisma().user.create({
    data: {
      email,
      name,
      passwordHash: "x",
      supervisorId: opts.supervisorId ?? null,
      isActive: opts.isActive ?? true,
      companyId: opts.companyId ?? null,
      roles: { create: roles.map((role) => ({ role })) },
    },
    select: { id: true },
  });
  return { id: user.id, name, email, roles, companyId: opts.companyId ?? null };
}

export interface FileSpec {
  status: ApplicationStatus;
  /** "YYYY-MM-DD", the last working day. */
  dueDate?: string | null;
  submittedAt?: Date | null;
  clockPausedAt?: Date | null;
  escalatedAt?: Date | null;
  officerId?: string | null;
  technicalId?: string | null;
  /** Appended to "PT <token>": the company's name. */
  nameSuffix?: string;
  /** Reuse a company made earlier in the batch. */
  companyId?: string;
  registrationNumber?: string | null;
}

export interface MadeFile {
  id: string;
  registrationNumber: string | null;
  companyId: string;
  companyName: string;
  nib: string;
}

/** Makes files whose companies are all named "PT <tok> …". */
export async function makeFiles(tok: string, specs: FileSpec[]): Promise<MadeFile[]> {
  const prisma = getPrisma();
  const serviceId = await kbliServiceId();
  const creator = await makeStaff(["pemohon"]);
  const made: MadeFile[] = [];
  for (const [i, spec] of specs.entries()) {
    const company = spec.companyId
      ? await prisma.company.findUniqueOrThrow({ where: { id: spec.companyId }, select: { id: true, name: true, nib: true } })
      : await prisma.company.create({
          data: { nib: digits(13), name: `PT ${tok} ${spec.nameSuffix ?? `Tirta ${i}`}`, scale: "kecil" },
          select: { id: true, name: true, nib: true },
        });
    const registrationNumber =
      spec.registrationNumber !== undefined ? spec.registrationNumber : spec.status === "draft" ? null : randomRegistrationNumber();
    const app = await prisma.application.create({
      data: {
        serviceId,
        companyId: company.id,
        createdById: creator.id,
        status: spec.status,
        registrationNumber,
        submittedAt: spec.status === "draft" ? null : (spec.submittedAt ?? new Date("2026-07-01T02:00:00Z")),
        dueDate: spec.dueDate ? new Date(`${spec.dueDate}T00:00:00Z`) : null,
        completedAt: spec.dueDate ? new Date("2026-07-02T02:00:00Z") : null,
        clockPausedAt: spec.clockPausedAt ?? null,
        escalatedAt: spec.escalatedAt ?? null,
        officerId: spec.officerId ?? null,
        technicalId: spec.technicalId ?? null,
      },
      select: { id: true, registrationNumber: true },
    });
    made.push({ id: app.id, registrationNumber: app.registrationNumber, companyId: company.id, companyName: company.name, nib: company.nib });
  }
  return made;
}
