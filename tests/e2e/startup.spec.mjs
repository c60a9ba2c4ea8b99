// What the user sees when the app cannot start. These tests expect console errors, so they
// use Playwright's plain `test`, not the fixture that fails on them.
import { test, expect } from "@playwright/test";

test("the static shell paints before the wasm runs", async ({ page }) => {
  // The wasm is held back until the shell has been seen, then let through.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  // A personal page: the shell says the app is loading.
  await page.goto("/today", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("link", { name: "ML Interview Prep", exact: true })).toBeVisible();
  await expect(page.locator("#boot-note")).toBeVisible();
  // A public page: its prerendered content.
  await page.goto("/browse", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1, name: "Browse questions" })).toBeVisible();
  await expect(page.locator("#app[data-prerendered] li.question-row")).toHaveCount(180);
  release();
  await expect(page.getByTestId("search")).toBeVisible();
  await expect(page.locator("[data-prerendered]")).toHaveCount(0);
});

test("a wasm file that fails to load shows a message, not a blank page", async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  const fatal = page.locator("#fatal");
  await expect(fatal).toBeVisible();
  await expect(fatal).toContainText("Something went wrong");
  await expect(fatal).toContainText("progress is kept");
});

test.describe("without a service worker", () => {
  // A worker would fetch (and serve) the chunk itself, where page.route cannot block it.
  test.use({ serviceWorkers: "block" });

  test("a page whose code fails to download says so and offers to try again", async ({ page }) => {
    // The served build loads each group of pages as its own wasm (scripts/split-wasm.mjs).
    let block = true;
    await page.route(/split_catalog_pages\w*\.wasm$/, (route) => (block ? route.abort() : route.continue()));
    await page.goto("/");
    await expect(page.getByTestId("counts")).toBeVisible();
    await page.getByRole("link", { name: "Browse", exact: true }).first().click();
    const failed = page.getByTestId("page-load-failed");
    await expect(failed).toBeVisible();
    await expect(failed).toContainText("progress is saved");
    await expect(page.locator("#fatal")).toBeHidden();
    block = false;
    await failed.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("search")).toBeVisible();
    await expect(page).toHaveURL(/\/browse$/);
  });

  test("the storage warning still shows when its own code cannot be downloaded", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("counts")).toBeVisible();
    await page.evaluate(() =>
      localStorage.setItem("mlip.progress", '{"schema_version": 2, "progress": {"x": {"status": "pract'));
    // The banner's content is fetched on first need (scripts/split-wasm.mjs); it fails here.
    await page.route(/split_storage_problems_chunk\w*\.wasm$/, (route) => route.abort());
    await page.reload();
    const warning = page.getByTestId("storage-problem");
    await expect(warning).toContainText("There is a problem with your saved data");
    await expect(warning).toContainText("Your saved data is kept meanwhile");
    await expect(page.locator("#fatal")).toBeHidden();
  });
});

test("the app stopping after start (a panic is a WebAssembly trap) shows a message", async ({ page }) => {
  await page.goto("/browse");
  await expect(page.getByTestId("search")).toBeVisible();
  await expect(page.locator("#fatal")).toBeHidden();
  // What an uncaught trap in an event handler looks like to the page.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
  const fatal = page.locator("#fatal");
  await expect(fatal).toBeVisible();
  await expect(fatal).toContainText("stopped unexpectedly (unreachable)");
  await expect(fatal).toContainText("progress is kept");
});
