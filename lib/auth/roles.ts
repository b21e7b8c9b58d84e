import { Role } from "@/lib/generated/prisma/enums";

export { Role };
export const ROLES = Object.values(Role) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as string[]).includes(value);
}

/** Who is acting: a signed-in user, or the public (null). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  companyId: string | null;
}
