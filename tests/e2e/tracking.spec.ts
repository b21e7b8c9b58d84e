import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The public tracking page (/lacak): a GET form, so it works with and without JavaScript.
// A number in year 9998 has the right shape and is certainly not issued.
const UNKNOWN = "SS-11050-9998-000001";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function track(page: Page, value: string) {
  await page.getByLabel("Nomor pendaftaran").fill(value);
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
}

test("the footer leads to the tracking page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Lacak permohonan" }).click();
  await expect(page).toHaveURL(/\/lacak$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lacak permohonan" })).toBeVisible();
  await expect(page.getByLabel("Nomor pendaftaran")).toBeVisible();
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
});

test("a malformed number gets an error summary that names the format and links to the field", async ({ page }) => {
  await page.goto("/lacak");
  await track(page, "SS-123");
  await expect(page).toHaveURL(/\/lacak\?nomor=SS-123$/);
  await expect(page).toHaveTitle(/^Kesalahan: Lacak permohonan/);
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Ada masalah");
  await expect(summary).toContainText("Nomor pendaftaran harus berformat SS-11050-TTTT-NNNNNN");
  const input = page.getByLabel("Nomor pendaftaran");
  await expect(input).toHaveValue("SS-123");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("tracking-result")).toHaveCount(0);
  await expect(page.getByTestId("tracking-not-found")).toHaveCount(0);
  // The summary's link takes the keyboard to the field.
  await summary.getByRole("link").click();
  await expect(page).toHaveURL(/#nomor$/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("an empty search asks for the number", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByRole("button", { name: "Lacak", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Masukkan nomor pendaftaran");
});

test("an unknown number is reported as not found, and nothing more", async ({ page }) => {
  await page.goto("/lacak");
  // Typed the way people do: lower case, spaces around.
  await track(page, `  ${UNKNOWN.toLowerCase()} `);
  const notFound = page.getByTestId("tracking-not-found");
  await expect(notFound).toBeFocused();
  await expect(notFound.getByRole("heading", { level: 2, name: "Permohonan tidak ditemukan" })).toBeVisible();
  await expect(notFound).toContainText(UNKNOWN);
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expect(page.getByTestId("tracking-result")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("works with the keyboard alone", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByLabel("Nomor pendaftaran").focus();
  await page.keyboard.type(UNKNOWN);
  await page.keyboard.press("Enter");
  // The answer takes the focus, so a screen reader reads it at once.
  await expect(page.getByTestId("tracking-not-found")).toBeFocused();
  await expect(page.getByLabel("Nomor pendaftaran")).toHaveValue(UNKNOWN);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still works", async ({ page }) => {
    await page.goto("/lacak");
    await track(page, "bukan-nomor");
    await expect(page.getByTestId("error-summary")).toContainText("Nomor pendaftaran harus berformat");
    await track(page, UNKNOWN);
    await expect(page.getByTestId("tracking-not-found")).toContainText("Permohonan tidak ditemukan");
  });
});

for (const width of [1280, 360]) {
  test(`no serious or critical accessibility violation on /lacak at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/lacak");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.goto(`/lacak?nomor=${encodeURIComponent("x".repeat(100))}`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test("the English page speaks English", async ({ page }) => {
  await page.goto("/lacak");
  await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Track an application" })).toBeVisible();
  await page.getByLabel("Registration number").fill("nope");
  await page.getByRole("button", { name: "Track", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("There is a problem");
});
