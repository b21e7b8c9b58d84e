import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectSignedIn, signIn } from "./helpers";

// Each demo role signs in and sees its own navigation.
const roles = [
  { email: "pemohon@demo.tirta.test", name: "Siti Rahmawati", role: "Pemohon", holidays: false, text: "PT Tirta Jernih Purwakarta (demo)" },
  { email: "petugas@demo.tirta.test", name: "Dedi Kurniawan", role: "Petugas front office", holidays: false, text: "Menyatakan berkas lengkap dan benar" },
  { email: "teknis@demo.tirta.test", name: "Rina Marlina", role: "Tim teknis", holidays: false, text: "verifikasi lapangan" },
  { email: "penandatangan@demo.tirta.test", name: "Asep Supriatna", role: "Pejabat penandatangan", holidays: false, text: "Menandatangani sertifikat" },
  { email: "pengaduan@demo.tirta.test", name: "Yanti Sumarni", role: "Pengelola pengaduan", holidays: false, text: "14 hari kerja" },
  { email: "atasan@demo.tirta.test", name: "Hendra Gunawan", role: "Atasan (supervisor)", holidays: true, text: "terlambat" },
  { email: "inspektorat@demo.tirta.test", name: "Agus Salim", role: "Inspektorat (APIP)", holidays: false, text: "APIP" },
  { email: "admin@demo.tirta.test", name: "Admin Tirta", role: "Administrator", holidays: true, text: "kalender hari libur" },
];

for (const r of roles) {
  test(`${r.role} signs in and sees its own navigation`, async ({ page }) => {
    await signIn(page, r.email);
    await expect(page).toHaveURL(/\/dasbor$/);
    await expectSignedIn(page, r.name);
    await expect(page.getByTestId("signed-in-as")).toContainText(r.role);
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link", { name: "Dasbor" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Kalender hari libur" })).toHaveCount(r.holidays ? 1 : 0);
    await expect(page.getByRole("main")).toContainText(r.text);
    if (r.holidays) {
      await nav.getByRole("link", { name: "Kalender hari libur" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Kalender hari libur" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText("Tahun Baru Imlek 2577 Kongzili");
      // No 2027 decree is seeded: the warning says so.
      await expect(page.getByTestId("calendar-warning")).toContainText("2027");
    } else {
      await page.goto("/kalender-libur");
      await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
    }
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/keluar$/);
    await expect(page.getByRole("heading", { level: 1, name: "Anda telah keluar" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
    await page.goto("/dasbor");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fdasbor/);
  });
}

test("a signed-out visitor asking for the dashboard signs in and lands on it", async ({ page }) => {
  await page.goto("/dasbor");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fdasbor/);
  await page.getByLabel("E-mail").fill("petugas@demo.tirta.test");
  await page.getByLabel("Kata sandi").fill("Demo-Tirta-2026");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expectSignedIn(page, "Dedi Kurniawan");
});

test("a wrong password shows the message, and the limit kicks in after five failures", async ({ page }) => {
  // A fresh address-book entry each run, so reruns on the same database start unlocked.
  const email = `tidak-ada-${randomUUID()}@demo.tirta.test`;
  await signIn(page, "pemohon@demo.tirta.test", "salah-sekali");
  await expect(page.getByTestId("error-summary")).toContainText("E-mail atau kata sandi salah.");
  await expect(page).toHaveURL(/\/masuk/);

  for (let i = 1; i <= 4; i++) {
    await signIn(page, email, `salah-${i}`);
    await expect(page.getByTestId("error-summary")).toContainText("E-mail atau kata sandi salah.");
  }
  await signIn(page, email, "salah-5");
  await expect(page.getByTestId("error-summary")).toContainText("Terlalu banyak percobaan masuk yang gagal untuk akun ini");
  await expect(page.getByTestId("error-summary")).toContainText(/coba lagi dalam \d+ menit/);
});

test("the form explains empty and malformed fields before sending", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("E-mail").fill("bukan-email");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Masukkan alamat e-mail yang benar");
  await expect(summary).toContainText("Masukkan kata sandi Anda");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
});

test("sign-out works without JavaScript, and the sign-out page confirms first when opened directly", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/masuk");
  // Without JavaScript the sign-in form posts to next-auth directly, so sign in through the API.
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "admin@demo.tirta.test", password: "Demo-Tirta-2026", json: "true" },
  });
  await page.goto("/keluar");
  await expect(page.getByRole("heading", { level: 1, name: "Keluar" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Anda masuk sebagai Admin Tirta");
  await page.getByRole("main").getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anda telah keluar" })).toBeVisible();
  await page.goto("/dasbor");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fdasbor/);
  await context.close();
});
