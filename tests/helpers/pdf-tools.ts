import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";

// Reading PDFs back as a person would, with poppler's tools: the text (pdftotext), and the QR
// code on page 1 (rendered by pdftoppm, decoded by jsQR).

function withFile<T>(bytes: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "tirta-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "));
}

/** The text of the QR code on page 1, or null when none is found. */
export function readQrCode(bytes: Uint8Array): string | null {
  return withFile(bytes, (file, dir) => {
    const out = path.join(dir, "page");
    execFileSync("pdftoppm", ["-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile", file, out]);
    const pgm = readFileSync(`${out}.pgm`);
    // Binary PGM: "P5 <width> <height> <max>" and one grey byte per pixel.
    const header = pgm.toString("latin1", 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error("pdftoppm did not write a PGM");
    const [width, height] = [Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
    return jsQR(rgba, width, height)?.data ?? null;
  });
}
