// The plan to an interview date and Today's practice, on a fixed clock, from the keyboard.
import { test, expect, ready } from "./fixtures.mjs";

/** Answers every question of Today from the keyboard (Space, then a grade); returns how many. */
async function practiseAll(page, grade) {
  const progress = page.getByTestId("review-progress");
  await expect(progress).toBeVisible();
  const total = Number((await progress.textContent()).match(/of (\d+)/)[1]);
  for (let i = 1; i <= total; i++) {
    await expect(progress).toContainText(`Question ${i} of ${total}`);
    await page.keyboard.press("Space");
    await expect(page.getByTestId("rating")).toBeVisible();
    await page.keyboard.press(grade);
  }
  await expect(page.getByTestId("review-done")).toBeVisible();
  return total;
}

test("an interview ten days out: practise Today from the keyboard, then reviews come back and coverage rises", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-06-01T09:00:00") });
  await page.goto("/plan");
  await ready(page);
  await expect(page.getByTestId("no-goals")).toBeVisible();
  await page.getByTestId("goal-company").selectOption("meta");
  // Meta's loop from the guide is chosen for the rounds.
  await expect(page.locator("[data-round=system-design]")).toBeChecked();
  await page.getByTestId("goal-date").fill("2026-06-11");
  await page.getByTestId("goal-minutes").fill("30");
  await page.getByTestId("goal-save").click();
  const goal = page.getByTestId("goal");
  await expect(goal).toContainText("Meta, 2026-06-11 · in 10 days");
  await expect(page.getByTestId("goal-coverage")).toContainText(/^0 of \d+ relevant questions practised/);
  await expect(page.getByTestId("forecast")).toContainText("Next 30 days");
  const relevant = Number((await page.getByTestId("goal-coverage").textContent()).match(/of (\d+)/)[1]);

  // Home shows Today's count and a start button.
  await page.goto("/");
  await expect(page.getByTestId("today-count")).toContainText("for today");
  await page.getByTestId("today-start").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(page.getByTestId("today-intro")).toContainText("0 to review");
  // The first question is one of Meta's own.
  await expect(page.getByTestId("review-card").locator(".badge.company")).toContainText("Meta");

  // The keys: ? lists them, B bookmarks, N goes to the notes, U undoes a grade.
  await page.keyboard.press("?");
  await expect(page.getByTestId("keys-help")).toContainText("undo the last grade");
  await page.keyboard.press("?");
  await expect(page.getByTestId("keys-help")).toHaveCount(0);
  await page.keyboard.press("b");
  await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("n");
  await expect(page.getByTestId("notes")).toBeFocused();
  await page.keyboard.type("attention is quadratic");
  await page.getByTestId("notes").blur();
  const first = await page.getByTestId("review-card").getAttribute("data-id");
  await page.keyboard.press("1");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-id", first);
  await page.keyboard.press("u");
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-id", first);
  await expect(page.getByTestId("rating")).toBeVisible();
  await expect(page.getByTestId("today-said")).toHaveText("Grade undone.");

  // Hard: each comes back tomorrow.
  const answered = await practiseAll(page, "2");
  expect(answered).toBeGreaterThan(0);
  await expect(page.getByTestId("summary-grades")).toContainText(`${answered} Hard`);
  await expect(page.getByTestId("summary-back")).toContainText("in");
  // Undo works from the summary too, and the question is graded again.
  await page.keyboard.press("u");
  await expect(page.getByTestId("review-card")).toBeVisible();
  await page.keyboard.press("2");
  await expect(page.getByTestId("summary-grades")).toContainText(`${answered} Hard`);

  // Coverage rose by what was practised; the note and the bookmark were kept.
  await page.goto("/plan");
  await expect(page.getByTestId("goal-coverage")).toContainText(`${answered} of ${relevant} relevant questions practised`);
  await page.goto(`/q/${first}`);
  await expect(page.getByTestId("notes")).toHaveValue("attention is quadratic");
  await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");

  // The next day the questions come back as reviews, and new ones are added.
  await page.clock.setSystemTime(new Date("2026-06-02T09:00:00"));
  await page.goto("/today");
  await ready(page);
  await expect(page.getByTestId("today-intro")).toContainText(`${answered} to review`);
  await expect(page.getByTestId("review-progress")).toContainText("review");
  const again = await practiseAll(page, "3");
  expect(again).toBeGreaterThan(answered);
  await page.goto("/plan");
  await expect(page.getByTestId("goal")).toContainText("in 9 days");
  const practised = Number((await page.getByTestId("goal-coverage").textContent()).match(/^(\d+)/)[1]);
  expect(practised).toBeGreaterThan(answered);
});

test("the plan form refuses bad input with a clear message, and a deleted interview can be restored", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-06-01T09:00:00") });
  await page.goto("/plan");
  await ready(page);
  await page.getByTestId("goal-date").fill("2026-05-20");
  await page.getByTestId("goal-save").click();
  await expect(page.getByRole("alert")).toContainText("2026-05-20 has already passed");
  await expect(page.getByTestId("goal-date")).toHaveAttribute("aria-invalid", "true");
  await page.getByTestId("goal-date").fill("2026-06-03");
  await page.getByTestId("goal-minutes").fill("0");
  await page.getByTestId("goal-save").click();
  await expect(page.getByRole("alert")).toContainText("minutes you can practise a day");
  for (const box of await page.locator("[data-round]").all()) await box.uncheck();
  await page.getByTestId("goal-minutes").fill("10");
  await page.getByTestId("goal-save").click();
  await expect(page.getByRole("alert")).toContainText("at least one round");
  await page.locator("[data-round=llm]").check();
  await page.getByTestId("goal-save").click();
  // Two days at 10 minutes cannot cover every LLM question: the plan says what it leaves out.
  await expect(page.getByTestId("goal-fit")).toContainText("The plan does not fit");
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("mlip.plans")).goals.length)).toBe(1);
  await page.getByTestId("goal-delete").click();
  await expect(page.getByTestId("no-goals")).toBeVisible();
  await page.getByTestId("goal-undo").click();
  await expect(page.getByTestId("goal")).toContainText("Any company, 2026-06-03");

  // A stored plan that cannot be read is reported, kept aside, and the page still works.
  await page.evaluate(() => localStorage.setItem("mlip.plans", '{"version":9,"goals":[]}'));
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("storage-problem")).toContainText("interview plan");
  await expect(page.getByTestId("no-goals")).toBeVisible();
});

test("with nothing due and no plan, Today says what to do", async ({ page }) => {
  await page.goto("/today");
  await ready(page);
  await expect(page.getByTestId("review-empty")).toContainText("Nothing to practise right now");
  await page.getByTestId("plan-link").click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
});
