// The application pages as a browser gets them: the JavaScript shipped (gzipped) to the task
// list and to two section pages (the location form, and a section with evidence uploads), and
// Lighthouse's performance and accessibility scores for them in the system Chromium (mobile
// profile, Lighthouse's default simulated throttling).
//
//   node bench/application-page.mjs [--port 3204] [--no-lighthouse]
//
// Lighthouse is not a dependency of the portal: it is fetched into the npm cache by
// `npx lighthouse@13.5.0` when this benchmark runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { prepareApplicant } from "./applicant.mjs";
import { root, startPortal, stopPortal } from "./lib.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3204" }, "no-lighthouse": { type: "boolean", default: false } },
});
const port = Number(values.port);
const base = `http://localhost:${port}`;
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const chromeFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const resultsDir = path.join(root, "bench", "results");
const dataDir = path.join(resultsDir, "application-page-data");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

async function scriptWeight(context, url) {
  const page = await context.newPage();
  const scripts = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() === "script") scripts.push(res);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  let raw = 0;
  let gz = 0;
  for (const res of scripts) {
    const body = await res.body();
    raw += body.length;
    gz += gzipSync(body).length;
  }
  await page.close();
  return { scripts: scripts.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gz / 1024) };
}

function lighthouse(url, cookie) {
  const out = path.join(resultsDir, `lighthouse-${url.split("/").slice(-2).join("-")}.json`);
  const run = spawnSync(
    "npx",
    [
      "--yes",
      "lighthouse@13.5.0",
      url,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=${chromeFlags.join(" ")}`,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "inherit", "inherit"], timeout: 180_000 },
  );
  if (run.status !== 0) return { error: `lighthouse exited ${run.status}` };
  const report = JSON.parse(readFileSync(out, "utf8"));
  const failed = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && report.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
    .map((a) => a.id);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    accessibilityFailures: failed,
  };
}

const portal = await startPortal({ port, dataDir });
try {
  const { c, id } = await prepareApplicant(base, 0);
  const cookie = c.cookieHeader();
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  const context = await browser.newContext();
  await context.addCookies([...c.cookies].map(([name, value]) => ({ name, value, url: base })));
  const pages = {
    taskList: `${base}/permohonan/${id}`,
    location: `${base}/permohonan/${id}/butir/A4`,
    evidence: `${base}/permohonan/${id}/butir/B1`,
  };
  const weight = {};
  for (const [name, url] of Object.entries(pages)) weight[name] = await scriptWeight(context, url);
  await browser.close();

  const scores = {};
  if (!values["no-lighthouse"]) for (const [name, url] of Object.entries(pages)) scores[name] = lighthouse(url, cookie);

  const summary = { date: new Date().toISOString(), node: process.version, javascript: weight, lighthouse: scores };
  writeFileSync(path.join(resultsDir, "application-page.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await stopPortal(portal.child);
}
