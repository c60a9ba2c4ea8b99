// Every route has its own page as a static host serves it: title, description and a link
// preview, before any script runs; robots.txt and sitemap.xml list the public pages.
import { test, expect, ready } from "./fixtures.mjs";

const Q = "explain-bias-variance-tradeoff";
const meta = (html, attr, name) => (html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`)) || [])[1];

test("a shared question link carries its own title, description and preview, and preloads its code", async ({ page, request }) => {
  const fetched = {};
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) fetched[path] = (fetched[path] || 0) + 1;
  });
  const html = await (await request.get(`/q/${Q}`)).text();
  expect(html).toContain("<title>Explain the bias-variance tradeoff. · ML Interview Prep</title>");
  expect(meta(html, "property", "og:title")).toBe("Explain the bias-variance tradeoff.");
  expect(meta(html, "name", "description")).toContain("interview question");
  expect(meta(html, "property", "og:description")).toBe(meta(html, "name", "description"));
  // The page's code is preloaded beside the main module (once the prerendered content has
  // painted, by the page's loader).
  expect(html).toMatch(/rel=\\"preload\\" href=\\"[^"\\]*\/split_catalog_pages\.wasm\\" as=\\"fetch\\"/);
  // The app starts from it as from any page, and keeps the title.
  await page.goto(`/q/${Q}`);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explain the bias-variance tradeoff.");
  await expect(page).toHaveTitle("Explain the bias-variance tradeoff. · ML Interview Prep");
  // Each preloaded file is used, not fetched a second time.
  expect(Object.entries(fetched).filter(([, n]) => n > 1)).toEqual([]);
});

test("every page has a title and description of its own", async ({ request }) => {
  const seen = new Map();
  for (const path of ["/", "/browse", "/companies", "/companies/google", "/tips", "/today", "/plan", "/progress", "/data", "/interview", `/q/${Q}`]) {
    const html = await (await request.get(path)).text();
    const title = (html.match(/<title>([^<]*)<\/title>/) || [])[1];
    const description = meta(html, "name", "description");
    expect(title, path).toBeTruthy();
    expect(description, path).toBeTruthy();
    expect(seen.has(title), `${path} shares its title with ${seen.get(title)}`).toBe(false);
    seen.set(title, path);
  }
});

test("robots.txt points to a sitemap of every public page", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  // Built with a path for its public URL: the sitemap is named in a comment, not in an
  // invalid relative Sitemap line.
  expect(robots).toContain("# The sitemap is /sitemap.xml");
  expect(robots).not.toContain("Sitemap:");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toContain(`/q/${Q}`);
  expect(locs).toContain("/companies/google");
  expect(locs.filter((l) => l.startsWith("/q/"))).toHaveLength(180);
  // Personal pages are not listed.
  expect(locs).not.toContain("/progress");
  // Each listed page is served with its own title.
  const html = await (await request.get(`${baseURL}/companies/google`)).text();
  expect(html).toContain("<title>Google ML interview process · ML Interview Prep</title>");
});
