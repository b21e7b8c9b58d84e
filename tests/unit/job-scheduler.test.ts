import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const deliverDueEmails = vi.fn(async () => ({ claimed: 0, sent: 0, retrying: 0, failed: 0 }));
vi.mock("@/lib/notifications/outbox", () => ({ deliverDueEmails }));

const { registerJob, runJob, startJobs, stopJobs, unregisterJob } = await import("@/lib/jobs/scheduler");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterEach(async () => {
  await stopJobs();
  for (const name of ["slow", "flaky", "late"]) unregisterJob(name);
  vi.restoreAllMocks();
});

describe("the job scheduler", () => {
  it("runs a job again and again, never two runs of it at once", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    registerJob("slow", 100, async () => {
      running++;
      most = Math.max(most, running);
      await sleep(150);
      running--;
      runs++;
    });
    await startJobs();
    // A run started by hand while the timer's run is going joins it instead of starting another.
    await sleep(150);
    await runJob("slow");
    await sleep(700);
    await stopJobs();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    const after = runs;
    await sleep(300);
    expect(runs).toBe(after);
  });

  it("logs a failing job and keeps running it", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    registerJob("flaky", 100, async () => {
      calls++;
      throw new Error("server surat mati");
    });
    await startJobs();
    await sleep(450);
    await stopJobs();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(error).toHaveBeenCalledWith("[jobs] flaky gagal / failed:", expect.any(Error));
  });

  it("starts a job registered after the start, and has the outbox sender built in", async () => {
    await startJobs();
    await startJobs(); // idempotent
    let calls = 0;
    registerJob("late", 100, async () => {
      calls++;
    });
    await sleep(300);
    expect(calls).toBeGreaterThanOrEqual(1);
    await runJob("deliver-emails");
    expect(deliverDueEmails).toHaveBeenCalled();
    await expect(runJob("unknown")).rejects.toThrow(/unknown job/);
    expect(() => registerJob("too-fast", 5, async () => {})).toThrow(/too short/);
  });
});
