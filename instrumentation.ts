// Runs once when a server process starts, before it serves: applies pending migrations, then
// starts the background jobs (e-mail outbox, …; see lib/jobs/scheduler.ts).
// A process that cannot open its database (e.g. the embedded one is held by another process)
// stops with the reason instead of serving errors.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabaseOrExit } = await import("@/lib/db/startup");
  await prepareDatabaseOrExit();
  // Not while `next build` collects pages, and not under a test runner.
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.NODE_ENV === "test" || process.env.VITEST) return;
  const { startJobs } = await import("@/lib/jobs/scheduler");
  await startJobs().catch((error: unknown) => console.error("[jobs] tidak dapat dimulai / cannot start:", error));
}
