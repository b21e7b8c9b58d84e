import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The next number of a gap-free yearly sequence, taken inside the caller's transaction: the
 * counter row is locked by the update until that transaction ends, so concurrent callers get
 * consecutive numbers, and a rolled-back transaction gives its number back.
 */
export async function nextSequenceValue(tx: Prisma.TransactionClient, name: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "NumberSequence" ("name", "year", "lastValue") VALUES (${name}, ${year}, 1)
    ON CONFLICT ("name", "year") DO UPDATE SET "lastValue" = "NumberSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  const value = rows[0]?.lastValue;
  if (typeof value !== "number") throw new Error(`sequence ${name}/${year} returned no value`);
  return value;
}
