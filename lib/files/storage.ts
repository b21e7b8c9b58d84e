import { createHash, randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { fileStorageDir } from "@/lib/env";

/**
 * Where uploaded bytes live, addressed by their SHA-256 (64 lower-case hex digits). The same
 * content is stored once however often it is uploaded. The database keeps who uploaded what
 * (StoredFile rows); this keeps only bytes. Local folder by default; an S3-compatible bucket
 * (for many machines) implements the same three methods.
 */
export interface FileStorage {
  /** Stores the bytes under their hash; does nothing when they are already there. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes; rejects when there are none. */
  read(sha256: string): Promise<Uint8Array>;
  has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function checkHash(sha256: string): void {
  // The hash becomes a path: anything but 64 hex digits is refused before it reaches the disk.
  if (!SHA256.test(sha256)) throw new Error(`Bukan SHA-256 yang sah: ${JSON.stringify(sha256).slice(0, 80)}`);
}

/**
 * Files in a local folder as `<root>/ab/cd/<sha256>`. A file is written to a temporary name in
 * its final folder, flushed, then renamed into place, so a crash leaves either the whole file or
 * no file under the hash (a stray `.tmp-*` at worst, never read). `put` checks that the bytes
 * match the hash, so a stored file is always what its name says.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  pathOf(sha256: string): string {
    checkHash(sha256);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256), constants.F_OK);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
  }

  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(sha256);
    if (sha256Hex(bytes) !== sha256) throw new Error("Isi berkas tidak cocok dengan SHA-256-nya.");
    if (await this.has(sha256)) return;
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.tmp-${randomUUID()}`);
    try {
      const handle = await open(temp, "wx", 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Same content under the same name: if another process got there first, this replaces a
      // file with identical bytes, which is harmless.
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
  }

  async read(sha256: string): Promise<Uint8Array> {
    const buffer = await readFile(this.pathOf(sha256));
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}

const holder = globalThis as unknown as { __tirtaFileStorage?: { dir: string; storage: FileStorage } };

/** The process's file storage, from the environment (FILE_STORAGE_DIR / DATA_DIR). */
export function fileStorage(): FileStorage {
  const dir = fileStorageDir();
  if (holder.__tirtaFileStorage?.dir !== dir) {
    holder.__tirtaFileStorage = { dir, storage: new LocalFileStorage(dir) };
  }
  return holder.__tirtaFileStorage.storage;
}
