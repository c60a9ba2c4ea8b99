// The static server caches as the README advises hosts to: hashed files forever, the rest
// revalidated.
import { test, expect } from "@playwright/test";

test("hashed files are cached for good, index.html and the worker are revalidated", async ({ request }) => {
  const index = await request.get("/");
  expect(index.headers()["cache-control"]).toBe("no-cache");
  const html = await index.text();
  const chunkLoader = html.match(/app-[0-9a-f]{16}\/[^"']+\.js/)?.[0];
  const css = html.match(/main-[0-9a-f]{16}\.css/)?.[0];
  expect(chunkLoader, "index.html loads the route-split build from app-<hash>/").toBeTruthy();
  expect(css, "index.html links the hashed stylesheet").toBeTruthy();
  for (const path of [chunkLoader, css]) {
    const res = await request.get(`/${path}`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
  for (const path of ["sw.js", "catalog.json", "manifest.webmanifest"]) {
    const res = await request.get(`/${path}`);
    expect(res.headers()["cache-control"], path).toBe("no-cache");
  }
});
