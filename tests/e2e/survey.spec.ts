import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { pdfText } from "../helpers/pdf-tools";
import { submittedApplication } from "./filing-helpers";
import { issueThroughTheOffice, staff } from "./office-helpers";

// The satisfaction survey: an applicant whose certificate was issued answers it once (a second
// try is refused); the supervisor sees the response counted and downloads the quarterly report.

test("an applicant rates the service once; the supervisor sees it counted and downloads the quarterly report", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const filed = await submittedApplication(page);

  const supervisor = await staff(browser, "atasan@demo.tirta.test");
  await supervisor.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Kinerja" }).click();
  await expect(supervisor.getByRole("heading", { level: 1, name: "Kinerja pelayanan" })).toBeVisible();
  const before = Number((await supervisor.getByTestId("ikm-responses").textContent())!.match(/\d+/)?.[0] ?? 0);

  await issueThroughTheOffice(browser, filed.id);

  // Invited on the application page; answers every question.
  await page.goto(filed.url);
  await page.getByTestId("survey-invite").getByRole("link", { name: "Isi Survei Kepuasan Masyarakat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Survei Kepuasan Masyarakat" })).toBeVisible();
  const answers = ["Sangat sesuai", "Mudah", "Cepat", "Gratis", "Sesuai", "Sangat kompeten", "Sangat sopan dan ramah", "Dikelola dengan baik", "Baik"];
  const groups = page.getByRole("group").filter({ hasText: /^\d\./ });
  for (let i = 0; i < answers.length; i++) {
    await groups.nth(i).getByLabel(answers[i]!, { exact: true }).check();
  }
  await page.getByLabel("Pekerjaan").selectOption({ label: "Wirausaha" });
  await page.getByLabel("Saran untuk perbaikan layanan (tidak wajib)").fill("Sediakan nomor antrean daring.");
  await page.getByRole("button", { name: "Kirim survei" }).click();
  await expect(page.getByTestId("survey-done")).toContainText("Terima kasih");

  // Once only: the invitation is gone, and the form is not offered again.
  await page.goto(filed.url);
  await expect(page.getByTestId("survey-invite")).toHaveCount(0);
  await page.goto(`${filed.url}/survei`);
  await expect(page.getByTestId("survey-already")).toContainText("sudah diisi");
  await expect(page.getByRole("button", { name: "Kirim survei" })).toHaveCount(0);

  // Counted on the dashboard, never next to a name.
  await supervisor.reload();
  await expect(supervisor.getByTestId("ikm-responses")).toContainText(String(before + 1));
  await expect(supervisor.getByRole("main")).not.toContainText(filed.number);
  const download = supervisor.waitForEvent("download");
  await supervisor.getByRole("link", { name: /Unduh laporan TW/ }).click();
  const report = pdfText(readFileSync((await (await download).path())!));
  expect(report).toContain("LAPORAN EVALUASI KINERJA PELAYANAN");
  expect(report).toContain("Indeks Kepuasan Masyarakat");
});
