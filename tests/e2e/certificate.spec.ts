import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfText, readQrCode } from "../helpers/pdf-tools";
import { submittedApplication } from "./filing-helpers";
import { DEMO_PASSWORD, signIn } from "./helpers";

// The product end to end: the signing official reads the draft and signs an approved file; the
// applicant downloads the signed PDF; its QR code opens the public verification page ("valid");
// the downloaded file checks as authentic and a changed copy does not; after revocation the page
// says "revoked".

async function staff(browser: Browser, email: string, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto(url);
  return page;
}

async function uploadForCheck(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel("Berkas PDF sertifikat").setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
}

test("a certificate is signed, downloaded, verified by its QR code, checked as a file, and revoked", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const filed = await submittedApplication(page);
  const reviewUrl = `/petugas/berkas/${filed.id}`;

  // Front office: all in order, complete, no field visit needed. Signing official: approves.
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

  // The draft is readable first, marked as a draft, with the official's own name and NIP.
  const draftLink = signer.getByRole("link", { name: /Baca draf sertifikat/ });
  const draft = await signer.request.get((await draftLink.getAttribute("href"))!);
  expect(draft.headers()["content-type"]).toBe("application/pdf");
  const draftText = pdfText(await draft.body());
  expect(draftText).toContain("DRAF — BELUM DITANDATANGANI");
  expect(draftText).toContain("Drs. H. Asep Supriatna, M.Si.");
  expect(draftText).toContain("NIP 196907151994031005");

  // A wrong password signs nothing; the right one signs and issues.
  await signer.getByLabel("Kata sandi Anda").fill("bukan-kata-sandi");
  await signer.getByRole("button", { name: "Tandatangani dan terbitkan" }).click();
  await expect(signer.getByTestId("review-error")).toContainText("Kata sandi salah");
  await expect(signer.getByTestId("review-status")).toHaveText("Disetujui");
  await signer.getByLabel("Kata sandi Anda").fill(DEMO_PASSWORD);
  await signer.getByRole("button", { name: "Tandatangani dan terbitkan" }).click();
  await expect(signer.getByTestId("review-done")).toContainText("ditandatangani dan diterbitkan");
  await expect(signer.getByTestId("review-status")).toHaveText("Sertifikat terbit");
  const number = (await signer.getByTestId("certificate-number").textContent())!.trim();
  expect(number).toMatch(/^503\/SS-11050\/DPMPTSP\/\d{4}\/\d{4}$/);

  // The applicant is told, and downloads the signed PDF from the application page.
  await page.goto(filed.url);
  await expect(page.getByTestId("timeline")).toContainText("Sertifikat Standar ditandatangani dan terbit");
  await expect(page.getByTestId("certificate-number")).toHaveText(number);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Unduh sertifikat/ }).click();
  const pdf = readFileSync((await (await download).path())!);
  const text = pdfText(pdf);
  for (const expected of ["SERTIFIKAT STANDAR", number, "Industri Air Minum dan Air Mineral", "Menengah Tinggi", "Terverifikasi", "NIP 196907151994031005"]) {
    expect(text).toContain(expected);
  }

  await page.goto("/permohonan");
  await expect(page.getByRole("link", { name: `Unduh sertifikat ${number}` })).toHaveAttribute("href", `/permohonan/${filed.id}/sertifikat`);

  // Its QR code opens the public verification page, signed out.
  const qr = readQrCode(pdf);
  expect(qr).toMatch(new RegExp(`^${baseURL}/verifikasi/[A-Za-z0-9_-]{43}$`));
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(qr!);
  await expect(visitor.getByTestId("verification-state")).toHaveAttribute("data-state", "valid");
  await expect(visitor.getByTestId("verification")).toContainText(number);
  await expect(visitor.getByTestId("verification")).toContainText("DPMPTSP Kabupaten Purwakarta");
  await expect(visitor.getByTestId("verification")).not.toContainText("196907151994031005");

  // The downloaded file is authentic; a copy with one byte changed is not.
  await uploadForCheck(visitor, "sertifikat.pdf", pdf);
  await expect(visitor.getByTestId("verify-result")).toContainText("Berkas asli");
  await expect(visitor.getByTestId("verify-result")).toContainText("Tanda tangan elektronik utuh");
  const changed = Buffer.from(pdf);
  const at = changed.indexOf("/Producer");
  changed[at + 1] = changed[at + 1] === 0x50 ? 0x51 : 0x50;
  await uploadForCheck(visitor, "sertifikat-diubah.pdf", changed);
  await expect(visitor.getByTestId("verify-result")).toContainText("Berkas tidak asli");
  await expect(visitor.getByTestId("verify-result")).toContainText("Tanda tangan elektronik rusak");
  await uploadForCheck(visitor, "bukan.pdf", Buffer.from("ini bukan PDF"));
  await expect(visitor.getByTestId("verify-result")).toContainText("bukan PDF");

  // Revoked by the signing official: the same page says so at once, with the reason.
  await signer.reload();
  await signer.getByLabel("Alasan pencabutan").fill("Lokasi usaha tidak lagi sesuai tata ruang.");
  await signer.getByRole("button", { name: "Cabut sertifikat" }).click();
  await expect(signer.getByTestId("review-done")).toContainText("Sertifikat dicabut");
  await visitor.goto(qr!);
  await expect(visitor.getByTestId("verification-state")).toHaveAttribute("data-state", "revoked");
  await expect(visitor.getByTestId("verification")).toContainText("Lokasi usaha tidak lagi sesuai tata ruang.");
});

test("an unknown or malformed verification address says unknown, never an error", async ({ page }) => {
  for (const token of ["A".repeat(43), "tidak-ada", "%27%3B--"]) {
    const response = await page.goto(`/verifikasi/${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("verification-state")).toHaveAttribute("data-state", "unknown");
  }
  await page.goto("/verifikasi");
  await page.getByRole("button", { name: "Periksa berkas" }).click(); // the browser asks for a file first
  await expect(page.getByTestId("verify-result")).toHaveCount(0);
});
