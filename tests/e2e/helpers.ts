import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-Tirta-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

export async function expectSignedIn(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}
