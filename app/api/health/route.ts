import { databaseHealth } from "@/lib/db";

export const dynamic = "force-dynamic";

// For load balancers and operators: 200 when the database answers and every migration is
// applied, 503 otherwise. Says nothing about the data itself.
export async function GET() {
  const db = await databaseHealth();
  if (db.error) console.error(`[health] database: ${db.error}`);
  const migrationsApplied = db.pendingMigrations !== null && db.pendingMigrations.length === 0;
  const ok = db.reachable && migrationsApplied;
  return Response.json(
    {
      status: ok ? "ok" : "degraded",
      database: { reachable: db.reachable, kind: db.kind },
      migrations: { allApplied: migrationsApplied, pending: db.pendingMigrations ?? [] },
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
