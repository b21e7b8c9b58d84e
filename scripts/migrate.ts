// `npm run db:migrate`: applies pending migrations to the configured database.
import { database } from "@/lib/db";

const db = database();
try {
  const report = await db.migrate();
  console.info(
    report.applied.length ? `[db] diterapkan: ${report.applied.join(", ")}` : "[db] semua migrasi sudah diterapkan",
  );
} catch (error) {
  console.error(`[db] migrasi gagal: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
