import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    roles?: Role[];
    companyId?: string | null;
  }
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[]; companyId: string | null };
    /** When the user signed in (epoch ms); sessions older than the last password change are refused. */
    issuedAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    roles?: Role[];
    companyId?: string | null;
    /** Set once at sign-in (epoch ms); unlike `iat`, it does not move when the token is refreshed. */
    issuedAt?: number;
  }
}
