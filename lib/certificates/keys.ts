import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import forge from "node-forge";
import { dataDir, env, type Env } from "@/lib/env";
import { developmentKey } from "./self-signed";

export { makeSelfSignedP12 } from "./self-signed";

// The signing official's key material for the electronic signature. In production it is the
// official's PKCS#12 file from the environment (SIGNING_P12_BASE64 or SIGNING_P12_PATH, with
// SIGNING_P12_PASSPHRASE); without it signing refuses to start and names what is missing.
// Elsewhere a self-signed development certificate is made once under <DATA_DIR>/signing/ and
// reused, so certificates issued in development keep verifying across restarts.

export interface SigningKey {
  p12: Buffer;
  passphrase: string;
  /** The signer certificate's subject common name and its SHA-256 fingerprint (hex). */
  subject: string;
  fingerprint: string;
  /** True for the generated development certificate. */
  development: boolean;
}

/** Signing cannot start: the message names the variable to set or fix. */
export class SigningConfigError extends Error {
  constructor(
    message: string,
    readonly variable: string,
  ) {
    super(message);
    this.name = "SigningConfigError";
  }
}

/** Opens a P12 with its passphrase and describes its certificate; throws when it cannot. */
export function describeP12(p12: Buffer, passphrase: string): { subject: string; fingerprint: string } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString("binary"))), passphrase);
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag!;
  const certBag = forge.pki.oids.certBag!;
  const keys = parsed.getBags({ bagType: keyBag })[keyBag] ?? [];
  const certs = parsed.getBags({ bagType: certBag })[certBag] ?? [];
  const cert = certs[0]?.cert;
  if (!cert || keys.length === 0) throw new Error("the P12 holds no certificate with its private key");
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  const fingerprint = forge.md.sha256.create().update(der).digest().toHex();
  const subject = String(cert.subject.getField("CN")?.value ?? "");
  return { subject, fingerprint };
}

async function configuredKey(e: Env): Promise<{ p12: Buffer; passphrase: string } | null> {
  if (!e.SIGNING_P12_BASE64 && !e.SIGNING_P12_PATH) return null;
  if (e.SIGNING_P12_PASSPHRASE === undefined) {
    throw new SigningConfigError("Penandatanganan tidak dapat dimulai: SIGNING_P12_PASSPHRASE belum diatur.", "SIGNING_P12_PASSPHRASE");
  }
  let p12: Buffer;
  if (e.SIGNING_P12_BASE64) {
    p12 = Buffer.from(e.SIGNING_P12_BASE64.replace(/\s+/g, ""), "base64");
  } else {
    try {
      p12 = await readFile(path.resolve(/*turbopackIgnore: true*/ e.SIGNING_P12_PATH!));
    } catch {
      throw new SigningConfigError(`Penandatanganan tidak dapat dimulai: berkas SIGNING_P12_PATH (${e.SIGNING_P12_PATH}) tidak dapat dibaca.`, "SIGNING_P12_PATH");
    }
  }
  return { p12, passphrase: e.SIGNING_P12_PASSPHRASE };
}

let cached: Promise<SigningKey> | undefined;

/** The key to sign with (loaded once per process). */
export function signingKey(e: Env = env()): Promise<SigningKey> {
  cached ??= loadSigningKey(e).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Loads and checks the key for `e`, without the cache (tests use it with their own settings). */
export async function loadSigningKey(e: Env): Promise<SigningKey> {
  const configured = await configuredKey(e);
  if (!configured && e.NODE_ENV === "production") {
    throw new SigningConfigError(
      "Penandatanganan tidak dapat dimulai: sertifikat penandatangan belum diatur. Isi SIGNING_P12_BASE64 (isi berkas .p12 dalam base64) atau SIGNING_P12_PATH (lokasi berkas .p12), beserta SIGNING_P12_PASSPHRASE.",
      "SIGNING_P12_BASE64",
    );
  }
  const { p12, passphrase } = configured ?? (await developmentKey(path.join(dataDir(e), "signing")));
  let described: { subject: string; fingerprint: string };
  try {
    described = describeP12(p12, passphrase);
  } catch {
    throw new SigningConfigError(
      "Penandatanganan tidak dapat dimulai: berkas P12 tidak dapat dibuka; periksa SIGNING_P12_PASSPHRASE dan isi berkasnya.",
      configured ? "SIGNING_P12_PASSPHRASE" : "DATA_DIR",
    );
  }
  return { p12, passphrase, ...described, development: !configured };
}
