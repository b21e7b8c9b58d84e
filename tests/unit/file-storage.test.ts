import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalFileStorage, sha256Hex } from "@/lib/files/storage";
import { tinyPdf, tinyPng } from "../fixtures/files";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "tirta-files-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe("LocalFileStorage", () => {
  it("stores bytes under ab/cd/<sha256> and reads them back", async () => {
    const storage = new LocalFileStorage(root);
    const bytes = tinyPdf("storage");
    const sha = sha256Hex(bytes);
    expect(await storage.has(sha)).toBe(false);
    await storage.put(sha, bytes);
    expect(await storage.has(sha)).toBe(true);
    expect(await allFiles(root)).toEqual([path.join(sha.slice(0, 2), sha.slice(2, 4), sha)]);
    expect(Buffer.from(await storage.read(sha)).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(await readFile(storage.pathOf(sha))).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stores the same content once, and leaves no temporary file behind", async () => {
    const storage = new LocalFileStorage(root);
    const bytes = tinyPng("sekali");
    const sha = sha256Hex(bytes);
    await Promise.all([storage.put(sha, bytes), storage.put(sha, bytes), storage.put(sha, bytes)]);
    const before = await stat(storage.pathOf(sha));
    await storage.put(sha, bytes);
    expect((await stat(storage.pathOf(sha))).mtimeMs).toBe(before.mtimeMs);
    expect(await allFiles(root)).toHaveLength(1);
  });

  it("refuses bytes that do not match the hash, and hashes that are not 64 hex digits", async () => {
    const storage = new LocalFileStorage(root);
    const bytes = tinyPdf("a");
    await expect(storage.put(sha256Hex(tinyPdf("b")), bytes)).rejects.toThrow(/SHA-256/);
    for (const bad of ["../../etc/passwd", "A".repeat(64), "0".repeat(63), `${"0".repeat(62)}/x`]) {
      await expect(storage.put(bad, bytes)).rejects.toThrow(/SHA-256/);
      await expect(storage.read(bad)).rejects.toThrow(/SHA-256/);
      await expect(storage.has(bad)).rejects.toThrow(/SHA-256/);
    }
    expect(await allFiles(root)).toEqual([]);
  });

  it("rejects a read of content it does not have", async () => {
    await expect(new LocalFileStorage(root).read("f".repeat(64))).rejects.toThrow();
  });
});
