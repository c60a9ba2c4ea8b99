// The public pages arrive with their content (scripts/prerender.mjs): readable and linked
// before any script runs, and replaced by the app in one step once it has drawn the page.
import { test, expect, ready } from "./fixtures.mjs";

const Q = "explain-bias-variance-tradeoff";

/**
 * Records, at the moment the app takes the copy's place, the page as it then is: the app
 * draws a page in several tasks behind the copy and must not swap before the last one.
 */
async function watchSwap(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, watch) => {
      if (document.querySelector("#app") && !document.querySelector("[data-prerendered]")) {
        window.atSwap = document.getElementById("app").cloneNode(true);
        watch.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
}

/** How many elements matched `selector` in the page as it was at the swap. */
function atSwap(page, selector) {
  return page.evaluate((sel) => {
    const holder = document.createElement("div");
    holder.append(window.atSwap.cloneNode(true));
    return holder.querySelectorAll(sel).length;
  }, selector);
}

test("with scripts off, deep links still show their content", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/browse");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Browse questions");
  const rows = page.locator("li.question-row a.question-link");
  await expect(rows).toHaveCount(180);
  await expect(rows.first()).toHaveAttribute("href", /^\/q\/[a-z0-9-]+/);
  // A row is a link that works without the app: it opens the question's own page.
  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page).toHaveURL(new RegExp(`/q/${Q}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explain the bias-variance tradeoff.");
  for (const [path, heading] of [
    ["/tips", /tips/i],
    ["/companies", /compan/i],
    ["/companies/google", /google/i],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
  }
  // Form controls of the copy take no input (typed text would be lost when the app arrives).
  await page.goto("/browse");
  await expect(page.locator("#app input").first()).toHaveAttribute("inert", "");
  // Personal pages are not prerendered.
  await page.goto("/today");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(0);
  await context.close();
});

test("the app takes the copy's place once its page is drawn, without moving it", async ({ page }) => {
  // Hold the catalog pages' code back, so the copy is on screen while the app waits for it.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/split_catalog_pages.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await watchSwap(page);
  await page.goto("/browse");
  const copy = page.locator("#app[data-prerendered]");
  await expect(copy).toBeVisible();
  await expect(copy.locator("li.question-row")).toHaveCount(180);
  // Started, but its page not drawn yet: the copy stays.
  await expect(page.locator("html[data-app-started='1']")).toHaveCount(1);
  const before = await page.locator("li.question-row").nth(3).boundingBox();
  const heading = await page.locator("#main h1").boundingBox();
  release();
  await ready(page);
  await expect(page.locator("#app")).toHaveCount(1);
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.getByTestId("question-row")).toHaveCount(180);
  // Drawn in slices behind the copy, the page was whole when it took the copy's place.
  expect(await atSwap(page, "#app li.question-row")).toBe(180);
  expect(await atSwap(page, "#app [data-testid=search]")).toBe(1);
  // The same rows in the same places.
  expect(await page.locator("li.question-row").nth(3).boundingBox()).toEqual(before);
  expect(await page.locator("#main h1").boundingBox()).toEqual(heading);
  // And it is the app: searching filters the list.
  await page.getByRole("searchbox").first().fill("bias variance");
  await expect(page.getByTestId("question-list").getByTestId("question-row").first()).toContainText(/bias/i);
});

test("a question's copy gives way to the app with the visitor's own progress", async ({ page }) => {
  await watchSwap(page);
  await page.goto(`/q/${Q}`);
  await ready(page);
  // Its controls, drawn in tasks of their own, were all there at the swap.
  for (const control of ["status", "bookmark", "rating", "notes"]) {
    expect(await atSwap(page, `#app [data-testid=${control}]`), control).toBe(1);
  }
  await page.getByRole("button", { name: "Practicing" }).click();
  await expect(page.getByRole("button", { name: "Practicing" })).toHaveAttribute("aria-pressed", "true");
  // Reloaded: the copy shows the guide's page as anyone sees it; the app then shows theirs.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("button", { name: "Practicing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-prerendered]")).toHaveCount(0);
});

test("a prerendered page paints its content before it asks for any of the app's code", async ({ context }) => {
  for (const path of ["/browse", `/q/${Q}`]) {
    // A new tab each time: a page opened from another keeps that one on screen for a while.
    const page = await context.newPage();
    await page.goto(path);
    await ready(page);
    const order = await page.evaluate(() => {
      const painted = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      const code = performance
        .getEntriesByType("resource")
        .filter((r) => /\.(wasm|js)$/.test(new URL(r.name).pathname) && !/\/(boot|offline)-/.test(r.name))
        .map((r) => r.startTime);
      return { painted, first: Math.min(...code), files: code.length };
    });
    // The content painted first; the main module, its wasm and the page group came after.
    expect(order.painted, path).toBeGreaterThan(0);
    expect(order.files, path).toBeGreaterThan(2);
    expect(order.first, path).toBeGreaterThan(order.painted);
    await page.close();
  }
});
