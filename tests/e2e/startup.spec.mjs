// What the user sees when the app cannot start. These tests expect console errors, so they
// use Playwright's plain `test`, not the fixture that fails on them.
import { test, expect } from "@playwright/test";

test("the static shell paints before the wasm runs", async ({ page }) => {
  await page.route(/\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto("/browse", { waitUntil: "domcontentloaded" });
  await expect(page.locator(".brand")).toHaveText("ML Interview Prep");
  await expect(page.locator("#boot-note")).toBeVisible();
  await expect(page.getByTestId("search")).toBeVisible({ timeout: 15_000 });
});

test("a wasm file that fails to load shows a message, not a blank page", async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  const fatal = page.locator("#fatal");
  await expect(fatal).toBeVisible({ timeout: 20_000 });
  await expect(fatal).toContainText("Something went wrong");
  await expect(fatal).toContainText("progress is kept");
});
