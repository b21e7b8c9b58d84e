import { expect, test, type Browser, type Page } from "@playwright/test";
import { dueDateOnComplete } from "@/lib/sla/clock";
import { HOLIDAYS_2026 } from "@/lib/sla/holidays-2026";
import { tinyJpeg } from "../fixtures/files";
import { submittedApplication } from "./filing-helpers";
import { signIn } from "./helpers";

// The office's side, end to end: the front office checks and returns the file, the applicant
// corrects it, the front office declares it complete (the clock starts), the technical team files
// its field report, the signing official approves. The timeline and the clock are checked at
// each step.

async function officer(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dasbor$/);
  return page;
}

async function openFromQueue(page: Page, number: string) {
  await page.goto("/petugas");
  await page.getByRole("searchbox", { name: "Cari" }).fill(number);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
}

function expectedDue(): string {
  const cal = { holidays: new Set(HOLIDAYS_2026.map((h) => h.date)), confirmedYears: new Set([2026]) };
  const { dueDate } = dueDateOnComplete(new Date(), 7, cal);
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${dueDate}T00:00:00Z`));
}

test("a file goes through check, correction, completion, field verification and approval", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const filed = await submittedApplication(page);

  // Front office: finds it in the queue and returns it with a note on B.1.
  const petugas = await officer(browser, "petugas@demo.tirta.test");
  await openFromQueue(petugas, filed.number);
  await expect(petugas.getByTestId("review-status")).toHaveText(/Diajukan/);
  await expect(petugas.getByTestId("clock-badge")).toContainText("Belum berjalan");
  // A PDF is shown on the page, in a frame only the portal itself may use.
  await petugas.getByTestId("review-B2").getByText("Tampilkan di halaman ini").click();
  const preview = petugas.getByTestId("review-B2").getByTitle("Pratinjau struktur.pdf");
  await expect(preview).toBeVisible();
  const shown = await petugas.request.get((await preview.getAttribute("src"))!);
  expect(shown.headers()["content-type"]).toBe("application/pdf");
  expect(shown.headers()["content-disposition"]).toMatch(/^inline/);
  expect(shown.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(shown.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  for (const code of ["A1", "A2", "A3", "A4", "A5", "B2", "B3", "B4"]) {
    await petugas.getByRole("group", { name: `Hasil pemeriksaan ${code[0]}.${code.slice(1)}` }).getByLabel("Sesuai", { exact: true }).check();
  }
  await petugas.getByRole("group", { name: "Hasil pemeriksaan B.1" }).getByLabel("Tidak sesuai").check();
  await petugas.getByLabel("Catatan untuk pemohon tentang B.1").fill("Sebutkan kapasitas setiap mesin.");
  await petugas.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await expect(petugas.getByTestId("review-done")).toContainText("dikembalikan kepada pemohon");
  await expect(petugas.getByTestId("review-status")).toHaveText(/Perlu perbaikan/);

  // Applicant: sees the note, fixes exactly that item, resubmits.
  await page.goto(filed.url);
  await expect(page.getByRole("main")).toContainText("Sebutkan kapasitas setiap mesin.");
  await expect(page.getByTestId("timeline")).toContainText("Berkas dikembalikan untuk diperbaiki");
  await expect(page.getByTestId("clock-badge")).toContainText("Belum berjalan");
  await page.getByRole("link", { name: /B\.1 Sarana dan fasilitas produksi/ }).first().click();
  await expect(page.getByTestId("officer-note")).toContainText("Sebutkan kapasitas setiap mesin.");
  // The form already says "Tersimpan pukul …" for the earlier answer: wait for this save itself.
  const saving = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await page.getByLabel("Daftar sarana dan fasilitas produksi").fill("Mesin pengisian galon, 2 unit, masing-masing 500 galon/hari");
  expect((await saving).ok()).toBe(true);
  await expect(page.getByTestId("save-state")).toContainText(/Tersimpan pukul/);
  await page.getByRole("link", { name: "Kembali ke daftar bagian" }).click();
  await expect(page.locator("#status-B1")).toHaveText(/Selesai/);
  await page.goto(`${filed.url}/periksa`);
  await page.getByRole("button", { name: "Ajukan kembali" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permohonan berhasil diajukan" })).toBeVisible();

  // Front office: everything in order now; declares it complete and the clock starts.
  await petugas.reload();
  await expect(petugas.getByTestId("review-status")).toHaveText(/Diajukan/);
  await petugas.getByRole("group", { name: "Hasil pemeriksaan B.1" }).getByLabel("Sesuai", { exact: true }).check();
  await petugas.getByRole("button", { name: "Nyatakan lengkap dan benar" }).click();
  await expect(petugas.getByTestId("review-done")).toContainText("lengkap dan benar");
  await expect(petugas.getByTestId("clock-badge")).toContainText("Tepat waktu");
  await expect(petugas.getByTestId("clock-due")).toContainText(expectedDue());
  await page.goto(filed.url);
  await expect(page.getByTestId("timeline")).toContainText("Berkas dinyatakan lengkap dan benar");
  await expect(page.getByTestId("clock-due")).toContainText(expectedDue());
  await petugas.getByLabel("Tugaskan kepada anggota tim teknis").selectOption({ label: "Rina Marlina" });
  await petugas.getByRole("button", { name: "Teruskan ke tim teknis" }).click();
  await expect(petugas.getByTestId("review-status")).toHaveText(/Verifikasi lapangan/);

  // Technical team: files the field report with a photo.
  const teknis = await officer(browser, "teknis@demo.tirta.test");
  await openFromQueue(teknis, filed.number);
  await teknis.getByLabel("Temuan").fill("Mesin dan ruang produksi sesuai dengan daftar.");
  await teknis.getByLabel("Layak diterbitkan", { exact: true }).check();
  await teknis.getByLabel("Foto lapangan (JPG atau PNG, paling banyak 10)").setInputFiles({ name: "ruang-produksi.jpg", mimeType: "image/jpeg", buffer: Buffer.from(tinyJpeg("ruang")) });
  await teknis.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(teknis.getByTestId("review-done")).toContainText("Laporan verifikasi lapangan tersimpan");
  await expect(teknis.getByTestId("field-report")).toContainText("Layak diterbitkan");

  // Signing official: approves.
  const signer = await officer(browser, "penandatangan@demo.tirta.test");
  await openFromQueue(signer, filed.number);
  await expect(signer.getByTestId("field-report")).toContainText("Mesin dan ruang produksi");
  await signer.getByLabel("Setujui").check();
  await signer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(signer.getByTestId("review-status")).toHaveText(/Disetujui/);

  // The applicant's timeline tells the whole story; the clock has stopped.
  await page.goto(filed.url);
  const timeline = page.getByTestId("timeline");
  for (const text of [
    "Permohonan diajukan",
    "Berkas dikembalikan untuk diperbaiki",
    "Diajukan kembali setelah perbaikan",
    "Berkas dinyatakan lengkap dan benar",
    "Diteruskan ke tim teknis",
    "Laporan verifikasi lapangan disampaikan",
    "Permohonan disetujui",
  ]) {
    await expect(timeline).toContainText(text);
  }
  await expect(page.getByTestId("clock-badge")).toContainText("Selesai");
  await page.goto("/notifikasi");
  await expect(page.getByRole("main")).toContainText(filed.number);
});
