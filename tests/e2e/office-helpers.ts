import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The office's side in the shortest honest way, through the browser: all in order, complete, no
// field visit, approved, signed. For specs that need an issued application as their start.

export async function staff(browser: Browser, email: string, url?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dasbor$/);
  if (url) await page.goto(url);
  return page;
}

export async function issueThroughTheOffice(browser: Browser, applicationId: string): Promise<void> {
  const reviewUrl = `/petugas/berkas/${applicationId}`;
  const petugas = await staff(browser, "petugas@demo.tirta.test", reviewUrl);
  for (const code of ["A.1", "A.2", "A.3", "A.4", "A.5", "B.1", "B.2", "B.3", "B.4"]) {
    await petugas.getByRole("group", { name: `Hasil pemeriksaan ${code}` }).getByLabel("Sesuai", { exact: true }).check();
  }
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan benar" }).click();
  await expect(petugas.getByTestId("review-status")).toHaveText(/lengkap dan benar/);
  await petugas.getByLabel("Alasan verifikasi lapangan tidak diperlukan").fill("Lokasi sudah diperiksa pada permohonan sebelumnya.");
  await petugas.getByRole("button", { name: "Lewati verifikasi lapangan" }).click();
  const signer = await staff(browser, "penandatangan@demo.tirta.test", reviewUrl);
  await signer.getByLabel("Setujui").check();
  await signer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(signer.getByTestId("review-status")).toHaveText("Disetujui");
  await signer.getByLabel("Kata sandi Anda").fill(DEMO_PASSWORD);
  await signer.getByRole("button", { name: "Tandatangani dan terbitkan" }).click();
  await expect(signer.getByTestId("review-status")).toHaveText("Sertifikat terbit");
  await petugas.context().close();
  await signer.context().close();
}
