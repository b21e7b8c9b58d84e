// A simulated applicant for the benchmarks: an HTTP client with cookies that calls the portal's
// server actions the way the browser does (action id from the build's manifest, arguments
// encoded with React's encodeReply), and the steps to get an application ready to submit.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "./lib.mjs";

process.env.NODE_ENV = "production";
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node.js");

// A tiny valid PDF (header, one empty page, cross-reference table, %%EOF).
export function tinyPdf(tag) {
  const objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"];
  let body = `%PDF-1.4\n%${tag}\n`;
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body);
}

export class Client {
  cookies = new Map();
  constructor(base) {
    this.base = base;
  }
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  async fetch(url, init = {}) {
    const res = await fetch(this.base + url, {
      redirect: "manual",
      ...init,
      headers: { origin: this.base, cookie: this.cookieHeader(), ...(init.headers ?? {}) },
    });
    this.remember(res);
    return res;
  }
  /** Calls a server action as the browser does; returns the response and its text. */
  async action(id, pagePath, args) {
    const body = await encodeReply(args);
    const res = await this.fetch(pagePath, {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}) },
      body,
    });
    return { res, text: await res.text() };
  }
}

const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"));
export function actionId(name) {
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no server action ${name} in the build`);
  return entry[0];
}

const ANSWERS = {
  A2: { siinasUsername: "pt-bench" },
  A3: { lastSubmission: "Semester II 2025" },
  A4: {
    locationType: "dalam_kawasan",
    estateName: "Kawasan Industri Bukit Indah City",
    address: "Jl. Industri No. 1",
    kecamatan: "Babakancikao",
    desa: "Cilangkap",
    coordinates: { lat: "-6.4602", lng: "107.4216" },
  },
  A5: { acknowledged: true },
  B1: { facilities: "Mesin pengisian galon, 2 unit" },
  B2: { notes: "" },
  B3: { consumerService: "Label produk dan nomor pengaduan." },
  B4: { system: "HACCP", notes: "" },
};
const EVIDENCE = ["A2", "A3", "A4", "B1", "B2", "B3", "B4"];

async function expectOk(label, { res, text }) {
  if (res.status !== 200 || !text.includes('"ok":true')) throw new Error(`${label}: HTTP ${res.status} ${text.slice(0, 300)}`);
}

/** Registers, signs in, makes a company and an application with every item answered and evidenced. */
export async function prepareApplicant(base, i) {
  const c = new Client(base);
  const email = `bench-${randomUUID()}@contoh.test`;
  const password = "kopi-pagi-27";
  await expectOk("register", await c.action(actionId("registerAction"), "/daftar", [{ name: `Pemohon Bench ${i}`, email, phone: "081234567890", password }]));
  const csrf = await (await c.fetch("/api/auth/csrf")).json();
  const signIn = await c.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }),
  });
  if (![200, 302].includes(signIn.status) || ![...c.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed: ${signIn.status}`);
  const nib = `7${String(Date.now() % 1e8).padStart(8, "0")}${String(i).padStart(4, "0")}`;
  await expectOk(
    "company",
    await c.action(actionId("createCompanyAction"), "/perusahaan", [
      { scale: "kecil", nib, npwp: "0123456784090000", name: `CV Bench ${i}`, legalForm: "CV", address: "Jl. Veteran 7", kecamatan: "Purwakarta", desa: "Nagrikaler", contactName: "Bench", email: "bench@contoh.test", phone: "0264 8224794" },
    ]),
  );
  const created = await c.action(actionId("createApplicationAction"), "/permohonan", []);
  const redirect = created.res.headers.get("x-action-redirect") ?? "";
  const id = /\/permohonan\/([a-z0-9]+)/.exec(redirect)?.[1];
  if (!id) throw new Error(`create application: ${created.res.status} ${redirect}`);
  for (const [code, value] of Object.entries(ANSWERS)) {
    await expectOk(`answer ${code}`, await c.action(actionId("saveAnswerAction"), `/permohonan/${id}/butir/${code}`, [{ applicationId: id, itemCode: code, value }]));
  }
  for (const code of EVIDENCE) {
    const form = new FormData();
    form.set("file", new Blob([tinyPdf(`${i}-${code}`)], { type: "application/pdf" }), `${code}.pdf`);
    const res = await c.fetch(`/api/permohonan/${id}/butir/${code}/berkas`, { method: "POST", body: form, headers: { accept: "application/json" } });
    if (res.status !== 201) throw new Error(`upload ${code}: ${res.status} ${await res.text()}`);
  }
  return { c, id };
}

