import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { APPLICANT_PASSWORD as PASSWORD, fillProfile, freshEmail, freshNib, registerApplicant } from "./account-helpers";
import { expectSignedIn, signIn } from "./helpers";

// Registration, the company profile with its scale gate, invitations and password change, as an
// applicant does them in the browser. Every test makes its own fresh account.

const NEW_PASSWORD = "teh-sore-2026";
const DEMO_NIB = "9120301234567"; // the seeded demo company's

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the sign-in page and the home page lead to registration", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByRole("link", { name: "Daftar", exact: true }).click();
  await expect(page).toHaveURL(/\/daftar$/);
  await expect(page.getByRole("heading", { level: 1, name: "Daftar akun pemohon" })).toBeVisible();
  // The rule is shown before anything is typed.
  await expect(page.getByTestId("password-rule")).toContainText("minimal 10 karakter");
  await page.goto("/");
  await page.getByRole("link", { name: "Belum punya akun? Daftar sebagai pemohon" }).click();
  await expect(page).toHaveURL(/\/daftar$/);
});

test("registration explains wrong fields before sending, and refuses a registered e-mail", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByLabel("E-mail").fill("bukan-email");
  await page.getByLabel("Nomor telepon atau HP").fill("12345");
  await page.getByLabel("Kata sandi", { exact: true }).fill("pendek1");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Masukkan nama lengkap Anda");
  await expect(summary).toContainText("Masukkan alamat e-mail yang benar");
  await expect(summary).toContainText("Masukkan nomor telepon Indonesia");
  await expect(summary).toContainText("Gunakan minimal 10 karakter");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Nama lengkap").fill("Siti Lain");
  await page.getByLabel("E-mail").fill("pemohon@demo.tirta.test");
  await page.getByLabel("Nomor telepon atau HP").fill("+62 812 3456 7890");
  await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(summary).toContainText("Sudah ada akun dengan alamat e-mail ini");
  await expect(page).toHaveURL(/\/daftar$/);
});

test("a new applicant lands on the company page, is stopped at Mikro, and saves a Kecil profile", async ({ page }) => {
  await registerApplicant(page);
  await expect(page.getByRole("heading", { level: 1, name: "Profil perusahaan" })).toBeVisible();
  // The scale comes first: nothing else is asked.
  await expect(page.getByLabel("NIB (Nomor Induk Berusaha)")).toHaveCount(0);

  await page.getByLabel("Mikro", { exact: true }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  const stop = page.getByTestId("scale-ineligible");
  await expect(stop).toBeFocused();
  await expect(stop).toContainText("Permohonan tidak dapat dilanjutkan");
  await expect(stop).toContainText("permohonan untuk usaha mikro tidak dapat dilanjutkan di sini");
  await expect(page.getByLabel("NIB (Nomor Induk Berusaha)")).toHaveCount(0);

  await page.getByLabel("Besar", { exact: true }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByTestId("scale-ineligible")).toContainText("Pemerintah Pusat");
  await expect(page.getByLabel("NIB (Nomor Induk Berusaha)")).toHaveCount(0);

  await page.getByLabel("Kecil", { exact: true }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByTestId("chosen-scale")).toContainText("Kecil");

  // A wrong NIB is explained with an example, before anything is sent.
  await fillProfile(page, "91203012345");
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Masukkan NIB 13 digit, misalnya 9120301234567");
  await expect(page.getByLabel("NIB (Nomor Induk Berusaha)")).toHaveAttribute("aria-invalid", "true");

  // An NIB another company already has: the way in is an invitation.
  await page.getByLabel("NIB (Nomor Induk Berusaha)").fill(DEMO_NIB);
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(summary).toContainText("NIB ini sudah dipakai");
  await expect(summary).toContainText("/perusahaan/anggota");

  await page.getByLabel("NIB (Nomor Induk Berusaha)").fill(freshNib());
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/perusahaan\?disimpan=baru$/);
  await expect(page.getByTestId("company-saved")).toContainText("Profil perusahaan tersimpan");
  const profile = page.getByTestId("company-summary");
  await expect(profile).toContainText("CV Air Bening Uji");
  await expect(profile).toContainText("0012 3456 7840 9000");
  await expect(profile).toContainText("NPWP 15 digit: 01.234.567.8-409.000");
  await expect(profile).toContainText("+62 264 8224794");
  await expect(profile).toContainText("Kecil");

  // Later edits go through "Ubah".
  await page.getByRole("link", { name: "Ubah profil perusahaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ubah profil perusahaan" })).toBeVisible();
  await page.getByLabel("Nama perusahaan").fill("CV Air Bening Sejahtera");
  await page.getByLabel("Skala usaha").selectOption("menengah");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(/\/perusahaan\?disimpan=ubah$/);
  await expect(page.getByTestId("company-summary")).toContainText("CV Air Bening Sejahtera");
  await expect(page.getByTestId("company-summary")).toContainText("Menengah");

  // The dashboard no longer asks for a company.
  await page.goto("/dasbor");
  await expect(page.getByTestId("company-cta")).toHaveCount(0);
});

test("an applicant without a company is sent from the dashboard to the company page", async ({ page }) => {
  await registerApplicant(page, "Rina Tanpa Perusahaan");
  await page.goto("/dasbor");
  const cta = page.getByTestId("company-cta");
  await expect(cta).toContainText("lengkapi profil perusahaan");
  await cta.getByRole("link", { name: "Isi profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/perusahaan$/);
});

test("an applicant changes the password, older sessions end, and the new password signs in", async ({ page, browser }) => {
  const { email, name } = await registerApplicant(page, "Dewi Ganti Sandi");
  // A second device signed in before the change.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);
  await expectSignedIn(otherPage, name);

  await page.goto("/akun");
  await page.getByRole("link", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ubah kata sandi" })).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill("salah-sekali-1");
  await page.getByLabel("Kata sandi baru").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Kata sandi saat ini salah");

  await page.getByLabel("Kata sandi saat ini").fill(PASSWORD);
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page).toHaveURL(/\/masuk\?info=kata-sandi-diubah$/);
  await expect(page.getByTestId("sign-in-info")).toContainText("Kata sandi Anda sudah diubah");

  // The other device's session no longer works.
  await otherPage.goto("/akun");
  await expect(otherPage).toHaveURL(/\/masuk\?callbackUrl=%2Fakun/);
  await other.close();

  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId("error-summary")).toContainText("E-mail atau kata sandi salah.");
  await signIn(page, email, NEW_PASSWORD);
  await expectSignedIn(page, name);
});

test("the account page changes name and phone", async ({ page }) => {
  await registerApplicant(page, "Agus Nama Lama");
  await page.goto("/akun");
  await page.getByLabel("Nama lengkap").fill("Agus Nama Baru");
  await page.getByLabel("Nomor telepon atau HP").fill("12");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Masukkan nomor telepon Indonesia");
  await page.getByLabel("Nomor telepon atau HP").fill("62 813 1111 2222");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("saved")).toContainText("Perubahan tersimpan");
  await expect(page.getByTestId("signed-in-as")).toContainText("Agus Nama Baru");
  await page.reload();
  await expect(page.getByLabel("Nomor telepon atau HP")).toHaveValue("+62 813-1111-2222");
});

test("a member invites a colleague, who registers straight into the company; a bad link is explained", async ({ page, browser }) => {
  await signIn(page, "pemohon@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/perusahaan/anggota");
  await expect(page.getByRole("heading", { level: 1, name: "Anggota perusahaan" })).toBeVisible();
  const colleague = freshEmail();
  await page.getByLabel("E-mail rekan").fill(colleague);
  await page.getByRole("button", { name: "Buat tautan undangan" }).click();
  const link = await page.getByLabel("Tautan undangan").inputValue();
  expect(link).toMatch(/\/daftar\?undangan=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("pending-invitations")).toContainText(colleague);

  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("main")).toContainText("Anda diundang bergabung dengan PT Tirta Jernih Purwakarta (demo)");
  await expect(invitee.getByLabel("E-mail")).toHaveValue(colleague);
  await invitee.getByLabel("Nama lengkap").fill("Rekan Baru");
  await invitee.getByLabel("Nomor telepon atau HP").fill("0813 2222 3333");
  await invitee.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
  await invitee.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(invitee).toHaveURL(/\/perusahaan$/);
  await expect(invitee.getByTestId("company-summary")).toContainText("PT Tirta Jernih Purwakarta (demo)");

  // Used once: the same link now says so.
  await other.clearCookies();
  await invitee.goto(link);
  await expect(invitee.getByTestId("invitation-problem")).toContainText("sudah dipakai");
  await invitee.goto("/daftar?undangan=tidak-dikenal");
  await expect(invitee.getByTestId("invitation-problem")).toContainText("tidak dikenal");
  await other.close();

  await page.reload();
  await expect(page.getByTestId("member-list")).toContainText(colleague);
});

test("a petugas may not open the company pages", async ({ page }) => {
  await signIn(page, "petugas@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/perusahaan");
  await expect(page.getByRole("heading", { level: 1, name: "Tidak diizinkan" })).toBeVisible();
});

for (const width of [1280, 360]) {
  test(`no serious or critical violation on the account and company pages at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const check = async (path: string) => {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
    };
    await check("/daftar");
    await check("/daftar?undangan=tidak-dikenal");
    await check("/masuk?info=kata-sandi-diubah");
    await registerApplicant(page, "Axe Pemohon");
    for (const path of ["/perusahaan", "/perusahaan?skala=mikro", "/perusahaan?skala=", "/perusahaan?skala=kecil", "/akun", "/akun/kata-sandi", "/dasbor"]) {
      await check(path);
    }
    // With errors shown.
    await page.goto("/perusahaan?skala=kecil");
    await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
    await expect(page.getByTestId("error-summary")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/keluar$/);
    await signIn(page, "pemohon@demo.tirta.test");
    await expect(page).toHaveURL(/\/dasbor$/);
    for (const path of ["/perusahaan", "/perusahaan/ubah", "/perusahaan/anggota"]) {
      await check(path);
    }
  });
}

test("the scale gate and the profile form work with the keyboard alone", async ({ page }) => {
  await registerApplicant(page, "Keyboard Pemohon");
  // The first scale option, the arrow keys within the group, Tab to the button, Enter.
  await page.getByLabel("Mikro", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Kecil", { exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Lanjutkan" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chosen-scale")).toContainText("Kecil");
  await page.getByLabel("NIB (Nomor Induk Berusaha)").focus();
  await page.keyboard.press("Enter");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  // The summary's first link leads into the first wrong field.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("NIB (Nomor Induk Berusaha)")).toBeFocused();
});
