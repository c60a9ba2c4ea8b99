// Deployed under a sub-path, as on static hosting: the build made with
// `trunk build --public-url /ml-interview-prep/` (dist-sub/), served only under that path.
import { test, expect, ready } from "./fixtures.mjs";
import { existsSync, readFileSync } from "node:fs";
import { test as plainTest } from "@playwright/test";
import { SUB_PATH, portFor, startServer, subDistDir, waitForServiceWorker } from "./servers.mjs";

let server;
test.beforeAll(async () => {
  server = await startServer({ dir: subDistDir, port: portFor("subpath"), base: SUB_PATH });
});
test.afterAll(async () => server && (await server.stop()));

test("under /ml-interview-prep/: assets, deep links, navigation, key points, worker, manifest", async ({ page, context }) => {
  const origin = new URL(server.url).origin;
  const outside = [];
  const failed = [];
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && !u.pathname.startsWith(SUB_PATH)) outside.push(u.pathname);
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  // Nothing is served at the root.
  expect((await page.request.get(`${origin}/`)).status()).toBe(404);

  await page.goto(server.url);
  await ready(page);
  await expect(page.getByTestId("counts")).toContainText("180 questions");

  // In-app links stay under the sub-path.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Browse" }).click();
  await expect(page).toHaveURL(`${server.url}browse`);
  await page.getByTestId("search").fill("bias-variance");
  await expect(page).toHaveURL(`${server.url}browse?q=bias-variance`);
  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page).toHaveURL(`${server.url}q/explain-bias-variance-tradeoff?q=bias-variance`);
  await nav.getByRole("link", { name: "Tips", exact: true }).click();
  await expect(page).toHaveURL(`${server.url}tips`);
  await page.getByRole("link", { name: "ML Interview Prep", exact: true }).click();
  await expect(page).toHaveURL(server.url);

  // A deep link, and the key points from <sub-path>/catalog.json.
  const catalog = page.waitForResponse((r) => r.url() === `${server.url}catalog.json`);
  await page.goto(`${server.url}q/explain-bias-variance-tradeoff`);
  await ready(page);
  await expect(page.locator("h1")).toHaveText("Explain the bias-variance tradeoff.");
  await page.getByTestId("reveal").click();
  expect(await page.getByTestId("key-points").locator("li").count()).toBeGreaterThanOrEqual(3);
  expect((await catalog).status()).toBe(200);

  // The service worker lives in the sub-path and controls it.
  await waitForServiceWorker(page);
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { scope: reg.scope, script: navigator.serviceWorker.controller.scriptURL };
  });
  expect(sw).toEqual({ scope: server.url, script: `${server.url}sw.js` });

  // The manifest: start_url and scope are the sub-path; every icon is there.
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  expect(manifestUrl).toBe(`${server.url}manifest.webmanifest`);
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(res.status(), icon.src).toBe(200);
  }

  // Each page's own file, robots.txt and the sitemap carry the sub-path.
  const qPage = await (await page.request.get(`${server.url}q/explain-bias-variance-tradeoff`)).text();
  expect(qPage).toContain("<title>Explain the bias-variance tradeoff. · ML Interview Prep</title>");
  expect(await (await page.request.get(`${server.url}robots.txt`)).text()).toContain(`# The sitemap is ${SUB_PATH}sitemap.xml`);
  expect(await (await page.request.get(`${server.url}sitemap.xml`)).text()).toContain(`<loc>${SUB_PATH}q/explain-bias-variance-tradeoff</loc>`);

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);

  // Offline under the sub-path too.
  await server.stop();
  await context.setOffline(true);
  await page.goto(`${server.url}browse?q=bias-variance`);
  await ready(page);
  await expect(page.getByTestId("question-list").getByTestId("question-row").first().locator(".question-link")).toHaveText("Explain the bias-variance tradeoff.");
});

// Not the usual fixture: the browser itself logs the page's 404 status as a console error.
// Service workers are left out: their script is fetched outside the page's routes.
plainTest.describe("static host with 404.html", () => {
  plainTest.use({ serviceWorkers: "block" });
  plainTest("on a host that answers unknown paths with 404.html (GitHub Pages), a deep link opens the app", async ({ page }) => {
    const errors = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    page.on("pageerror", (err) => errors.push(err.message));
    // Emulate such a host, without a server: files of the build are served as they are, and
    // any other path under the app gets 404.html with status 404.
    const site = "https://pages.example/ml-interview-prep/";
    const types = { html: "text/html", js: "text/javascript", css: "text/css", wasm: "application/wasm",
      json: "application/json", svg: "image/svg+xml", png: "image/png", webmanifest: "application/manifest+json" };
    await page.route(`${site}**`, (route) => {
      const path = new URL(route.request().url()).pathname.slice(SUB_PATH.length);
      const file = path && existsSync(`${subDistDir}/${path}`) ? path : null;
      if (!file) {
        return route.fulfill({ status: 404, contentType: "text/html", body: readFileSync(`${subDistDir}/404.html`) });
      }
      return route.fulfill({ status: 200, contentType: types[file.split(".").pop()], body: readFileSync(`${subDistDir}/${file}`) });
    });
    await page.goto(`${site}q/explain-bias-variance-tradeoff`);
    await ready(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explain the bias-variance tradeoff.");
    // The only error is the 404 status of the page itself.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"]);
  });
});
