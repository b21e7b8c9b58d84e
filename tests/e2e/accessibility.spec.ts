import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { registerApplicantWithCompany } from "./account-helpers";
import { signIn } from "./helpers";

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const path of ["/", "/standar-pelayanan", "/masuk", "/tidak-diizinkan", "/keluar", "/daftar", "/lacak", "/verifikasi", `/verifikasi/${"A".repeat(43)}`, "/verifikasi?hasil=tidak-cocok&ttd=rusak", "/pengaduan", "/pengaduan/lacak", "/pengaduan/terkirim"]) {
  for (const width of [1280, 360]) {
    test(`no serious or critical accessibility violation on ${path} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
      // Usable at this width: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test("no serious or critical violation on the English home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical violation on the signed-in pages", async ({ page }) => {
  await signIn(page, "admin@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/kalender-libur");
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical violation on the supervisor's and complaints officer's pages, on a phone and a desktop", async ({ page }) => {
  test.setTimeout(120_000);
  for (const [email, paths] of [
    ["atasan@demo.tirta.test", ["/kinerja", "/kinerja?tahun=2026&triwulan=semua", "/pengawasan", "/pengaduan/kelola"]],
    ["pengaduan@demo.tirta.test", ["/pengaduan/kelola/catat"]],
  ] as const) {
    await page.context().clearCookies();
    await signIn(page, email);
    await expect(page).toHaveURL(/\/dasbor$/);
    for (const path of paths) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
      }
    }
  }
});

test("no serious or critical violation on the applicant's pages, on a phone and a desktop", async ({ page }) => {
  test.setTimeout(120_000);
  await registerApplicantWithCompany(page, "kecil");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[a-z0-9]+$/);
  const app = new URL(page.url()).pathname;
  for (const path of ["/dasbor", "/perusahaan", "/akun", "/permohonan", app, `${app}/butir/A1`, `${app}/butir/A4`, `${app}/butir/B1`, `${app}/periksa`]) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
});
