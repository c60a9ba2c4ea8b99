// Automated accessibility checks (axe-core): one test per page and colour scheme.
import { test, expect, ready } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const pages = [
  "/",
  "/browse",
  "/browse?section=recent&difficulty=easy",
  "/q/explain-bias-variance-tradeoff",
  "/companies",
  "/companies/google",
  "/tips",
  "/today",
  "/plan",
  "/progress",
  "/data",
  "/questions/new",
  "/lists",
  "/no-such-page",
];
// Pages whose content arrives after the heading: what to wait for before checking.
const waitFor = {
  "/browse?q=xgboost": "[data-testid=match-place] mark",
  "/browse?q=tranzformmerr": "[data-testid=suggestion]",
};
pages.push(...Object.keys(waitFor));

for (const scheme of ["light", "dark"]) {
  for (const path of pages) {
    test(`no accessibility violations on ${path} (${scheme})`, async ({ page }) => {
      // No transitions, so axe reads the colours the page settles on.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto(path);
      await ready(page);
      if (waitFor[path]) await page.locator(waitFor[path]).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const problems = result.violations.map(
        (v) => `${path}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
}
