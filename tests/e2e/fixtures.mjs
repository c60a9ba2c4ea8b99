// A `page` fixture that fails the test on any console error or uncaught page error.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});
export { expect };

/** Waits until the app has replaced the static shell. */
export async function ready(page) {
  await expect(page.locator("html[data-app-started='1']")).toHaveCount(1);
}
