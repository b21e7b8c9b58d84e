import { expect, test } from "@playwright/test";

test("a newcomer learns what the service is, what it costs and how long it takes", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Tirta/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sertifikat Standar KBLI 11050");
  const main = page.getByRole("main");
  await expect(main.getByText("Gratis", { exact: true }).first()).toBeVisible();
  await expect(main.getByText("7 hari kerja").first()).toBeVisible();
  await expect(main.getByRole("link", { name: /Masuk/ }).first()).toHaveAttribute("href", "/masuk");
  // Landmarks and the skip link.
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("081809898222");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten utama" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the language switch turns the portal into English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Service standard" }).first()).toBeVisible();
  // The choice holds on the next page.
  await page.goto("/standar-pelayanan");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: /Requirements/ })).toBeVisible();
  await page.getByRole("button", { name: "Switch language to Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 2, name: /Persyaratan/ }).first()).toBeVisible();
});

test("the service standard shows all 14 components of the published standard", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Standar Pelayanan" }).click();
  await expect(page).toHaveURL(/\/standar-pelayanan$/);
  const components = [
    "Persyaratan",
    "Sistem, Mekanisme dan Prosedur",
    "Jangka Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Layanan",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Dasar Hukum",
    "Sarana, Prasarana, dan Fasilitas",
    "Kompetensi Pelaksana",
    "Pengawasan Internal",
    "Jumlah Pelaksana",
    "Jaminan Pelayanan",
    "Jaminan Keamanan dan Keselamatan Pelayanan",
    "Evaluasi Kinerja Pelaksana",
  ];
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  const texts = (await headings.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  for (const [i, name] of components.entries()) {
    expect(texts.some((t) => t.includes(name)), `component ${i + 1} ${name}`).toBe(true);
  }
  const main = page.getByRole("main");
  await expect(main).toContainText("7 hari kerja sejak diterimanya berkas permohonan secara lengkap dan benar");
  await expect(main).toContainText("Gratis");
  await expect(main).toContainText("30 Orang");
  await expect(main).toContainText("Peraturan Pemerintah Nomor 5 Tahun 2021");
  await expect(main).toContainText("Jalan Veteran Nomor 139");
  await expect(main).toContainText("Inspektorat Kabupaten Purwakarta");
  await expect(main).toContainText("PASTI");
  await expect(main).toContainText("ID pegawai");
});

test("health and security headers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { allApplied: true } });

  const home = await request.get("/");
  const h = home.headers();
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
});

test("the pages work under the Content-Security-Policy: no violations, scripts run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/", "/standar-pelayanan", "/masuk"]) await page.goto(path);
  // The sign-in form validates in the browser: proof that the page's scripts ran.
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Masukkan alamat e-mail Anda").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("an unknown address gets the not-found page", async ({ page }) => {
  const response = await page.goto("/tidak-ada-halaman-ini");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
});
