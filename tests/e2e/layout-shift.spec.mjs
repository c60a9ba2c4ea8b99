// No page moves under the reader: layout shifts, recorded from navigation on
// (PerformanceObserver, buffered), add up to 0 on every page, on a phone and a laptop,
// including after stored progress is applied.
import { test, expect, ready } from "./fixtures.mjs";

const pages = ["/", "/browse", "/q/explain-transformer-architecture", "/companies", "/companies/google", "/tips", "/today", "/plan", "/progress", "/data", "/interview"];

/** Total layout shift so far, and what moved. */
async function shifts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const entries = [];
        new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in the observer's first callback; two frames see it run.
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve({
              total: entries.filter((e) => !e.hadRecentInput).reduce((a, e) => a + e.value, 0),
              moved: entries.flatMap((e) => e.sources.map((s) => `${s.node?.nodeName || "?"}.${s.node?.className || ""} ${e.value.toFixed(4)}`)),
            }),
          ),
        );
      }),
  );
}

for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["laptop", { width: 1280, height: 800 }]]) {
  test(`no layout shift on any page (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // Some stored progress, so that pages apply it as they render.
    await page.goto("/q/explain-bias-variance-tradeoff");
    await ready(page);
    await page.getByTestId("bookmark").click();
    await page.getByTestId("rating").getByRole("button", { name: /Good/ }).click();
    for (const path of pages) {
      await page.goto(path);
      await ready(page);
      await page.waitForLoadState("networkidle");
      const { total, moved } = await shifts(page);
      expect(total, `${path}: ${moved.join(", ")}`).toBe(0);
    }
  });
}
