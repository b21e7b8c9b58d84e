import path from "node:path";
import { z } from "zod";

// Every environment variable the portal reads, with its default. A bad value stops the
// process with a message that names the variable.

const intFrom = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "harus bilangan bulat / must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "harus URL postgresql:// / must be a postgresql:// URL")
    .optional(),
  // "memory" keeps the embedded database in memory (tests).
  PGLITE_DATA_DIR: z.string().trim().min(1).default("./data/pglite"),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  NEXTAUTH_SECRET: z.string().min(32, "minimal 32 karakter / at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("harus URL lengkap / must be a full URL").optional(),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: intFrom(1, 1000).default(5),
  LOGIN_MAX_FAILURES_PER_IP: intFrom(1, 100000).default(30),
  LOGIN_WINDOW_MINUTES: intFrom(1, 1440).default(15),
  // Evidence uploads: the size limit per file in megabytes (MiB), and where files are stored
  // (default `<DATA_DIR>/files`, see fileStorageDir()).
  UPLOAD_MAX_MB: z
    .string()
    .trim()
    .regex(/^\d+$/, "harus bilangan bulat 1–100 (megabyte) / must be a whole number of megabytes from 1 to 100")
    .transform(Number)
    .pipe(z.number().int().min(1, "minimal 1 MB / at least 1 MB").max(100, "maksimal 100 MB / at most 100 MB"))
    .default(10),
  FILE_STORAGE_DIR: z.string().trim().min(1).optional(),
  // E-mail notifications: unset keeps every e-mail waiting in the outbox (nothing is lost);
  // they go out once a server is configured. Credentials go in the URL (smtp://user:pass@host:587).
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^\s/]+/, "harus URL smtp:// atau smtps:// / must be an smtp:// or smtps:// URL")
    .optional(),
  SMTP_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/, "harus alamat e-mail, boleh dengan nama: Nama <alamat@domain> / must be an address, optionally with a name")
    .default("DPMPTSP Kabupaten Purwakarta <no-reply@dpmptsp.purwakartakab.go.id>"),
  // The signing official's certificate for the electronic signature: a PKCS#12 (.p12/.pfx) file,
  // given inline as base64 or as a path, and its passphrase. Required in production; elsewhere a
  // self-signed one is made on first use under <DATA_DIR>/signing/.
  SIGNING_P12_BASE64: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/=\s]+$/, "harus base64 / must be base64")
    .optional(),
  SIGNING_P12_PATH: z.string().trim().min(1).optional(),
  SIGNING_P12_PASSPHRASE: z.string().optional(),
  SIGNING_LOCATION: z.string().trim().min(1).max(100).default("Purwakarta"),
  // Public complaint form: submissions per client address per hour (spam protection).
  COMPLAINT_MAX_PER_HOUR: intFrom(1, 100000).default(10),
  // Certificate numbers: {tahun} is the year, {nomor} the sequence, {nomor:N} padded to N digits.
  CERTIFICATE_NUMBER_FORMAT: z
    .string()
    .trim()
    .max(100)
    .regex(/\{nomor(?::[1-9])?\}/, "harus memuat {nomor} atau {nomor:N} / must contain {nomor} or {nomor:N}")
    .default("503/SS-11050/DPMPTSP/{tahun}/{nomor:4}"),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(
      "Konfigurasi lingkungan tidak valid / invalid environment:\n" +
        issues.map((i) => `  - ${i.variable}: ${i.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Parses a set of variables (process.env by default). Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "?"),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export function dataDir(e: Env = env()): string {
  return path.resolve(e.DATA_DIR);
}

/** Where uploaded files are kept: FILE_STORAGE_DIR, else `<DATA_DIR>/files`. */
export function fileStorageDir(e: Env = env()): string {
  return path.resolve(/*turbopackIgnore: true*/ e.FILE_STORAGE_DIR ?? path.join(e.DATA_DIR, "files"));
}

/** The size limit of one uploaded file, in bytes (UPLOAD_MAX_MB × 1 048 576). */
export function uploadMaxBytes(e: Env = env()): number {
  return e.UPLOAD_MAX_MB * 1024 * 1024;
}
