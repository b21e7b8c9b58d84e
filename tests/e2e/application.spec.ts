import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { tinyJpeg, tinyPdf, tinyPng } from "../fixtures/files";
import { registerApplicantWithCompany } from "./account-helpers";
import { back, fillSpecialSections, openSection, saved, upload } from "./filing-helpers";
import { signIn } from "./helpers";

// The applicant's whole path: register, fill every section with real uploads, leave, come back
// and resume, check answers, submit, download the receipt, follow the timeline.

test("a new applicant files a complete application and follows it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { email, password } = await registerApplicantWithCompany(page, "kecil");

  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan Sertifikat Standar KBLI 11050" })).toBeVisible();
  await expect(page.getByTestId("progress")).toHaveText("1 dari 9 bagian selesai"); // A.1 from the company profile
  const url = page.url();

  await openSection(page, /A\.2 Akun Sistem Informasi Industri Nasional/);
  await page.getByLabel("Nama pengguna (username) akun SIINas").fill("pt-uji-e2e");
  await saved(page);
  await upload(page, "akun-siinas.png", tinyPng("siinas"), "image/png");
  await back(page);

  await openSection(page, /A\.3 Penyampaian data industri/);
  await page.getByLabel("Periode atau tanggal penyampaian data terakhir").fill("Semester II 2025");
  await saved(page);
  await upload(page, "laporan-siinas.pdf", tinyPdf("laporan"), "application/pdf");
  await back(page);

  // Leave here: sign out, sign in again (a fresh browser, as on another device), and resume.
  await expect(page.getByTestId("progress")).toHaveText("3 dari 9 bagian selesai");
  await page.getByRole("button", { name: "Keluar" }).first().click();
  const other = await browser.newContext();
  const device = await other.newPage();
  await signIn(device, email, password);
  await expect(device).toHaveURL(/\/dasbor$/);
  await device.goto(url);
  await expect(device.getByTestId("progress")).toHaveText("3 dari 9 bagian selesai");
  await openSection(device, /A\.2 Akun Sistem Informasi Industri Nasional/);
  await expect(device.getByLabel("Nama pengguna (username) akun SIINas")).toHaveValue("pt-uji-e2e");
  await expect(device.getByRole("link", { name: /Unduh akun-siinas\.png/ })).toBeVisible();
  await back(device);

  await openSection(device, /A\.4 Lokasi usaha/);
  await device.getByLabel("Di luar Kawasan Industri").check();
  await device.getByLabel(/^Industri kecil atau industri menengah/).check();
  await device.getByLabel("Penjelasan kondisi tersebut").fill("Industri kecil yang tidak menimbulkan pencemaran berdampak luas.");
  await device.getByLabel("Saya menyatakan bahwa lokasi usaha berada di Kawasan Peruntukan Industri.").check();
  await device.getByLabel("Alamat lokasi usaha").fill("Jl. Raya Sadang No. 12, RT 01/RW 02");
  await device.getByLabel("Kecamatan").fill("Campaka");
  await device.getByLabel("Desa/Kelurahan").fill("Cijunti");
  await device.getByLabel("Lintang").fill("-6.5569");
  await device.getByLabel("Bujur").fill("107.4433");
  await saved(device);
  await upload(device, "lokasi.jpg", tinyJpeg("lokasi"), "image/jpeg");
  await back(device);

  await openSection(device, /A\.5 Perizinan berusaha/);
  await device.getByRole("checkbox").check();
  await saved(device);
  await back(device);

  await fillSpecialSections(device);

  await device.getByRole("link", { name: "Periksa jawaban dan ajukan" }).click();
  await expect(device.getByRole("heading", { level: 1, name: "Periksa jawaban Anda" })).toBeVisible();
  await expect(device.getByTestId("check-A4")).toContainText("Jl. Raya Sadang No. 12");
  await expect(device.getByTestId("check-B4")).toContainText("haccp.pdf");
  await expect(device.getByRole("link", { name: /Ubah A\.2/ })).toBeVisible();
  await device.getByRole("button", { name: "Ajukan permohonan" }).click();

  await expect(device.getByRole("heading", { level: 1, name: "Permohonan berhasil diajukan" })).toBeVisible();
  const number = (await device.getByTestId("confirmation-number").textContent())?.trim() ?? "";
  expect(number).toMatch(/^SS-11050-\d{4}-\d{6}$/);
  await expect(device.getByRole("main")).toContainText("7 hari kerja");
  await expect(device.getByRole("main")).toContainText("gratis");

  const download = device.waitForEvent("download");
  await device.getByRole("link", { name: "Unduh tanda terima (PDF)" }).click();
  const file = await (await download).path();
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  expect(text).toContain(number);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

  await device.getByRole("link", { name: "Lihat permohonan" }).click();
  await expect(device.getByTestId("registration-number")).toContainText(number);
  await expect(device.getByTestId("timeline")).toContainText("Draf dibuat");
  await expect(device.getByTestId("timeline")).toContainText("Permohonan diajukan");
  await other.close();
});

test("a bad upload is refused with the message and nothing is listed", async ({ page }) => {
  await registerApplicantWithCompany(page, "menengah");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await openSection(page, /B\.2 Struktur organisasi SDM/);
  await page.getByLabel("Unggah berkas bukti").setInputFiles({ name: "struktur.pdf", mimeType: "application/pdf", buffer: Buffer.from("ini bukan PDF") });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Isi berkas tidak sesuai dengan namanya");
  await page.getByLabel("Unggah berkas bukti").setInputFiles({ name: "kosong.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Berkas kosong");
  await expect(page.getByText("Belum ada berkas yang diunggah.")).toBeVisible();

  // A good file, then replaced, then removed.
  await upload(page, "struktur.pdf", tinyPdf("struktur-1"), "application/pdf");
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Ganti berkas struktur.pdf" }).click();
  await (await chooser).setFiles({ name: "struktur-baru.png", mimeType: "image/png", buffer: Buffer.from(tinyPng("struktur-2")) });
  await expect(page.getByText("Berkas struktur-baru.png tersimpan menggantikan berkas lama.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Unduh struktur\.pdf/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Hapus berkas struktur-baru.png" }).click();
  await expect(page.getByText("Berkas struktur-baru.png dihapus.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Belum ada berkas yang diunggah.")).toBeVisible();
});

test("another company's application is not found", async ({ page, browser }) => {
  await registerApplicantWithCompany(page, "kecil");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/")[2]!;
  const stranger = await (await browser.newContext()).newPage();
  await registerApplicantWithCompany(stranger, "kecil");
  for (const path of [`/permohonan/${id}`, `/permohonan/${id}/butir/A2`, `/permohonan/${id}/periksa`, `/permohonan/${id}/tanda-terima`]) {
    const res = await stranger.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("nothing typed is lost when the connection drops: the form says so and saves when it is back", async ({ page, context }) => {
  await registerApplicantWithCompany(page, "kecil");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await openSection(page, /B\.4 Sistem manajemen usaha perusahaan/);
  await context.setOffline(true);
  await page.getByLabel("Sistem manajemen yang diterapkan").fill("ISO 22000");
  await expect(page.getByTestId("save-state")).toContainText("Belum tersimpan");
  await context.setOffline(false);
  await saved(page);
  await page.reload();
  await expect(page.getByLabel("Sistem manajemen yang diterapkan")).toHaveValue("ISO 22000");
});

test("submission is refused with the list of what is missing", async ({ page }) => {
  await registerApplicantWithCompany(page, "kecil");
  await page.goto("/permohonan");
  await page.getByRole("button", { name: "Buat permohonan baru" }).click();
  await expect(page).toHaveURL(/\/permohonan\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/permohonan/${id}/periksa`);
  await expect(page.getByRole("main")).toContainText("Lengkapi bagian berikut terlebih dahulu");
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  const summary = page.getByTestId("submit-error");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("8 bagian belum selesai");
  await expect(summary.getByRole("link", { name: /B\.4 Sistem manajemen/ })).toBeVisible();
});
