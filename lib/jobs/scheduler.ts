import "server-only";

// Background work inside the server process: each job runs every `intervalMs`, never overlapping
// itself (the next run is timed from the end of the previous one), and a failure is logged, never
// thrown, so a job cannot bring the server down. Jobs must be safe when several processes run
// them at once (PostgreSQL with many app processes): claim work with row locks, as the outbox does.
//
// Add a job with `registerJob(name, intervalMs, fn)`; registered before `startJobs()` it starts
// with the others, after it starts at once. The built-in jobs are listed in `builtInJobs()`.

export type JobFn = () => Promise<unknown>;

interface Job {
  name: string;
  intervalMs: number;
  fn: JobFn;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
}

interface State {
  jobs: Map<string, Job>;
  started: boolean;
}

// One scheduler per process, shared by every bundle Next.js builds.
const holder = globalThis as unknown as { __tirtaJobs?: State };
function state(): State {
  holder.__tirtaJobs ??= { jobs: new Map(), started: false };
  return holder.__tirtaJobs;
}

export function registerJob(name: string, intervalMs: number, fn: JobFn): void {
  if (!Number.isFinite(intervalMs) || intervalMs < 100) throw new Error(`registerJob(${name}): interval terlalu pendek / too short: ${intervalMs}`);
  const s = state();
  const existing = s.jobs.get(name);
  if (existing?.timer) clearTimeout(existing.timer);
  const job: Job = { name, intervalMs, fn };
  s.jobs.set(name, job);
  if (s.started) schedule(job, Math.min(1_000, intervalMs));
}

/** Removes a job (its run in progress, if any, finishes). */
export function unregisterJob(name: string): void {
  const s = state();
  const job = s.jobs.get(name);
  if (job?.timer) clearTimeout(job.timer);
  s.jobs.delete(name);
}

/** Starts every registered job (and the built-in ones). Idempotent. */
export async function startJobs(): Promise<void> {
  const s = state();
  if (s.started) return;
  for (const [name, intervalMs, fn] of await builtInJobs()) {
    if (!s.jobs.has(name)) s.jobs.set(name, { name, intervalMs, fn });
  }
  s.started = true;
  // A short first delay lets the server finish starting before the first run.
  for (const job of s.jobs.values()) schedule(job, Math.min(2_000, job.intervalMs));
  console.info(`[jobs] berjalan / running: ${[...s.jobs.values()].map((j) => `${j.name} (${j.intervalMs / 1000} s)`).join(", ")}`);
}

/** Stops the timers and waits for runs in progress (tests; a graceful shutdown). */
export async function stopJobs(): Promise<void> {
  const s = state();
  s.started = false;
  for (const job of s.jobs.values()) {
    if (job.timer) clearTimeout(job.timer);
    job.timer = undefined;
  }
  await Promise.all([...s.jobs.values()].map((j) => j.running));
}

/** Runs one job now (unless it is already running), logging instead of throwing. */
export async function runJob(name: string): Promise<void> {
  const job = state().jobs.get(name);
  if (!job) throw new Error(`[jobs] tidak dikenal / unknown job: ${name}`);
  await run(job);
}

function run(job: Job): Promise<void> {
  job.running ??= (async () => {
    try {
      await job.fn();
    } catch (error) {
      console.error(`[jobs] ${job.name} gagal / failed:`, error);
    } finally {
      job.running = undefined;
    }
  })();
  return job.running;
}

function schedule(job: Job, delayMs: number): void {
  const timer = setTimeout(async () => {
    await run(job);
    // Re-arm only if this job is still the registered one and the scheduler still runs.
    if (state().started && state().jobs.get(job.name) === job) schedule(job, job.intervalMs);
  }, delayMs);
  // Timers alone do not keep the process alive.
  timer.unref?.();
  job.timer = timer;
}

async function builtInJobs(): Promise<[string, number, JobFn][]> {
  const { deliverDueEmails } = await import("@/lib/notifications/outbox");
  const { escalateOverdue } = await import("@/lib/supervision/escalate");
  const { escalateOverdueComplaints } = await import("@/lib/complaints/escalate");
  return [
    ["deliver-emails", 10_000, () => deliverDueEmails()],
    // Files whose due date has passed are reported to the supervisor once.
    ["escalate-overdue", 5 * 60_000, () => escalateOverdue()],
    ["escalate-overdue-complaints", 5 * 60_000, () => escalateOverdueComplaints()],
  ];
}
