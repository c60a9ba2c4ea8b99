import { test, expect, ready, storedEntries } from "./fixtures.mjs";
// For the one test that makes a request fail on purpose (the browser logs that as an error).
import { test as plainTest } from "@playwright/test";

test("a misspelt word finds the right question first, with the match marked", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("search").fill("tranformer");
  const first = page.getByTestId("question-list").getByTestId("question-row").first();
  await expect(first.locator(".question-link")).toHaveText("Explain the Transformer architecture.");
  await expect(first.locator(".question-link mark")).toHaveText("Transformer");
  await expect(page).toHaveURL(/\?q=tranformer$/);
});

test("a word of the key points finds its question and shows the key point", async ({ page }) => {
  await page.goto("/browse?q=xgboost");
  await ready(page);
  const row = page.locator("[data-testid=question-list] [data-testid=question-row][data-id=explain-difference-bagging-boosting]");
  await expect(row.getByTestId("match-place")).toContainText("Key point:");
  await expect(row.getByTestId("match-place").locator("mark")).toHaveText("XGBoost");
});

test("a note's text finds its question", async ({ page }) => {
  await page.goto("/q/pca-work");
  await ready(page);
  await page.getByTestId("notes").fill("Centre the data first: the zanzibar trick.");
  await expect.poll(async () => (await storedEntries(page))["pca-work"]?.[2]).toContain("zanzibar");
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("search").fill("zanzibar");
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  const row = page.getByTestId("question-list").getByTestId("question-row");
  await expect(row).toHaveAttribute("data-id", "pca-work");
  await expect(row.getByTestId("match-place")).toContainText("Your note:");
  await expect(row.getByTestId("match-place").locator("mark")).toHaveText("zanzibar");
});

test("no result suggests a spelling that finds something, within the filters", async ({ page }) => {
  await page.goto("/browse?q=tranzformmerr&section=nlp");
  await ready(page);
  await expect(page.getByTestId("empty")).toBeVisible();
  const suggestion = page.getByTestId("suggestion").first();
  await expect(suggestion).toHaveText(/^transformers?$/);
  await suggestion.click();
  await expect(page).toHaveURL(/q=transformers?&section=nlp$/);
  await expect(page.getByTestId("question-list").getByTestId("question-row").first()).toContainText("Transformer");
});

// The service worker would fetch catalog.json itself, past the page's route.
plainTest.describe("without a service worker", () => {
  plainTest.use({ serviceWorkers: "block" });
  plainTest("when the key points cannot be loaded, search says so and still finds questions", async ({ page }) => {
    let fail = true;
    await page.route("**/catalog.json", (route) => (fail ? route.abort() : route.continue()));
    await page.goto("/browse?q=xgboost");
    await ready(page);
    await expect(page.getByTestId("search-note")).toContainText("Key points are not searched");
    await page.getByTestId("search").fill("tranformer");
    await expect(page.getByTestId("question-list").getByTestId("question-row").first()).toContainText("Transformer architecture");
    fail = false;
    await page.getByTestId("search").fill("xgboost");
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("search-note")).toHaveCount(0);
    await expect(page.locator("[data-testid=question-list] [data-testid=question-row][data-id=explain-difference-bagging-boosting]")).toBeVisible();
  });
});

test("a broad search shows the best 20 first, then all on request", async ({ page }) => {
  await page.goto("/browse?q=model");
  await ready(page);
  await expect(page.getByTestId("question-list").getByTestId("question-row")).toHaveCount(20);
  await expect(page.getByTestId("show-all")).toHaveText(/^Show all \d+ results$/);
  await page.getByTestId("show-all").click();
  await expect(page.getByTestId("show-all")).toHaveCount(0);
  // The count may still grow when the key points arrive; every result is listed.
  await expect(async () => {
    const total = Number((await page.getByTestId("result-count").textContent()).split(" ")[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.getByTestId("question-list").getByTestId("question-row").count()).toBe(total);
  }).toPass();
});

test("what is typed reaches the address bar: Back from a result returns to the search", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("search").fill("tranformer");
  // Opened at once, before typing has paused: leaving the box writes the search first.
  await page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link").click();
  await expect(page).toHaveURL(/\/q\/explain-transformer-architecture\?q=tranformer$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/browse\?q=tranformer$/);
  await expect(page.getByTestId("search")).toHaveValue("tranformer");
  await expect(page.getByTestId("question-list").getByTestId("question-row").first()).toHaveAttribute("data-id", "explain-transformer-architecture");
});
