import { test, expect, ready, storedEntries } from "./fixtures.mjs";

test("a misspelt word finds the right question first, with the match marked", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("search").fill("tranformer");
  const first = page.getByTestId("question-row").first();
  await expect(first.locator(".question-link")).toHaveText("Explain the Transformer architecture.");
  await expect(first.locator(".question-link mark")).toHaveText("Transformer");
  await expect(page).toHaveURL(/\?q=tranformer$/);
});

test("a word of the key points finds its question and shows the key point", async ({ page }) => {
  await page.goto("/browse?q=xgboost");
  await ready(page);
  const row = page.locator("[data-testid=question-row][data-id=explain-difference-bagging-boosting]");
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
  const row = page.getByTestId("question-row");
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
  await expect(page.getByTestId("question-row").first()).toContainText("Transformer");
});
