// Mock interview mode, end to end, with Playwright's fake clock: timers come from stored
// deadlines, so warnings, reloads, hidden tabs and pauses must all show the right time.
import { test, expect, ready, storedEntries } from "./fixtures.mjs";

test.use({ timezoneId: "UTC" });

const MIN = 60_000;
const T0 = Date.parse("2026-03-02T09:00:00Z");
/** The moment the clock is frozen at, before anything is clicked. */
const START = T0 + 1_000;

/** Pretends the tab was hidden or shown again, as the browser would tell the page. */
async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => (hidden ? "hidden" : "visible"),
    });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

async function startInterview(page, pick, counts) {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(START);
  await page.goto("/interview");
  await ready(page);
  await page.getByTestId(pick).check();
  for (const [i, n] of counts.entries()) {
    await page.getByTestId(`questions-${i}`).fill(String(n));
    await page.getByTestId(`questions-${i}`).blur();
  }
  await page.getByTestId("start").click();
  await expect(page).toHaveURL(/\/interview\/run$/);
}

test("a Google loop keeps time through the warning, a reload, a hidden tab and a pause", async ({ page }) => {
  let alert, elapsed, first, kpTotal, overall, question, questions, remaining, weak;
  await test.step("start a Google loop", async () => {
    await startInterview(page, "pick-google", [2, 1, 1, 1, 1]);
    remaining = page.getByTestId("remaining");
    elapsed = page.getByTestId("question-elapsed");
    alert = page.getByTestId("timer-alert");
    await expect(page.getByTestId("iv-position")).toHaveText(
      "Round 1 of 5: Technical phone screen · question 1 of 2",
    );
    await expect(remaining).toHaveText("45:00");
    await expect(elapsed).toHaveText("00:00");
    question = await page.getByTestId("iv-question").textContent();
    await page.getByTestId("scratchpad").fill("loss = mean((y - Xw)^2)");
  });

  await test.step("40 of 45 minutes: the five-minute warning, shown and in the aria-live region", async () => {
    await page.clock.fastForward(40 * MIN);
    await expect(remaining).toHaveText("05:00");
    await expect(alert).toHaveText("5 minutes left in this round.");
    await expect(alert).toHaveAttribute("aria-live", "polite");
    await expect(page.getByTestId("round-timer")).toHaveClass(/\bwarn\b/);
  });

  await test.step("Reload: same question, same time to the second, scratchpad kept", async () => {
    await page.reload();
    await ready(page);
    await expect(page.getByTestId("iv-question")).toHaveText(question);
    await expect(remaining).toHaveText("05:00");
    await expect(elapsed).toHaveText("40:00");
    await expect(page.getByTestId("scratchpad")).toHaveValue("loss = mean((y - Xw)^2)");
  });

  await test.step("Ten minutes in a hidden tab: right on return, and now in overtime", async () => {
    await setHidden(page, true);
    await page.clock.fastForward(10 * MIN);
    await setHidden(page, false);
    await expect(remaining).toHaveText("+05:00");
    await expect(elapsed).toHaveText("50:00");
    await expect(page.getByTestId("round-timer")).toHaveClass(/\bovertime\b/);
    await expect(alert).toHaveText("Time is up. Overtime is being counted.");
  });

  await test.step("Three minutes paused: nothing moves", async () => {
    await page.getByTestId("pause").click();
    await expect(page.getByTestId("paused")).toBeVisible();
    await page.clock.fastForward(3 * MIN);
    await expect(remaining).toHaveText("+05:00");
    await expect(elapsed).toHaveText("50:00");
    await page.getByTestId("resume").click();
    await expect(remaining).toHaveText("+05:00");
  });

  await test.step("Score the answer: the rubric with its level descriptions, and key points ticked", async () => {
    await page.getByTestId("next").click();
    const form = page.getByTestId("rubric-form");
    await expect(form).toBeVisible();
    await expect(page.locator("#rubric-title")).toBeFocused();
    await expect(page.getByTestId("answer-time")).toHaveText("You answered in 50:00.");
    const dims = form.locator("fieldset.dimension");
    const picks = [3, 2, 4, 3];
    await expect(dims).toHaveCount(4); // the phone screen opens with a coding question
    await expect(dims.first().locator(".level-text")).toHaveCount(4);
    for (let i = 0; i < 4; i++) await dims.nth(i).locator(`input[value="${picks[i]}"]`).check();
    const points = form.locator('[data-testid^="kp-"][type="checkbox"]');
    await expect(points.first()).toBeVisible();
    kpTotal = await points.count();
    await points.nth(0).check();
    await points.nth(1).check();
    await page.getByTestId("save-score").click();
  });

  await test.step("The second question of the round is skipped; the clock did not run while scoring", async () => {
    await expect(page.getByTestId("iv-position")).toHaveText(/question 2 of 2/);
    await expect(remaining).toHaveText("+05:00");
    await page.getByTestId("skip").click();
    await expect(page.getByTestId("round-done")).toContainText("Round 1 of 5 is over: 50:00 used of 45:00.");
  });

  await test.step("The four onsite rounds: two minutes each, then skipped", async () => {
    for (let r = 2; r <= 5; r++) {
      await page.getByTestId("next-round").or(page.getByTestId("finish")).first().click();
      await expect(page.getByTestId("iv-position")).toHaveText(new RegExp(`^Round ${r} of 5`));
      await expect(remaining).toHaveText("45:00");
      await page.clock.fastForward(2 * MIN);
      await expect(elapsed).toHaveText("02:00");
      await page.getByTestId("skip").click();
    }
    await page.getByTestId("finish").click();
    await expect(page).toHaveURL(/\/interview\/report\/iv-\d+$/);
  });

  await test.step("The report: times against the allotment and the scores entered", async () => {
    const rounds = page.getByTestId("round-times").locator("tbody tr");
    await expect(rounds).toHaveCount(5);
    await expect(rounds.nth(0)).toContainText("50:00");
    await expect(rounds.nth(0)).toContainText("45:00");
    await expect(rounds.nth(0)).toContainText("+05:00");
    await expect(rounds.nth(1)).toContainText("02:00");
    questions = page.getByTestId("question-time");
    await expect(questions).toHaveCount(6);
  });

  await test.step("Rubric mean 3 of 4 gives 2/3; two key points ticked; the two halves averaged", async () => {
    first = (2 / 3 + 2 / kpTotal) / 2;
    const expected = Math.round(first * 100);
    await expect(questions.nth(0)).toContainText(question);
    await expect(questions.nth(0).locator("td")).toHaveText(["Answered", "50:00", "22:30", `${expected}%`]);
    await expect(questions.nth(1).locator("td")).toHaveText(["Skipped", "00:00", "22:30", "0%"]);
    await expect(page.getByTestId("dim-score-coding-correctness")).toContainText("3.0 / 4");
    await expect(page.getByTestId("dim-score-coding-complexity")).toContainText("2.0 / 4");
    await expect(page.getByTestId("dim-score-coding-edge-cases")).toContainText("4.0 / 4");
    await expect(page.getByTestId("dim-score-coding-code-clarity")).toContainText("3.0 / 4");
  });

  await test.step("Six questions count: the one answered and five skipped (a skip scores 0)", async () => {
    overall = Math.round((first / 6) * 100);
    await expect(page.getByTestId("report-overall")).toHaveText(`Score ${overall} / 100`);
    await expect(page.getByTestId("weakest").locator("li")).not.toHaveCount(0);
  });

  await test.step("Weak questions (the five skipped, and the first if it scored under half) go to the review queue, due now", async () => {
    weak = 5 + (first < 0.5 ? 1 : 0);
    const send = page.getByTestId("send-to-review");
    await expect(send).toHaveText(`Send ${weak} weak questions to review`);
    await send.click();
    await expect(page.getByTestId("sent-to-review")).toHaveText(`Done: ${weak} questions are due for review now.`);
    // Stored entries are arrays; review[0] counts the due time back from modified_ms.
    const now = await page.evaluate(() => Date.now());
    const entries = Object.values(await storedEntries(page));
    const due = entries.filter((q) => q[5] && q[3] - q[5][0] <= now).length;
    expect(due).toBe(weak);
    // The scored answer counts as a review: rubric mean 3 of 4 is a Good rating (ratings
    // are stored flat, [rating, time, rating, time, ...]).
    const rated = entries.filter((q) => q[4].length > 0);
    expect(rated.map((q) => q[4].filter((_, i) => i % 2 === 0))).toEqual([[2]]);
  });

  await test.step("The history lists it, with the chart and its text alternative", async () => {
    await page.goto("/interview/history");
    await ready(page);
    await expect(page.getByTestId("history-row")).toHaveCount(1);
    await expect(page.getByTestId("history-row")).toContainText("Google");
    await expect(page.getByTestId("history-score")).toHaveText(String(overall));
    await expect(page.getByTestId("chart-desc")).toHaveText(`1 interview: from ${overall} on 2026-03-02 to ${overall} on 2026-03-02; best ${overall}.`);
    await expect(page.locator("[data-testid=score-chart] svg circle")).toHaveCount(1);
  });
});

test("abandoning asks first, and the setup page offers to resume", async ({ page }) => {
  await startInterview(page, "pick-llm", [1]);
  await expect(page.getByTestId("iv-position")).toHaveText("Round 1 of 1: LLM · question 1 of 1");
  await page.clock.fastForward(5 * MIN);

  await page.goto("/interview");
  await ready(page);
  await expect(page.getByTestId("resume-banner")).toContainText("LLM: round 1 of 1");
  await expect(page.getByTestId("start")).toHaveCount(0);
  await page.getByTestId("resume-interview").click();
  await expect(page.getByTestId("remaining")).toHaveText("40:00");

  // The sound toggle (off by default) is kept with the interview.
  await expect(page.getByTestId("sound")).not.toBeChecked();
  await page.getByTestId("sound").check();
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("sound")).toBeChecked();

  await page.getByTestId("abandon").click();
  await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.getByRole("button", { name: "Keep going" }).click();
  await expect(page.getByTestId("remaining")).toHaveText("40:00");
  await page.getByTestId("abandon").click();
  await page.getByTestId("abandon-yes").click();
  await expect(page).toHaveURL(/\/interview\/report\/iv-\d+$/);
  await expect(page.getByTestId("report")).toContainText("This interview was abandoned");
  await expect(page.getByTestId("question-time").locator("td")).toHaveText(["Not finished", "05:00", "45:00", "–"]);
});

test("history: delete offers undo; unreadable stored documents are kept aside", async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.goto("/");
  await ready(page);
  const history = {
    schema_version: 1,
    entries: [
      { id: "iv-1", started_ms: T0 - 3 * 86_400_000, label: "Meta", overall: 40 },
      { id: "iv-2", started_ms: T0 - 86_400_000, label: "ML coding", overall: 65 },
    ],
  };
  await page.evaluate((h) => {
    localStorage.setItem("mlip.interview", "{not json");
    localStorage.setItem("mlip.interview-history", JSON.stringify(h));
  }, history);
  await page.goto("/interview/history");
  await ready(page);

  await expect(page.getByTestId("storage-problem")).toContainText("Your saved mock interview could not be read.");
  expect(await page.evaluate(() => localStorage.getItem("mlip.interview.backup"))).toBe("{not json");

  const rows = page.getByTestId("history-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("ML coding");
  await expect(page.getByTestId("chart-desc")).toHaveText("2 interviews: from 40 on 2026-02-27 to 65 on 2026-03-01; best 65.");

  await rows.first().getByTestId("delete").click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("undo-status")).toContainText("Deleted “ML coding”");
  await expect(page.getByTestId("undo")).toBeFocused();
  await page.getByTestId("undo").click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("undo-status")).toHaveText("");

  // Undo is offered for a few seconds only.
  await rows.first().getByTestId("delete").click();
  await page.clock.fastForward(11_000);
  await expect(page.getByTestId("undo")).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("mlip.interview-history")));
  expect(stored.entries.map((e) => e.id)).toEqual(["iv-1"]);
});
