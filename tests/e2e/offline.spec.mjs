// Offline: after one visit the service worker serves the whole app. The test's own server
// is stopped and the browser context set offline before anything is loaded again.
import { test, expect, ready } from "./fixtures.mjs";
import { distDir, portFor, startServer, waitForServiceWorker } from "./servers.mjs";

test("after one visit, home, browse, a question, its key points and a mock interview work offline", async ({ page, context }) => {
  const server = await startServer({ dir: distDir, port: portFor("offline") });
  const url = server.url;
  try {
    await page.goto(url);
    await ready(page);
    await waitForServiceWorker(page);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);

  await page.reload();
  await ready(page);
  await expect(page.getByTestId("counts")).toContainText("180 questions");

  // In-app navigation, then deep links loaded from scratch (the cached index.html).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("180 questions");
  await page.goto(`${url}browse?q=bias-variance`);
  await ready(page);
  await expect(page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link")).toHaveText("Explain the bias-variance tradeoff.");
  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");

  await page.goto(`${url}q/explain-bias-variance-tradeoff`);
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await page.getByTestId("reveal").click();
  // catalog.json comes from the cache.
  expect(await page.getByTestId("key-points").locator("li").count()).toBeGreaterThanOrEqual(3);

  await page.reload();
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");

  // A mock interview starts and runs offline too.
  await page.goto(`${url}interview`);
  await ready(page);
  await page.getByTestId("start").click();
  await expect(page.getByTestId("iv-question")).not.toBeEmpty();
  await expect(page.getByTestId("remaining")).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("iv-question")).not.toBeEmpty();
});
