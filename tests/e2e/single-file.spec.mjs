// The single file: dist/ml-interview-prep.html, copied alone into a directory whose name
// has a space, opened by its file:// URL with no server. The route lives in the fragment.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test, expect, ready } from "./fixtures.mjs";
import { distDir } from "./servers.mjs";

let dir;
let fileUrl;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mlip single "));
  copyFileSync(join(distDir, "ml-interview-prep.html"), join(dir, "ml-interview-prep.html"));
  fileUrl = pathToFileURL(join(dir, "ml-interview-prep.html")).href;
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("opened from disk: browse, search, a question with key points, reload, back", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(fileUrl);
  await ready(page);
  await expect(page.getByTestId("counts")).toContainText("180 questions");
  // Everything is inside the file: nothing else is requested.
  expect(requests.filter((u) => !u.startsWith(fileUrl) && !u.startsWith("data:"))).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("180 questions");
  await expect(page).toHaveURL(`${fileUrl}#/browse`);

  await page.getByTestId("search").fill("bias-variance");
  await expect(page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page).toHaveURL(`${fileUrl}#/browse?q=bias-variance`);

  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page).toHaveURL(`${fileUrl}#/q/explain-bias-variance-tradeoff?q=bias-variance`);
  await page.getByTestId("reveal").click();
  expect(await page.getByTestId("key-points").locator("li").count()).toBeGreaterThanOrEqual(3);

  await page.reload();
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page.locator(".position")).toHaveText(/^1 of \d+$/);

  await page.goBack();
  await expect(page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page.getByTestId("search")).toHaveValue("bias-variance");
  await page.goForward();
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");

  // A deep link opened directly, and the "/" shortcut.
  await page.goto(`${fileUrl}#/companies`);
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Company interview processes");
  await page.keyboard.press("/");
  await expect(page).toHaveURL(`${fileUrl}#/browse`);
  await expect(page.getByTestId("search")).toBeFocused();
  await expect(page.getByTestId("update-notice")).toBeHidden();
});

test("opened from disk: marking a question is saved and survives a reload", async ({ page }) => {
  await page.goto(fileUrl);
  await ready(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await page.getByTestId("search").fill("bias-variance");
  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await page.getByTestId("status").getByRole("button", { name: "Practicing" }).click();
  await page.getByTestId("bookmark").click();
  await page.getByTestId("notes").fill("saved from a file:// page");
  await page.reload();
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page.getByTestId("status").getByRole("button", { name: "Practicing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("notes")).toHaveValue("saved from a file:// page");
  await expect(page.getByTestId("storage-problem")).toHaveCount(0);

  // A damaged document: the app reads it, keeps a backup itself, and says so.
  await page.evaluate(() => localStorage.setItem("mlip.progress", "{not json"));
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("storage-problem")).toContainText("Your saved progress could not be read");
  expect(await page.evaluate(() => localStorage.getItem("mlip.progress.backup"))).toBe("{not json");
});
