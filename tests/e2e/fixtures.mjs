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

/** Waits until the app has replaced the static shell (or a prerendered copy) and the page on screen has rendered. */
export async function ready(page) {
  await expect(page.locator("html[data-app-started='1']")).toHaveCount(1);
  // A prerendered page's static copy gives way to the app once its page is drawn.
  await expect(page.locator("[data-prerendered]")).toHaveCount(0);
  // Pages other than home load their code on first use: wait for the page itself (every
  // page has a heading).
  await page.locator("#main h1").first().waitFor();
}

/**
 * Every stored progress entry, by question id. Progress is kept in eight parts,
 * `mlip.progress.0` .. `.7`, each a schema 4 document whose entries are arrays:
 * [status, bookmarked, notes, modified_ms, ratings, review].
 */
export async function storedEntries(page) {
  const parts = await page.evaluate(() =>
    Array.from({ length: 8 }, (_, i) => localStorage.getItem(`mlip.progress.${i}`)).filter(Boolean));
  const entries = {};
  for (const text of parts) {
    const doc = JSON.parse(text);
    expect(doc.schema_version).toBe(4);
    Object.assign(entries, doc.progress);
  }
  return entries;
}
