import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    roles?: Role[];
    companyId?: string | null;
  }
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[]; companyId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    roles?: Role[];
    companyId?: string | null;
  }
}
