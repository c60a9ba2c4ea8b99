// Automated accessibility checks (axe-core) on every page, in light and dark mode.
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
  "/review",
  "/progress",
  "/data",
  "/no-such-page",
];

for (const scheme of ["light", "dark"]) {
  test(`no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of pages) {
      await page.goto(path);
      await ready(page);
      await page.waitForTimeout(100);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const problems = result.violations.map(
        (v) => `${path}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(problems, problems.join("\n")).toEqual([]);
    }
  });
}
