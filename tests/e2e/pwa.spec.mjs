// Installability and the Content-Security-Policy of the served build.
import { test, expect, ready } from "./fixtures.mjs";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

test("the manifest names the app and its icons, including a maskable one", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  const res = await page.request.get(href);
  expect(res.headers()["content-type"]).toContain("application/manifest+json");
  const m = await res.json();
  expect(m).toMatchObject({ name: "ML Interview Prep", start_url: "./", scope: "./", display: "standalone" });
  const found = [];
  for (const icon of m.icons) {
    const body = await (await page.request.get(new URL(icon.src, href).href)).body();
    if (icon.type === "image/png") {
      const [w, h] = pngSize(body);
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    found.push(`${icon.sizes} ${icon.purpose}`);
  }
  expect(found).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable", "any any"]));
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(1);
});

test("the CSP allows only the site's own files, wasm, and the loader by hash", async ({ page }) => {
  const violations = [];
  await page.exposeFunction("cspViolation", (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto("/q/explain-bias-variance-tradeoff");
  await ready(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/https?:/);
  // The key points (catalog.json), the worker and the manifest all load under it.
  await page.getByTestId("reveal").click();
  await expect(page.getByTestId("key-points")).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("180 questions");
  expect(violations).toEqual([]);
});
