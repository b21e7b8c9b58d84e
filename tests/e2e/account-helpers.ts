import { randomInt, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// Browser steps for a fresh applicant account (tests/e2e/accounts.spec.ts), usable by any spec
// that needs its own applicant: register through /daftar, then pass the scale gate and save a
// company profile.

export const APPLICANT_PASSWORD = "kopi-pagi-27";

export const freshEmail = () => `pemohon-${randomUUID()}@contoh.test`;
export const freshNib = () => `8${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;

/** Registers through /daftar (signed in at once) and waits for the company page it lands on. */
export async function registerApplicant(page: Page, name = "Budi Santoso", password = APPLICANT_PASSWORD) {
  const email = freshEmail();
  await page.goto("/daftar");
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Nomor telepon atau HP").fill("0812-3456-7890");
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page).toHaveURL(/\/perusahaan$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
  return { email, name, password };
}

/** Fills the company profile form (step 2) with valid details and the given NIB. */
export async function fillProfile(page: Page, nib: string, companyName = "CV Air Bening Uji") {
  await page.getByLabel("NIB (Nomor Induk Berusaha)").fill(nib);
  await page.getByLabel("NPWP perusahaan").fill("01.234.567.8-409.000");
  await page.getByLabel("Nama perusahaan").fill(companyName);
  await page.getByLabel("Bentuk badan usaha").selectOption("CV");
  await page.getByLabel("Alamat perusahaan").fill("Jalan Veteran No. 7");
  await page.getByLabel("Kecamatan").fill("Purwakarta");
  await page.getByLabel("Desa/kelurahan").fill("Nagrikaler");
  await page.getByLabel("Narahubung").fill("Budi Santoso");
  await page.getByLabel("E-mail perusahaan").fill("info@airbening.test");
  await page.getByLabel("Telepon perusahaan").fill("(0264) 8224794");
}

/** A fresh applicant with a saved company profile of the given eligible scale. */
export async function registerApplicantWithCompany(
  page: Page,
  scale: "kecil" | "menengah" = "kecil",
  name = "Pemohon Uji",
) {
  const account = await registerApplicant(page, name);
  await page.getByLabel(scale === "kecil" ? "Kecil" : "Menengah", { exact: true }).check();
  await page.getByRole("button", { name: "Lanjutkan" }).click();
  const nib = freshNib();
  const companyName = `CV Uji ${randomUUID().slice(0, 8)}`;
  await fillProfile(page, nib, companyName);
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/perusahaan\?disimpan=baru$/);
  return { ...account, nib, companyName };
}
