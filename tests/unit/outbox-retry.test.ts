import { describe, expect, it } from "vitest";
import { afterFailure, backoffMs, MAX_ATTEMPTS } from "@/lib/notifications/retry";

describe("backoffMs", () => {
  it("waits 30 s, 1 min, 2 min … doubling, capped at one hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => backoffMs(n) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });
  it("never overflows or goes below the first delay", () => {
    expect(backoffMs(1_000_000)).toBe(3_600_000);
    expect(backoffMs(0)).toBe(30_000);
    expect(backoffMs(-5)).toBe(30_000);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-11-25T03:00:00Z");
  it("tries again later until the tenth failure, then gives up", () => {
    expect(afterFailure(1, now)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-11-25T03:00:30Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-11-25T04:00:00Z") });
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ status: "failed" });
    expect(MAX_ATTEMPTS).toBe(10);
  });
});
