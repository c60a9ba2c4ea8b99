// Lists of questions: made from a question page, filled from a Browse view, reordered,
// renamed, browsed in order, drawn in a mock interview, deleted with undo.
import { test, expect, ready } from "./fixtures.mjs";

const FIRST = "explain-central-limit-theorem";
const rows = (page) => page.locator("[data-testid=question-list] [data-testid=question-row]");

test("a list is made, filled, ordered, renamed, browsed, drawn from and deleted with undo", async ({ page }) => {
  // From a question page: a new list, which gets the question.
  await page.goto(`/q/${FIRST}`);
  await ready(page);
  const lists = page.getByTestId("question-lists");
  await lists.locator("summary").click();
  await expect(lists.locator("summary")).toHaveText("Add to a list");
  await page.getByTestId("q-new-list").fill("Meta onsite");
  await page.getByTestId("q-new-list").press("Enter");
  await expect(lists.locator("summary")).toHaveText("In 1 list");
  await expect(lists.getByTestId("list-check")).toBeChecked();
  // A second list with the same name is refused, saying why.
  await page.getByTestId("q-new-list").fill("meta ONSITE");
  await page.getByTestId("q-new-list").press("Enter");
  await expect(lists.getByRole("alert")).toHaveText('There is already a list named "meta ONSITE".');

  // From Browse: every question the view shows, at once (the one already in is skipped).
  await page.goto("/browse?section=statistics");
  await ready(page);
  await expect(page.getByTestId("result-count")).toHaveText("10 questions");
  await page.getByTestId("add-shown").locator("summary").click();
  await page.getByTestId("add-shown-list").selectOption({ label: "Meta onsite" });
  await page.getByTestId("add-shown-go").click();
  await expect(page.getByTestId("add-shown-done")).toHaveText("Added 9 questions to “Meta onsite” (1 was in it already).");

  // Your lists: move the first question down, rename.
  await page.goto("/lists");
  await ready(page);
  const card = page.getByTestId("list-card");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Meta onsite");
  await expect(card).toContainText("10 questions");
  const firstText = await card.getByTestId("list-item").first().locator("a").textContent();
  await card.getByTestId("list-down").first().click();
  await expect(card.getByTestId("list-item").nth(1).locator("a")).toHaveText(firstText);
  await expect(card.getByTestId("list-down").nth(1)).toBeFocused();
  await card.getByTestId("list-rename").click();
  await card.getByTestId("list-name").fill("Meta loop");
  await card.getByTestId("list-name-save").click();
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Meta loop");

  // Browse the list: in its order, and the filter is in the URL.
  await card.getByTestId("list-browse").click();
  await expect(page).toHaveURL(/\/browse\?list=list-/);
  await expect(page.getByTestId("list-banner")).toContainText("Meta loop");
  await expect(page.getByTestId("result-count")).toHaveText("10 questions");
  await expect(rows(page).nth(1)).toContainText(firstText.trim());
  await page.reload();
  await ready(page);
  await expect(rows(page).nth(1)).toContainText(firstText.trim());

  // A review session over the list: its questions, in its order, graded from the keyboard.
  await page.goto("/lists");
  await ready(page);
  await page.getByTestId("list-review").click();
  await expect(page).toHaveURL(/\/today\?list=list-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review: Meta loop");
  await expect(page.getByTestId("today-intro")).toContainText('List "Meta loop": 10 questions: 10 new.');
  // The list's order: the question moved down is second.
  await expect(page.getByTestId("review-card").locator("h2")).not.toHaveText(firstText.trim());
  await expect(page.getByTestId("review-progress")).toHaveText("Question 1 of 10 · new");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("rating")).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByTestId("review-progress")).toHaveText("Question 2 of 10 · new");
  await expect(page.getByTestId("review-card").locator("h2")).toHaveText(firstText.trim());
  // The graded question is now ahead of its schedule: it comes last next time.
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("today-intro")).toContainText("10 questions: 9 new, 1 ahead of schedule.");
  // A list that is gone says so.
  await page.goto("/today?list=list-none");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("List not found");

  // A mock interview drawn from the list.
  await page.goto("/lists");
  await ready(page);
  await page.getByTestId("list-interview").click();
  await ready(page);
  await expect(page.getByTestId("draw-from")).toHaveValue(/^list-/);
  await page.getByTestId("pick-fundamentals").check();
  await page.getByTestId("questions-0").fill("3");
  await page.getByTestId("questions-0").blur();
  await page.getByTestId("start").click();
  await expect(page).toHaveURL(/\/interview\/run$/);
  const asked = await page.getByTestId("iv-question").textContent();
  await page.goto("/browse?section=statistics");
  await expect(rows(page).filter({ hasText: asked.trim() })).toHaveCount(1);

  // Delete asks first, and can be undone.
  await page.goto("/lists");
  await ready(page);
  await page.getByTestId("list-delete").click();
  await page.getByTestId("list-delete-confirm").click();
  await expect(page.getByTestId("no-lists")).toBeVisible();
  await page.getByTestId("list-undo").click();
  await expect(page.getByTestId("list-card")).toContainText("10 questions");
});

test("a pack goes from one browser to another, and importing it twice changes nothing", async ({ page, browser }) => {
  // Here: an own question and a list holding it and a built-in question.
  await page.goto("/questions/new");
  await ready(page);
  await page.getByTestId("own-text").fill("Our team's ranking question");
  await page.getByTestId("own-points").fill("calibration\nposition bias");
  await page.getByTestId("own-save").click();
  await expect(page).toHaveURL(/\/q\/own-/);
  await page.getByTestId("question-lists").locator("summary").click();
  await page.getByTestId("q-new-list").fill("Team pack");
  await page.getByTestId("q-new-list").press("Enter");
  await expect(page.getByTestId("question-lists").locator("summary")).toHaveText("In 1 list");
  await page.goto(`/q/${FIRST}`);
  await ready(page);
  await page.getByTestId("question-lists").locator("summary").click();
  await page.getByTestId("list-check").check();
  await page.goto("/lists");
  await ready(page);
  const download = page.waitForEvent("download");
  await page.getByTestId("list-export").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("team-pack.pack.json");
  const path = await file.path();

  // Another browser (its own storage): preview, add, and the question is there.
  const other = await browser.newContext();
  const them = await other.newPage();
  await them.goto("/lists");
  await ready(them);
  await expect(them.getByTestId("no-lists")).toBeVisible();
  await them.getByTestId("pack-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "ml-interview-prep-pack", "version": 1, "name": 5}') });
  await expect(them.getByTestId("pack-error")).toContainText("Nothing was changed");
  await them.getByTestId("pack-file").setInputFiles(path);
  await expect(them.getByTestId("pack-new")).toHaveText("1 new");
  await them.getByTestId("pack-apply").click();
  await expect(them.getByTestId("pack-done")).toContainText("“Team pack” is in your lists.");
  await them.getByTestId("pack-done").getByRole("link", { name: "Browse it" }).click();
  await expect(them.getByTestId("result-count")).toHaveText("2 questions");
  await them.locator("[data-testid=question-list] [data-testid=question-row]").first().locator("a").first().click();
  await expect(them.getByTestId("question").locator("h1")).toHaveText("Our team's ranking question");
  await them.getByTestId("reveal").click();
  await expect(them.getByTestId("key-points").locator("li")).toHaveText(["calibration", "position bias"]);

  // Twice: nothing to change.
  await them.goto("/lists");
  await ready(them);
  await them.getByTestId("pack-file").setInputFiles(path);
  await expect(them.getByTestId("pack-unchanged")).toHaveText("1 unchanged");
  await expect(them.getByTestId("pack-nothing")).toBeVisible();
  await expect(them.getByTestId("list-card")).toHaveCount(1);
  // The first pack carried no progress, so none was offered.
  await expect(them.getByTestId("pack-take-progress")).toHaveCount(0);

  // With progress, when asked: a note written here arrives there once it is taken.
  await page.goto(`/q/${FIRST}`);
  await ready(page);
  await page.getByTestId("notes").fill("mine to carry");
  await page.goto("/lists");
  await ready(page);
  await page.getByTestId("pack-with-progress").check();
  const withProgress = page.waitForEvent("download");
  await page.getByTestId("list-export").click();
  const progressPath = await (await withProgress).path();
  await them.getByTestId("pack-file").setInputFiles(progressPath);
  await expect(them.getByTestId("pack-take-progress")).not.toBeChecked();
  await expect(them.getByTestId("pack-preview")).toContainText("progress it carries on 1 question (status, bookmark, notes, ratings; 1 newer than yours)");
  await them.getByTestId("pack-take-progress").check();
  await them.getByTestId("pack-apply").click();
  await expect(them.getByTestId("pack-done")).toContainText("Progress taken on 1 question.");
  await them.goto(`/q/${FIRST}`);
  await ready(them);
  await expect(them.getByTestId("notes")).toHaveValue("mine to carry");
  await other.close();
});

test("questions from a CSV file: errors name their line; a good file becomes a list, exported for Anki", async ({ page }) => {
  await page.goto("/lists");
  await ready(page);
  const bad = "question,year,difficulty\nFine one,2026,easy\nBad one,20x6,extreme\n";
  await page.getByTestId("csv-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  const error = page.getByTestId("csv-error");
  await expect(error).toContainText("“bad.csv” was not imported. Nothing was changed");
  await expect(error.locator("li")).toHaveText([
    "line 3, column difficulty: Choose easy, medium or hard.",
    "line 3, column year: Write a year such as 2026.",
  ]);
  await expect(page.getByTestId("no-lists")).toBeVisible();

  const good = 'question,section,key_points\nWhy does *dropout* help?,Team topics,"fewer co-adaptations\nan ensemble"\nExplain $\\lambda$ in ridge,,\n';
  await page.getByTestId("csv-file").setInputFiles({ name: "Team questions.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await expect(page.getByTestId("csv-preview")).toContainText("2 questions and 1 new section");
  await page.getByTestId("csv-add").click();
  await expect(page.getByTestId("csv-done")).toContainText("in the list “Team questions”");
  await expect(page.getByTestId("list-card")).toContainText("2 questions");

  const download = page.waitForEvent("download");
  await page.getByTestId("list-anki").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("team-questions.anki.tsv");
  const tsv = (await import("node:fs")).readFileSync(await file.path(), "utf8").split("\n");
  expect(tsv.slice(0, 4)).toEqual([
    "#separator:tab",
    "#html:true",
    "#columns:Front\tBack",
    "Why does *dropout* help?\tfewer co-adaptations<br>an ensemble",
  ]);
});

test("a list shared as a link opens in a fresh browser with its preview", async ({ page, browser }) => {
  await page.goto("/questions/new");
  await ready(page);
  await page.getByTestId("own-text").fill("Shared by link: what is *calibration*?");
  await page.getByTestId("own-save").click();
  await expect(page).toHaveURL(/\/q\/own-/);
  await page.getByTestId("question-lists").locator("summary").click();
  await page.getByTestId("q-new-list").fill("From a friend");
  await page.getByTestId("q-new-list").press("Enter");
  await expect(page.getByTestId("question-lists").locator("summary")).toHaveText("In 1 list");
  await page.goto("/lists");
  await ready(page);
  await page.getByTestId("list-share").click();
  const link = await page.getByTestId("share-link").inputValue();
  expect(link).toMatch(/\/lists#pack=[A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  const them = await other.newPage();
  await them.goto(link);
  await ready(them);
  await expect(them.getByTestId("pack-new")).toHaveText("1 new");
  await them.getByTestId("pack-apply").click();
  await expect(them.getByTestId("pack-done")).toContainText("“From a friend” is in your lists.");
  await expect(them).toHaveURL(/\/lists$/);
  // Its Markdown is drawn in the list's row.
  await expect(them.getByTestId("list-card")).toContainText("Shared by link: what is calibration?");
  await expect(them.getByTestId("list-item").locator("em")).toHaveText("calibration");
  // A damaged link says so and changes nothing.
  await them.goto("/");
  await them.goto(link.slice(0, -6));
  await ready(them);
  await expect(them.getByTestId("pack-error")).toContainText("The shared link could not be read");
  await other.close();
});
