// `npm run db:seed`: applies migrations, then seeds reference data and (outside production)
// the demo accounts. Set SEED_DEMO=false to leave the demo accounts out.
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { seed } from "@/lib/seed";

const e = env();
const db = database();
try {
  await db.migrate();
  const demoAccounts = e.SEED_DEMO ? e.SEED_DEMO === "true" : e.NODE_ENV !== "production";
  const report = await seed(db.prisma, { demoAccounts, nodeEnv: e.NODE_ENV });
  console.info(
    `[seed] layanan ${report.service}, ${report.requirementItems} persyaratan, ${report.holidays} hari libur 2026` +
      (report.demoAccounts ? `, ${report.demoAccounts} akun demo` : ""),
  );
} catch (error) {
  console.error(`[seed] gagal: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
