import { expect, type Page } from "@playwright/test";
import { tinyJpeg, tinyPdf, tinyPng } from "../fixtures/files";
import { registerApplicantWithCompany } from "./account-helpers";

// Browser steps of an applicant filling the KBLI 11050 checklist, shared by the specs.

export async function upload(page: Page, name: string, bytes: Uint8Array, mimeType: string) {
  await page.getByLabel("Unggah berkas bukti").setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  await expect(page.getByText(`Berkas ${name} tersimpan.`)).toBeVisible();
}

export async function saved(page: Page) {
  await expect(page.getByTestId("save-state")).toContainText(/Tersimpan pukul \d{2}\.\d{2}/);
}

export async function openSection(page: Page, title: RegExp) {
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
}

export async function back(page: Page) {
  await page.getByRole("link", { name: "Kembali ke daftar bagian" }).click();
}

export const typeOf = (file: string) => (file.endsWith(".pdf") ? "application/pdf" : file.endsWith(".png") ? "image/png" : "image/jpeg");
export const bytesOf = (file: string) => (file.endsWith(".pdf") ? tinyPdf(file) : file.endsWith(".png") ? tinyPng(file) : tinyJpeg(file));

/** Fills A.2–B.4 (A.1 comes from the company profile) on the task list page `page` is on. */
export async function fillEverySection(page: Page) {
  const simple: [RegExp, string | null, string, string | null][] = [
    [/A\.2 Akun Sistem Informasi Industri Nasional/, "Nama pengguna (username) akun SIINas", "pt-uji-e2e", "akun-siinas.png"],
    [/A\.3 Penyampaian data industri/, "Periode atau tanggal penyampaian data terakhir", "Semester II 2025", "laporan-siinas.pdf"],
  ];
  for (const [title, label, text, file] of simple) {
    await openSection(page, title);
    if (label) {
      await page.getByLabel(label).fill(text);
      await saved(page);
    }
    if (file) await upload(page, file, bytesOf(file), typeOf(file));
    await back(page);
  }
  await openSection(page, /A\.4 Lokasi usaha/);
  await page.getByLabel("Di dalam Kawasan Industri").check();
  await page.getByLabel("Nama Kawasan Industri").fill("Kawasan Industri Bukit Indah City");
  await page.getByLabel("Alamat lokasi usaha").fill("Jl. Industri No. 5");
  await page.getByLabel("Kecamatan").fill("Babakancikao");
  await page.getByLabel("Desa/Kelurahan").fill("Cilangkap");
  await page.getByLabel("Lintang").fill("-6.4602");
  await page.getByLabel("Bujur").fill("107.4216");
  await saved(page);
  await upload(page, "lokasi.pdf", bytesOf("lokasi.pdf"), "application/pdf");
  await back(page);
  await openSection(page, /A\.5 Perizinan berusaha/);
  await page.getByRole("checkbox").check();
  await saved(page);
  await back(page);
  await fillSpecialSections(page);
}

/** Fills the special requirements B.1–B.4, each with its document, on the task list page. */
export async function fillSpecialSections(page: Page) {
  const special: [RegExp, string | null, string, string][] = [
    [/B\.1 Sarana dan fasilitas produksi/, "Daftar sarana dan fasilitas produksi", "Mesin pengisian galon, 2 unit", "mesin.jpg"],
    [/B\.2 Struktur organisasi SDM/, null, "", "struktur.pdf"],
    [/B\.3 Pelayanan minimal kepada konsumen/, "Uraian pelayanan kepada konsumen", "Label produk dan nomor pengaduan konsumen.", "layanan.png"],
    [/B\.4 Sistem manajemen usaha perusahaan/, "Sistem manajemen yang diterapkan", "HACCP", "haccp.pdf"],
  ];
  for (const [title, label, text, file] of special) {
    await openSection(page, title);
    if (label) {
      await page.getByLabel(label).fill(text);
      await saved(page);
    }
    await upload(page, file, bytesOf(file), typeOf(file));
    await back(page);
  }
  await expect(page.getByTestId("progress")).toHaveText("9 dari 9 bagian selesai");
}

/** A fresh applicant with a submitted application; returns its number and the applicant's login. */
export async function submittedApplication(page: Page) {
  const account = await registerApplicantWithCompany(page, "kecil");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[a-z0-9]+$/);
  const url = page.url();
  await fillEverySection(page);
  await page.getByRole("link", { name: "Periksa jawaban dan ajukan" }).click();
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan berhasil diajukan" })).toBeVisible();
  const number = (await page.getByTestId("confirmation-number").textContent())?.trim() ?? "";
  return { ...account, number, url, id: new URL(url).pathname.split("/")[2]! };
}
