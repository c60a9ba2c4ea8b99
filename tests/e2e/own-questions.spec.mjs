// The user's own questions: added, found, practised, drawn in a mock interview, edited,
// deleted with undo, and carried through export, reset and import.
import { test, expect, ready } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const TEXT = "How would you rank the Acme zebra feed?";

/** Adds a question through the form and waits for its page; returns its path. */
async function addQuestion(page, fields = {}) {
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("add-own").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add your own question");
  await page.getByTestId("own-text").fill(fields.text ?? TEXT);
  if (fields.section) {
    await page.getByTestId("own-section").selectOption({ label: "New section…" });
    await page.getByTestId("own-new-section").fill(fields.section);
  }
  if (fields.round) await page.getByTestId("own-round").selectOption(fields.round);
  if (fields.difficulty) await page.getByTestId("own-difficulty").selectOption(fields.difficulty);
  if (fields.company) await page.getByTestId("own-company").fill(fields.company);
  if (fields.year) await page.getByTestId("own-year").fill(fields.year);
  if (fields.points) await page.getByTestId("own-points").fill(fields.points);
  await page.getByTestId("own-save").click();
  await expect(page).toHaveURL(/\/q\/own-[a-z0-9-]+$/);
  if (!fields.text?.includes("$")) {
    await expect(page.getByTestId("question").locator("h1")).toHaveText(fields.text ?? TEXT);
  }
  return new URL(page.url()).pathname;
}

test("an own question is found, filtered, rated, drawn, and survives a reload", async ({ page }) => {
  const path = await addQuestion(page, {
    section: "Acme team",
    round: "behavioral",
    difficulty: "hard",
    company: "Acme",
    year: "2026",
    points: "two towers\nnegative sampling",
  });
  await expect(page.getByTestId("own-actions")).toContainText("Your question");
  await expect(page.getByRole("list", { name: "Question details" })).toContainText("Acme");

  // Key points are shown like the guide's.
  await page.getByTestId("reveal").click();
  await expect(page.getByTestId("key-points").locator("li")).toHaveText(["two towers", "negative sampling"]);

  // Rated like any question.
  await page.getByTestId("rating").getByRole("button", { name: /Good/ }).click();
  await expect(page.getByTestId("last-rated")).toContainText("Last rated Good");

  // Found by search (typo and all), by a key point, and by every filter it carries.
  await page.goto("/browse?q=zebre");
  await expect(page.locator("[data-testid=question-list] [data-testid=question-row]").first()).toContainText(TEXT);
  await page.goto("/browse?q=negative%20sampling&mine=1");
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  await page.goto("/browse?company=Acme&year=2026&difficulty=hard&round=behavioral");
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  await page.goto("/browse");
  await ready(page);
  await page.getByTestId("f-mine").check();
  await expect(page).toHaveURL(/mine=1/);
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  await expect(page.getByTestId("f-section")).toContainText("Acme team");

  // Reload: still there, with its progress.
  await page.goto(path);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("question").locator("h1")).toHaveText(TEXT);
  await expect(page.getByTestId("last-rated")).toContainText("Last rated Good");

  // Drawn in a mock interview from own questions only.
  await page.goto("/interview");
  await ready(page);
  await page.getByTestId("pick-behavioral").check();
  await page.getByTestId("questions-0").fill("1");
  await page.getByTestId("questions-0").blur();
  await page.getByTestId("draw-from").selectOption("mine");
  await page.getByTestId("start").click();
  await expect(page).toHaveURL(/\/interview\/run$/);
  await expect(page.getByTestId("iv-question")).toHaveText(TEXT);
});

test("the form names every wrong field and loses nothing", async ({ page }) => {
  await page.goto("/questions/new");
  await ready(page);
  await page.getByTestId("own-year").fill("20x6");
  await page.getByTestId("own-url").fill("javascript:alert(1)");
  await page.getByTestId("own-save").click();
  const errors = page.getByTestId("own-errors");
  await expect(errors).toBeFocused();
  await expect(errors.locator("li")).toHaveText([
    "Write the question.",
    "Write a year such as 2026.",
    "The answer link must be a web address starting with https://.",
  ]);
  await expect(page.getByTestId("own-text")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("own-year")).toHaveValue("20x6");
  // A summary link takes focus to its field.
  await errors.getByRole("link", { name: "Write the question." }).click();
  await expect(page.getByTestId("own-text")).toBeFocused();
  await expect(page).toHaveURL(/\/questions\/new$/);
  await page.getByTestId("own-text").fill("<img src=x onerror=\"window.__pwned=1\"> fixed?");
  await page.getByTestId("own-year").fill("2026");
  await page.getByTestId("own-url").fill("");
  await page.getByTestId("own-save").click();
  await expect(page.getByTestId("question").locator("h1")).toHaveText("<img src=x onerror=\"window.__pwned=1\"> fixed?");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("edit, delete with undo, and export, reset, import bring it all back", async ({ page }) => {
  const path = await addQuestion(page);
  await page.getByTestId("own-edit").click();
  await expect(page.getByTestId("own-text")).toHaveValue(TEXT);
  await page.getByTestId("own-text").fill(`${TEXT} (edited)`);
  await page.getByTestId("own-save").click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByTestId("question").locator("h1")).toHaveText(`${TEXT} (edited)`);
  await page.getByTestId("notes").fill("my note on my question");

  // Delete asks first; Browse offers Undo.
  await page.getByTestId("own-delete").click();
  await expect(page.getByTestId("own-delete-confirm")).toBeFocused();
  await page.getByTestId("own-delete-confirm").click();
  await expect(page).toHaveURL(/\/browse\?mine=1$/);
  await expect(page.getByTestId("own-deleted")).toContainText("(edited)");
  await expect(page.getByTestId("empty")).toBeVisible();
  await page.getByTestId("own-undo").click();
  await expect(page.getByTestId("own-deleted")).toHaveCount(0);
  await expect(page.getByTestId("result-count")).toHaveText("1 question");

  // Export, reset (the question goes), import (it comes back with its note).
  await page.goto("/data");
  await ready(page);
  const download = page.waitForEvent("download");
  await page.getByTestId("export").click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.own_questions.questions[0].question.text).toBe(`${TEXT} (edited)`);
  await page.getByTestId("reset").click();
  await page.getByTestId("reset-confirm").click();
  await expect(page.getByTestId("reset-done")).toBeVisible();
  await page.goto(path);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/data");
  await ready(page);
  // A file whose own questions are damaged is refused whole.
  const bad = { ...exported, own_questions: { version: 1, questions: [{ question: { id: "own-a", text: 5, section: "own" }, modified_ms: 1 }] } };
  await page.getByTestId("import-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId("import-error")).toContainText("its own questions are not valid");
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByTestId("preview-own")).toHaveText("1 own question (1 not here yet)");
  await page.getByTestId("import-merge").click();
  await expect(page.getByTestId("import-done")).toBeVisible();
  await page.goto(path);
  await ready(page);
  await expect(page.getByTestId("question").locator("h1")).toHaveText(`${TEXT} (edited)`);
  await expect(page.getByTestId("notes")).toHaveValue("my note on my question");
});

test("a damaged stored document is kept aside and the app goes on", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.evaluate(() => localStorage.setItem("mlip.own", '{"version":1,"questions":[{"question":{"id":"bad"'));
  await page.goto("/browse");
  await ready(page);
  await expect(page.getByTestId("storage-problem")).toContainText("your own questions");
  expect(await page.evaluate(() => localStorage.getItem("mlip.own.backup"))).toContain('"id":"bad"');
  await expect(page.getByTestId("result-count")).toHaveText("180 questions");
});

test("another tab sees a new own question", async ({ page, context }) => {
  await page.goto("/browse?mine=1");
  await ready(page);
  const other = await context.newPage();
  const path = await addQuestion(other, { text: "Asked in the other tab" });
  await other.close();
  // The open list follows without a reload.
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  await page.goto(path);
  await expect(page.getByTestId("question").locator("h1")).toHaveText("Asked in the other tab");
});

test("Markdown and maths are drawn; HTML and script links stay inert under the CSP", async ({ page }) => {
  const text = 'Why is $\\sqrt{2}$ *irrational*? <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> [run](javascript:window.__pwned=3)';
  await addQuestion(page, { text, points: "`O(n^2)` memory\n$$\\frac{a}{b}$$" });
  const h1 = page.getByTestId("question").locator("h1");
  await expect(h1.locator("math")).toHaveCount(1);
  await expect(h1.locator("em")).toHaveText("irrational");
  await expect(h1.locator("script, img")).toHaveCount(0);
  await expect(h1).toContainText("<script>window.__pwned=1</script>");
  await expect(h1.getByRole("link", { name: "run" })).not.toHaveAttribute("href", /javascript/i);
  await page.getByTestId("reveal").click();
  const points = page.getByTestId("key-points").locator("li");
  await expect(points.nth(0).locator("code")).toHaveText("O(n^2)");
  await expect(points.nth(1).locator("math mfrac")).toHaveCount(1);
  // Notes take Markdown too, drawn below the editor.
  await page.getByTestId("notes").fill("**remember** the proof by contradiction\n\n- assume $p/q$");
  await expect(page.getByTestId("notes-preview").locator("strong")).toHaveText("remember");
  await expect(page.getByTestId("notes-preview").locator("li math")).toHaveCount(1);
  // Its row on Browse is drawn too, with its own link shown as text (a row is a link).
  await page.goto("/browse?mine=1");
  const row = page.locator("[data-testid=question-list] [data-testid=question-row]").first();
  await expect(row.locator("math")).toHaveCount(1);
  await expect(row.locator("em")).toHaveText("irrational");
  await expect(row.locator("a a")).toHaveCount(0);
  await expect(row.locator("script, img")).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("hundreds of own questions: the list shows its first 500 until asked for all", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.evaluate(() => {
    const questions = Array.from({ length: 600 }, (_, i) => ({
      question: { id: `own-many-${i}`, text: `Team question number ${i}`, section: "own" },
      modified_ms: 1_790_000_000_000 + i,
    }));
    localStorage.setItem("mlip.own", JSON.stringify({ version: 1, sections: [], questions }));
  });
  await page.goto("/browse?mine=1");
  await ready(page);
  await expect(page.getByTestId("result-count")).toHaveText("600 questions");
  const rows = page.locator("[data-testid=question-list] [data-testid=question-row]");
  await expect(rows).toHaveCount(500);
  await page.getByTestId("show-all-list").click();
  await expect(rows).toHaveCount(600);
  await expect(page.getByTestId("show-all-list")).toHaveCount(0);
  // A search still finds any of them.
  await page.getByTestId("search").fill("number 599");
  await expect(page.locator("[data-testid=question-list] [data-testid=question-row]").first()).toContainText("Team question number 599");
});
