import { test, expect, ready } from "./fixtures.mjs";

test("on a phone the header is one row, names the app in full and keeps every page reachable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/tips");
  await ready(page);
  const box = await page.locator(".site-header").boundingBox();
  expect(box.height).toBeLessThanOrEqual(64);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Browse", "Today", "Plan", "Interview", "Progress", "Companies", "Tips"]);
  // The current page's link is scrolled into the visible part of the row.
  await expect(nav.getByRole("link", { name: "Tips" })).toBeInViewport({ ratio: 1 });
  // Screen readers hear the full name; the short one is only drawn.
  await expect(page.getByRole("link", { name: "ML Interview Prep", exact: true })).toBeVisible();
  // The keyboard walks the row in order, scrolling it as needed.
  await page.getByRole("link", { name: "ML Interview Prep", exact: true }).focus();
  for (const name of ["Browse", "Today", "Plan", "Interview", "Progress", "Companies", "Tips"]) {
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name })).toBeFocused();
    await expect(nav.getByRole("link", { name })).toBeInViewport({ ratio: 1 });
  }
});
