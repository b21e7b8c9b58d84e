import { ensureMigrated } from "./index";

/** Called once when a server process starts: migrate, or stop with the reason. */
export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await ensureMigrated();
  } catch (error) {
    console.error(`\n[tirta] Server tidak dapat dimulai / cannot start:\n${(error as Error).message}\n`);
    process.exit(1);
  }
}
