// Runs once when a server process starts, before it serves: applies pending migrations.
// A process that cannot open its database (e.g. the embedded one is held by another process)
// stops with the reason instead of serving errors.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabaseOrExit } = await import("@/lib/db/startup");
  await prepareDatabaseOrExit();
}
