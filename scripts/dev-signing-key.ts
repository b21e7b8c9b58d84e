// `npm start` (local use): prints the development signing certificate of the data folder as
// JSON ({ p12, passphrase }, p12 in base64), making it on first use, so the local server can sign
// certificates without a configured one. A real deployment sets SIGNING_P12_* instead.
import path from "node:path";
import { developmentKey } from "../lib/certificates/self-signed";

const dir = path.resolve(process.env.DATA_DIR || "./data", "signing");
const { p12, passphrase } = await developmentKey(dir);
process.stdout.write(JSON.stringify({ p12: p12.toString("base64"), passphrase }));
