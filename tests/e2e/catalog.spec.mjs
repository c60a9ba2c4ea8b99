import { test, expect, ready } from "./fixtures.mjs";

test("home loads with the catalog counts", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await expect(page).toHaveTitle("ML Interview Prep");
  const counts = page.getByTestId("counts");
  await expect(counts).toContainText("180 questions");
  await expect(counts).toContainText("6 company processes");
  await expect(counts).toContainText("15 preparation tips");
  await expect(counts).toContainText("21 learning resources");
});

test("searching bias-variance finds the guide's question", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("search").fill("bias-variance");
  // The question's own words rank first; key points that discuss it follow.
  await expect(page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link")).toHaveText(
    "Explain the bias-variance tradeoff.",
  );
  await expect(page).toHaveURL(/\?q=bias-variance$/);
});

test("slash focuses search from any page", async ({ page }) => {
  await page.goto("/companies");
  await ready(page);
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/browse$/);
  await expect(page.getByTestId("search")).toBeFocused();
});

test("Hard + NLP gives exactly the guide's hard NLP questions", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("f-section").selectOption("nlp");
  await page.getByTestId("f-difficulty").selectOption("hard");
  await expect(page.getByTestId("result-count")).toHaveText("4 questions");
  await expect(page.getByTestId("question-list").getByTestId("question-row").locator(".question-link")).toHaveText([
    "Explain the Transformer architecture.",
    "How does BERT work?",
    "What is attention mechanism in NLP?",
    "Explain how GPT models work.",
  ]);
  await expect(page).toHaveURL(/section=nlp&difficulty=hard/);
});

test("no match explains why and offers to clear", async ({ page }) => {
  await page.goto("/browse?section=recent&difficulty=easy");
  await ready(page);
  await expect(page.getByTestId("empty")).toContainText("difficulty only for the topic tables");
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("180 questions");
  await expect(page).toHaveURL(/\/browse$/);
});

test("opening /q/<id> directly works, with answer link and key points", async ({ page }) => {
  await page.goto("/q/explain-bias-variance-tradeoff");
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page).toHaveTitle(/Explain the bias-variance tradeoff\./);
  const link = page.getByTestId("answer-link");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("href", /^https:\/\//);
  await expect(page.getByTestId("key-points")).toHaveCount(0);
  await page.getByTestId("reveal").click();
  const points = page.getByTestId("key-points").locator("li");
  expect(await points.count()).toBeGreaterThanOrEqual(3);
});

test("Back restores the filtered list; previous/next follow it", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("f-section").selectOption("nlp");
  await page.getByTestId("f-difficulty").selectOption("hard");
  await expect(page.getByTestId("result-count")).toHaveText("4 questions");
  await page.getByRole("link", { name: "How does BERT work?" }).click();
  await expect(page.locator("h1")).toHaveText("How does BERT work?");
  await expect(page.locator(".position")).toHaveText("2 of 4");
  await page.getByTestId("next").click();
  await expect(page.locator("h1")).toHaveText("What is attention mechanism in NLP?");
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/browse\?section=nlp&difficulty=hard$/);
  await expect(page.getByTestId("result-count")).toHaveText("4 questions");
  await expect(page.getByTestId("f-section")).toHaveValue("nlp");
  await expect(page.getByTestId("f-difficulty")).toHaveValue("hard");
});

test("the Meta page shows its stages in order", async ({ page }) => {
  await page.goto("/companies");
  await ready(page);
  await page.getByRole("link", { name: /^Meta/ }).click();
  await expect(page.locator("h1")).toContainText("Meta ML interview process");
  await expect(page.getByTestId("stage").locator(".stage-name")).toHaveText([
    "Resume Screening",
    "Initial Technical Screen",
    "Virtual Onsite",
  ]);
  await expect(page.getByTestId("stage").nth(1)).toContainText("45–60 minutes");
  await expect(page.getByTestId("company-questions").getByTestId("question-row")).not.toHaveCount(0);
});

test("tips and resources are listed", async ({ page }) => {
  await page.goto("/tips");
  await ready(page);
  await expect(page.getByTestId("tips").locator("li")).toHaveCount(15);
  await expect(page.getByTestId("resources").locator("li")).toHaveCount(21);
});

test("an unknown URL shows not-found with a way home", async ({ page }) => {
  await page.goto("/no/such/page");
  await ready(page);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByTestId("counts")).toBeVisible();
  await page.goto("/q/not-a-real-question");
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("every control is reachable by keyboard with a visible focus ring", async ({ page }) => {
  await page.goto("/browse");
  await ready(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  let sawSearch = false;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (id === "search") {
      sawSearch = true;
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      expect(outline).not.toBe("none");
      break;
    }
  }
  expect(sawSearch).toBe(true);
});

test("a question's scope note is shown as a note, and the overall timeline on Companies", async ({ page }) => {
  await page.goto("/q/explain-architecture-cnn");
  await ready(page);
  await expect(page.getByTestId("question-note")).toContainText("Scope: Walk through one concrete CNN layer by layer");
  await page.getByTestId("reveal").click();
  const points = page.getByTestId("key-points").locator("li");
  await expect(points.first()).toBeVisible();
  // The note is not one of the key points.
  await expect(points.filter({ hasText: "Walk through one concrete CNN" })).toHaveCount(0);
  await page.goto("/companies");
  await ready(page);
  await expect(page.getByTestId("timeline")).toContainText("Typical length: 1.5–2.5 months.");
});
