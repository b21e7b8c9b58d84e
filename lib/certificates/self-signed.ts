import { generateKeyPairSync, randomBytes } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import forge from "node-forge";

// The development signing certificate: self-signed, made once per data folder and kept there
// (mode 600), so certificates issued in development keep verifying across restarts. Never used
// in production (keys.ts refuses to sign there without a configured certificate). No
// "server-only" here: `npm start` prepares it before the server starts (scripts/dev-signing-key.ts).

export const DEV_KEY_FILE = "dev-signer.json";

/** A self-signed P12 (RSA 2048, SHA-256) for development and tests. */
export function makeSelfSignedP12(passphrase: string, commonName = "Penandatangan Uji Tirta (bukan untuk produksi)"): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 86_400_000);
  const attrs = [
    { name: "commonName", value: commonName },
    { name: "organizationName", value: "DPMPTSP Kabupaten Purwakarta" },
    { name: "localityName", value: "Purwakarta" },
    { name: "countryName", value: "ID" },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: "aes256" });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

/** The development key in `dir` (e.g. `<DATA_DIR>/signing`), made on first use. */
export async function developmentKey(dir: string): Promise<{ p12: Buffer; passphrase: string }> {
  const file = path.join(dir, DEV_KEY_FILE);
  try {
    const saved = JSON.parse(await readFile(file, "utf8")) as { p12: string; passphrase: string };
    return { p12: Buffer.from(saved.p12, "base64"), passphrase: saved.passphrase };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dir, { recursive: true });
  const passphrase = randomBytes(24).toString("base64url");
  const p12 = makeSelfSignedP12(passphrase);
  // Written whole under a temporary name, then linked into place: of two processes making one at
  // once, the first link wins and the other reads that one.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, JSON.stringify({ p12: p12.toString("base64"), passphrase }), { mode: 0o600 });
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
  return developmentKey(dir);
}
