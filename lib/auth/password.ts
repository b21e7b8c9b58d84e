import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
const options = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Compared against when the account does not exist, so the answer takes as long either way.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$dDvFBknDWn0yA2admTtwwg$SKEIlABneVWyeVGz1Ass36l8JYoXj1JBThApUC8iwow";

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(hashed ?? DUMMY_HASH, password);
    return hashed !== null && ok;
  } catch {
    return false;
  }
}
