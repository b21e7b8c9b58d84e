import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Complaints under the standard's rules, end to end: an anonymous web complaint tracked to its
// answer; a WhatsApp complaint recorded by the officer, routed to APIP (not reachable by the
// inspektorat until the Kepala approves), closed by the inspektorat, and read by the complainant.

async function staff(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dasbor$/);
  return page;
}

async function openByTicket(page: Page, ticket: string) {
  await page.goto(`/pengaduan/kelola?tab=semua&q=${encodeURIComponent(ticket)}`);
  await page.getByRole("link", { name: ticket }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ticket);
}

async function track(page: Page, ticket: string, secret: string) {
  await page.goto("/pengaduan/lacak");
  await page.getByLabel("Nomor tiket").fill(ticket);
  await page.getByLabel("Kode rahasia").fill(secret);
  await page.getByRole("button", { name: "Lihat perkembangan" }).click();
  await expect(page.getByTestId("track-result")).toBeVisible();
}

test("an anonymous complaint sent through the form is followed to its answer", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Sampaikan pengaduan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pengaduan, saran dan masukan" })).toBeVisible();

  // Sent empty first: the errors are listed, and nothing typed is lost.
  await page.getByLabel("Sampaikan tanpa identitas").check();
  await page.getByRole("button", { name: "Kirim" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Pilih jenis masalah.");
  await expect(page.getByTestId("error-summary")).toContainText("Tuliskan uraian");
  await expect(page.getByLabel("Sampaikan tanpa identitas")).toBeChecked();

  await page.getByLabel("Jenis masalah").selectOption({ label: "Jangka waktu penyelesaian" });
  await page.getByLabel("Uraian pengaduan, saran atau masukan").fill("Antrean di loket pemeriksaan berkas sangat lama pada hari Senin.");
  await page.getByRole("button", { name: "Kirim" }).click();
  await expect(page).toHaveURL(/\/pengaduan\/terkirim$/);
  const ticket = (await page.getByTestId("complaint-ticket").textContent())!.trim();
  const secret = (await page.getByTestId("complaint-secret").textContent())!.trim();
  expect(ticket).toMatch(/^ADU-\d{4}-\d{6}$/);
  expect(secret).toMatch(/^[A-Z2-9]{10}$/);
  // Without identity the standard treats it as a suggestion, and says why.
  await expect(page.getByTestId("complaint-kind")).toContainText("tidak disertai identitas");

  await track(page, ticket, secret);
  await expect(page.getByTestId("track-status")).toHaveText("Diterima");

  const officer = await staff(browser, "pengaduan@demo.tirta.test");
  await openByTicket(officer, ticket);
  await expect(officer.getByTestId("complaint-identity")).toHaveText("Tanpa identitas.");
  await officer.getByLabel("Jawaban kepada pelapor").fill("Terima kasih. Mulai pekan depan loket pemeriksaan dibuka dua.");
  await officer.getByRole("button", { name: "Kirim jawaban dan tutup" }).click();
  await expect(officer.getByTestId("complaint-done")).toContainText("Jawaban terkirim");
  await expect(officer.getByTestId("complaint-status")).toHaveText("Selesai dijawab");

  await track(page, ticket, secret);
  await expect(page.getByTestId("track-status")).toHaveText("Selesai dijawab");
  await expect(page.getByTestId("track-answer")).toHaveText("Terima kasih. Mulai pekan depan loket pemeriksaan dibuka dua.");
  // A wrong secret shows nothing.
  await page.goto("/pengaduan/lacak");
  await page.getByLabel("Nomor tiket").fill(ticket);
  await page.getByLabel("Kode rahasia").fill("ABCDEFGHJK");
  await page.getByRole("button", { name: "Lihat perkembangan" }).click();
  await expect(page.getByTestId("track-error")).toContainText("tidak cocok");
});

test("a WhatsApp complaint goes to APIP only after the Kepala approves; the inspektorat closes it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const officer = await staff(browser, "pengaduan@demo.tirta.test");
  await officer.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengaduan" }).click();
  await officer.getByRole("link", { name: "Catat pengaduan dari kanal lain" }).click();
  await officer.getByLabel("Kanal penerimaan").selectOption({ label: "WhatsApp" });
  await officer.getByLabel("Nama").fill("Wawan Setiawan");
  await officer.getByLabel(/^Nomor telepon/).fill("0812 7777 8888");
  await officer.getByLabel("Jenis masalah").selectOption({ label: "Biaya/tarif" });
  await officer.getByLabel("Uraian pengaduan, saran atau masukan").fill("Ada oknum yang meminta uang untuk mempercepat penerbitan sertifikat.");
  await officer.getByRole("button", { name: "Catat" }).click();
  await expect(officer.getByTestId("recorded")).toBeVisible();
  const ticket = (await officer.getByTestId("complaint-ticket").textContent())!.trim();
  const secret = (await officer.getByTestId("complaint-secret").textContent())!.trim();
  await officer.getByRole("link", { name: `Buka pengaduan ${ticket}` }).click();
  await expect(officer.getByTestId("complaint-kind")).toHaveText("Pengaduan");
  await expect(officer.getByTestId("complaint-identity")).toContainText("Wawan Setiawan");

  await officer.getByLabel("Inti masalah yang diadukan").fill("Dugaan pungutan liar oleh petugas.");
  await officer.getByRole("button", { name: "Simpan" }).nth(1).click();
  await expect(officer.getByTestId("complaint-done")).toContainText("Telaah tersimpan");
  await officer.getByLabel("APIP (Inspektorat)").check();
  await officer.getByRole("button", { name: "Tetapkan jalur" }).click();
  await expect(officer.getByTestId("complaint-status")).toHaveText("Menunggu persetujuan Kepala DPMPTSP");

  // Not yet the inspektorat's: not listed, and its page is not found.
  const inspektorat = await staff(browser, "inspektorat@demo.tirta.test");
  const id = officer.url().split("/").pop()!.split("?")[0]!;
  const response = await inspektorat.goto(`/pengaduan/kelola/${id}`);
  expect(response?.status()).toBe(404);

  // The Kepala DPMPTSP approves (without seeing the complainant's identity).
  const kepala = await staff(browser, "penandatangan@demo.tirta.test");
  await openByTicket(kepala, ticket);
  await expect(kepala.getByTestId("complaint-identity-hidden")).toBeVisible();
  await kepala.getByLabel("Setujui pelibatan APIP").check();
  await kepala.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(kepala.getByTestId("complaint-done")).toContainText("disetujui");

  // The inspektorat now sees it, with the identity, and closes it.
  await openByTicket(inspektorat, ticket);
  await expect(inspektorat.getByTestId("complaint-identity")).toContainText("Wawan Setiawan");
  await inspektorat.getByLabel("Jawaban kepada pelapor").fill("Hasil pemeriksaan Inspektorat: petugas yang bersangkutan dijatuhi sanksi disiplin.");
  await inspektorat.getByRole("button", { name: "Kirim jawaban dan tutup" }).click();
  await expect(inspektorat.getByTestId("complaint-status")).toHaveText("Selesai dijawab");
  await expect(inspektorat.getByTestId("complaint-events")).toContainText("Pelibatan APIP disetujui Kepala DPMPTSP");

  // The complainant reads the answer with the ticket and secret the officer passed on.
  await track(page, ticket, secret);
  await expect(page.getByTestId("track-answer")).toContainText("sanksi disiplin");
  await expect(page.getByTestId("track-steps")).toContainText("Ditindaklanjuti bersama APIP");
  await expect(page.getByTestId("track-result")).not.toContainText("Wawan");
});
