// Removes what a photo says about where and by whom it was taken, before the photo is stored.
// Phones write the GPS position, the time and the camera/owner name into EXIF, XMP and IPTC
// (JPEG) or eXIf and text chunks (PNG). A complaint attachment is shown to officers and may reach
// the company complained about, so it must not reveal where the complainant lives.
// Only metadata containers are dropped; pixels and what is needed to show them the same way
// (JFIF, ICC colour profile, Adobe colour transform, tables) are copied byte for byte, so the
// image is not re-encoded and loses no quality. Bytes after the end of the image (JPEG EOI, PNG
// IEND) are dropped too: phones append a second image there (depth map, preview; MPF) with its
// own EXIF and the same GPS position. Pure functions over bytes, no I/O.

// APPn segments kept: APP0 JFIF, APP2 ICC_PROFILE, APP14 Adobe. Other APPn (APP1 Exif/XMP,
// APP13 Photoshop/IPTC, APP11 JUMBF/C2PA, …) and COM are dropped.
const JPEG_KEPT_APP = new Set([0xe0, 0xe2, 0xee]);
// caBX holds C2PA content credentials, which may repeat the EXIF position.
const PNG_DROPPED = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME", "caBX"]);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const jpegError = (reason: string) => new Error(`Berkas JPEG rusak: ${reason}`);
const pngError = (reason: string) => new Error(`Berkas PNG rusak: ${reason}`);
const hex = (byte: number) => `FF ${byte.toString(16).toUpperCase().padStart(2, "0")}`;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Where the entropy-coded data of a scan ends: the first FF that is not FF 00 (a stuffed byte), RSTn or fill. */
function endOfScan(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    const next = bytes[i + 1]!;
    if (bytes[i] === 0xff && next !== 0x00 && next !== 0xff && (next < 0xd0 || next > 0xd7)) return i;
  }
  throw jpegError("data gambar terpotong sebelum penanda EOI");
}

function stripJpeg(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw jpegError("tidak diawali penanda SOI");
  const kept = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at >= bytes.length) throw jpegError("berakhir sebelum penanda EOI");
    if (bytes[at] !== 0xff) throw jpegError(`tidak ada penanda di posisi ${at}`);
    let m = at + 1;
    while (bytes[m] === 0xff) m++; // fill bytes before the marker code
    const marker = bytes[m];
    if (marker === undefined) throw jpegError("berakhir di tengah penanda");
    if (marker === 0xd9) {
      kept.push(bytes.subarray(at, m + 1)); // EOI; anything after it is dropped (see above)
      return concat(kept);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(at, m + 1)); // TEM, RSTn: markers without a length
      at = m + 1;
      continue;
    }
    if (marker === 0x00 || marker === 0xd8) throw jpegError(`penanda ${hex(marker)} tidak sah di posisi ${m}`);
    if (m + 2 >= bytes.length) throw jpegError(`panjang segmen ${hex(marker)} terpotong`);
    const length = (bytes[m + 1]! << 8) | bytes[m + 2]!;
    let end = m + 1 + length;
    if (length < 2 || end > bytes.length) throw jpegError(`segmen ${hex(marker)} di posisi ${m} terpotong`);
    // SOS: the scan's entropy-coded data follows its header and belongs with it.
    if (marker === 0xda) end = endOfScan(bytes, end);
    const isMetadata = marker === 0xfe || (marker >= 0xe0 && marker <= 0xef && !JPEG_KEPT_APP.has(marker));
    if (!isMetadata) kept.push(bytes.subarray(at, end));
    at = end;
  }
}

function stripPng(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) throw pngError("tidak diawali tanda PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = [bytes.subarray(0, 8)];
  // Each chunk: length (4), type (4), data (length), CRC (4). Kept chunks are copied with their CRC.
  for (let at = 8; ; ) {
    if (at === bytes.length) throw pngError("tidak ada chunk IEND");
    if (at + 12 > bytes.length) throw pngError(`chunk di posisi ${at} terpotong`);
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) throw pngError(`chunk di posisi ${at} terpotong`);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!PNG_DROPPED.has(type)) kept.push(bytes.subarray(at, end));
    if (type === "IEND") return concat(kept); // anything after it is dropped (see above)
    at = end;
  }
}

/** The image without metadata that can identify a person or a place (EXIF incl. GPS, XMP, IPTC, comments, text chunks). Other types are returned unchanged. */
export function stripImageMetadata(bytes: Uint8Array, mimeType: string): Uint8Array {
  if (mimeType === "image/jpeg") return stripJpeg(bytes);
  if (mimeType === "image/png") return stripPng(bytes);
  return bytes;
}
