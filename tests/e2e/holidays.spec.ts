import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The holiday calendar's administration. These tests use far years (2031–2033) so they never
// touch this year's or next year's calendar: sign-in.spec.ts expects the "2027 missing" warning
// on a fresh database, and the two may run at the same time. The warning's own logic (it names
// a missing year until that year is imported) is tested in tests/integration/holidays-admin.test.ts.

test("an admin imports a year from CSV and the year is listed as confirmed", async ({ page }) => {
  await signIn(page, "admin@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/kalender-libur");
  await expect(page.getByRole("heading", { level: 1, name: "Kalender hari libur" })).toBeVisible();

  const form = page.getByTestId("import-form");
  await form.getByLabel("Tahun", { exact: true }).fill("2031");
  await form.getByLabel("Dasar penetapan (SKB)").fill("SKB 3 Menteri uji e2e tahun 2031");
  await form
    .getByLabel("Isi CSV")
    .fill(["tanggal,jenis,nama", "2031-01-01,LN,Tahun Baru 2031 Masehi", "17-08-2031,LN,Proklamasi Kemerdekaan", '2031-12-26,CB,"Cuti Bersama Natal, uji"'].join("\n"));
  await form.getByRole("button", { name: "Impor kalender" }).click();

  await expect(page).toHaveURL(/\/kalender-libur\?tahun=2031&pesan=diimpor$/);
  await expect(page.getByTestId("holiday-notice")).toHaveText("Kalender tahun 2031 telah diimpor dan dinyatakan resmi (3 hari libur).");
  await expect(page.getByTestId("confirmed-years")).toContainText("2031: SKB 3 Menteri uji e2e tahun 2031");
  await expect(page.getByRole("heading", { level: 2, name: "Hari libur tahun 2031" })).toBeVisible();
  await expect(page.getByTestId("year-status")).toContainText("Kalender 2031 resmi menurut SKB 3 Menteri uji e2e tahun 2031");
  const table = page.getByTestId("holiday-table");
  await expect(table.getByRole("row")).toHaveCount(4); // the header and three holidays
  await expect(table).toContainText("Proklamasi Kemerdekaan");
  await expect(table).toContainText("Cuti Bersama Natal, uji");
  await expect(table).toContainText("Cuti bersama");
  // The year is offered in the year list.
  await expect(page.getByRole("navigation", { name: "Pilih tahun" }).getByText("2031")).toHaveAttribute("aria-current", "page");
});

test("a bad CSV shows every wrong row and saves nothing", async ({ page }) => {
  await signIn(page, "admin@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/kalender-libur");

  const form = page.getByTestId("import-form");
  await form.getByLabel("Tahun", { exact: true }).fill("2032");
  await form.getByLabel("Dasar penetapan (SKB)").fill("SKB uji e2e 2032");
  const csv = ["tanggal,jenis,nama", "2032-01-01,LN,Tahun Baru", "31-02-2032,LN,Tanggal yang tidak ada", "2033-01-01,CB,Tahun lain", "2032-05-05,XX,Jenis salah"].join("\n");
  await form.getByLabel("Berkas CSV").setInputFiles({ name: "libur-2032.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await expect(form.getByLabel("Isi CSV")).toHaveValue(csv);
  await form.getByRole("button", { name: "Impor kalender" }).click();

  const summary = form.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("CSV berisi 3 kesalahan. Tidak ada yang disimpan");
  const rows = summary.getByTestId("csv-row-errors").getByRole("listitem");
  await expect(rows).toHaveText([
    "Baris 3: tanggal 31-02-2032 tidak ada di kalender.",
    "Baris 4: tanggal 2033-01-01 bukan tahun 2032.",
    'Baris 5: jenis "XX" tidak dikenali. Tulis LN (libur nasional) atau CB (cuti bersama).',
  ]);
  await expect(form.getByLabel("Isi CSV")).toHaveAttribute("aria-invalid", "true");

  // Nothing was written: 2032 has no holidays and is not confirmed.
  await page.goto("/kalender-libur?tahun=2032");
  await expect(page.getByRole("heading", { level: 2, name: "Hari libur tahun 2032" })).toBeVisible();
  await expect(page.getByTestId("holiday-table-empty")).toBeVisible();
  await expect(page.getByTestId("year-status")).toContainText("Kalender 2032 belum resmi");
  await expect(page.getByTestId("confirmed-years")).not.toContainText("2032");
});

test("an admin adds, edits and removes one holiday", async ({ page }) => {
  await signIn(page, "admin@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/kalender-libur?tahun=2033");

  const add = page.getByTestId("holiday-form");
  await add.getByLabel("Tanggal", { exact: true }).fill("2033-03-03");
  await add.getByLabel("Nama hari libur").fill("Hari Uji E2E");
  await add.getByLabel("Jenis", { exact: true }).selectOption({ label: "Cuti bersama" });
  await add.getByLabel("Dasar penetapan", { exact: true }).fill("SKB uji e2e 2033");
  await add.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(page).toHaveURL(/tahun=2033&pesan=ditambah$/);
  await expect(page.getByTestId("holiday-notice")).toHaveText("Hari libur telah ditambahkan.");
  await expect(page.getByTestId("holiday-table")).toContainText("Hari Uji E2E");

  await page.getByRole("link", { name: /^Ubah Hari Uji E2E/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ubah hari libur" })).toBeVisible();
  const edit = page.getByTestId("holiday-form");
  await expect(edit.getByLabel("Nama hari libur")).toHaveValue("Hari Uji E2E");
  await edit.getByLabel("Nama hari libur").fill("Hari Uji E2E (diubah)");
  await edit.getByLabel("Jenis", { exact: true }).selectOption({ label: "Libur nasional" });
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByTestId("holiday-notice")).toHaveText("Perubahan hari libur telah disimpan.");
  await expect(page.getByTestId("holiday-table")).toContainText("Hari Uji E2E (diubah)");
  await expect(page.getByTestId("holiday-table")).toContainText("Libur nasional");

  await page.getByRole("button", { name: /^Hapus Hari Uji E2E \(diubah\)/ }).click();
  await expect(page.getByTestId("delete-confirm")).toContainText("Hapus Hari Uji E2E (diubah)");
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByTestId("holiday-notice")).toHaveText("Hari libur telah dihapus.");
  await expect(page.getByTestId("holiday-table-empty")).toBeVisible();
});

test("a supervisor reads the calendar but cannot change it", async ({ page }) => {
  await signIn(page, "atasan@demo.tirta.test");
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.goto("/kalender-libur");
  await expect(page.getByRole("heading", { level: 1, name: "Kalender hari libur" })).toBeVisible();
  await expect(page.getByTestId("holiday-table")).toContainText("Tahun Baru Imlek 2577 Kongzili");
  await expect(page.getByText("Perubahan dilakukan oleh administrator.")).toBeVisible();
  await expect(page.getByTestId("import-form")).toHaveCount(0);
  await expect(page.getByTestId("holiday-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Hapus / })).toHaveCount(0);
});
