// Certificate numbers from the configured pattern (CERTIFICATE_NUMBER_FORMAT): `{tahun}` is the
// year, `{nomor}` the sequence within the year, `{nomor:N}` the sequence padded with zeros to N
// digits. Pure; the sequence itself comes from the database (gap-free, see issue.ts).

export const DEFAULT_CERTIFICATE_NUMBER_FORMAT = "503/SS-11050/DPMPTSP/{tahun}/{nomor:4}";

/** "503/SS-11050/DPMPTSP/2026/0001" for (format, 2026, 1). */
export function formatCertificateNumber(format: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence}`);
  if (!/\{nomor(?::[1-9])?\}/.test(format)) throw new Error("the format has no {nomor}");
  return format
    .replaceAll("{tahun}", String(year))
    .replace(/\{nomor(?::([1-9]))?\}/g, (_, width: string | undefined) => String(sequence).padStart(width ? Number(width) : 0, "0"));
}
