import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectSignedIn, signIn } from "./helpers";

// The officer queue (/petugas) and the supervision page (/pengawasan). The queue is driven by GET
// parameters only, so it is bookmarkable and works without JavaScript. Other specs submit files
// at the same time, so these tests search for a name nobody has rather than count the files.
const NOBODY = "Tidak Ada Perusahaan Bernama Ini 9z7";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function searchNobody(page: Page) {
  await page.getByRole("link", { name: "Semua berkas" }).click();
  await expect(page).toHaveURL(/\/petugas\?tab=semua$/);
  await page.getByLabel("Cari", { exact: true }).fill(NOBODY);
  await page.getByLabel("Jam layanan").selectOption("terlambat");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/\/petugas\?tab=semua&q=Tidak\+Ada\+Perusahaan.*&tenggat=terlambat/);
  await expect(page.getByTestId("queue-count")).toHaveText("Tidak ada berkas");
  await expect(page.getByText("Tidak ada berkas yang cocok dengan saringan ini.")).toBeVisible();
  // The form shows what was asked, so the page can be bookmarked and read back.
  await expect(page.getByLabel("Cari", { exact: true })).toHaveValue(NOBODY);
  await expect(page.getByLabel("Jam layanan")).toHaveValue("terlambat");
  await expect(page.getByRole("link", { name: "Semua berkas" })).toHaveAttribute("aria-current", "page");
}

test("an officer opens the queue from the menu, searches and filters it through the address", async ({ page }) => {
  await signIn(page, "petugas@demo.tirta.test");
  await expectSignedIn(page, "Dedi Kurniawan");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Antrean berkas" }).click();
  await expect(page).toHaveURL(/\/petugas$/);
  await expect(page.getByRole("heading", { level: 1, name: "Antrean berkas" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Perlu tindakan" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main")).toContainText("7 hari kerja");
  expect(await seriousViolations(page)).toEqual([]);
  await searchNobody(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Hapus saringan" }).click();
  await expect(page).toHaveURL(/\/petugas\?tab=semua$/);
});

test("without JavaScript the queue's tabs, search and filters still work", async ({ page, browser }) => {
  // Signed in with JavaScript (the sign-in form is not the subject here), then browsing without.
  await signIn(page, "petugas@demo.tirta.test");
  await expectSignedIn(page, "Dedi Kurniawan");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: test.info().project.use.baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  });
  try {
    const noJs = await context.newPage();
    await noJs.goto("/petugas");
    await expect(noJs.getByRole("heading", { level: 1, name: "Antrean berkas" })).toBeVisible();
    await searchNobody(noJs);
  } finally {
    await context.close();
  }
});

test("hostile parameters show the queue, not an error", async ({ page }) => {
  await signIn(page, "teknis@demo.tirta.test");
  await expectSignedIn(page, "Rina Marlina");
  await page.goto("/petugas?halaman=-5&status=draft&tab=semua&tab=x&tenggat=%3Cscript%3E&q=%00%27%3B%20DROP%20TABLE");
  await expect(page.getByRole("heading", { level: 1, name: "Antrean berkas" })).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("");
  await page.goto("/petugas?halaman=999999999");
  await expect(page.getByRole("heading", { level: 1, name: "Antrean berkas" })).toBeVisible();
});

test("a supervisor sees the supervision page; an applicant sees neither page", async ({ page }) => {
  await signIn(page, "atasan@demo.tirta.test");
  await expectSignedIn(page, "Hendra Gunawan");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengawasan" }).click();
  await expect(page).toHaveURL(/\/pengawasan$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pengawasan" })).toBeVisible();
  await expect(page.getByTestId("supervision-summary")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Semua berkas terlambat di antrean" }).click();
  await expect(page).toHaveURL(/\/petugas\?tab=semua&tenggat=terlambat$/);
  await expect(page.getByLabel("Jam layanan")).toHaveValue("terlambat");

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/keluar$/);
  await signIn(page, "pemohon@demo.tirta.test");
  await expectSignedIn(page, "Siti Rahmawati");
  await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Antrean berkas" })).toHaveCount(0);
  for (const path of ["/petugas", "/pengawasan"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
  }
});
