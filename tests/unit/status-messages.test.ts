import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import en from "@/messages/en";
import id from "@/messages/id";

// Every status has a plain-words label (namespace `status`, reused by every page that shows a
// status) and a one-line meaning on the tracking page, in both languages.
const STATUSES = Object.values(ApplicationStatus);

describe("status labels", () => {
  for (const [locale, messages] of [
    ["id", id],
    ["en", en],
  ] as const) {
    it(`has a label and a tracking explanation for every ApplicationStatus in ${locale}`, () => {
      expect(Object.keys(messages.status).sort()).toEqual([...STATUSES].sort());
      expect(Object.keys(messages.tracking.meaning).sort()).toEqual([...STATUSES].sort());
      for (const status of STATUSES) {
        expect(messages.status[status].trim().length, status).toBeGreaterThan(0);
        expect(messages.tracking.meaning[status].trim().length, status).toBeGreaterThan(0);
      }
    });
  }

  it("says in Indonesian what the standard calls each step", () => {
    expect(id.status.complete).toBe("Berkas lengkap dan benar");
    expect(id.status.submitted).toContain("Diajukan");
    expect(id.status.issued).toBe("Sertifikat terbit");
    expect(new Set(Object.values(id.status)).size).toBe(STATUSES.length);
    expect(new Set(Object.values(en.status)).size).toBe(STATUSES.length);
  });
});
