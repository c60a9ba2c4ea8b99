// Prerendering: the public pages' content written into their route pages at build time, so
// a deep link paints its content (and reads it, links included) before any wasm arrives.
// The content is the app's own rendering: the built site is served from Trunk's staging
// dir, each page opened in headless Chromium with empty storage, and what the app drew into
// #app after the page settled goes into that page's file, with:
//   - data-prerendered on #app: the app mounts off-screen and puts itself in its place once
//     the route's page is drawn (src/platform/boot.rs), so nothing flashes or moves;
//   - form controls inert: text typed before the swap would be lost with the copy;
//   - data-testid attributes and Leptos's empty marker comments left out;
//   - the app's code fetched once the copy has painted, not beside it (appAfterPaint).
// Personal pages (Today, Progress, Data, lists, the mock interview) are not prerendered:
// they show the visitor's own data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serveDir } from "./serve-dir.mjs";
import { withCsp } from "./csp.mjs";

/** Route paths (without the base) that get their content prerendered. */
export function prerenderedPaths(catalog) {
  return [
    "browse",
    "companies",
    "tips",
    ...catalog.companies.map((c) => `companies/${c.id}`),
    ...catalog.questions.map((q) => `q/${q.id}`),
  ];
}

/** The app's drawing of a page, made static: inert controls, no test ids, no markers. */
export function staticCopy(html) {
  return html
    .replace(/<!---->/g, "")
    .replace(/ data-testid="[^"]*"/g, "")
    .replace(/<(input|select|textarea|button)\b/g, "<$1 inert");
}

/** `page` (a route page's HTML) with `content` in place of the shell inside #app. */
export function withContent(page, content) {
  const start = page.indexOf('<div id="app">');
  const end = page.indexOf('<div id="fatal"');
  if (start < 0 || end < start) throw new Error('a route page has no <div id="app"> before #fatal');
  return `${page.slice(0, start)}<div id="app" data-prerendered>${content}</div>\n  ${page.slice(end)}`;
}

/**
 * `page` with the app's code fetched after its content has painted. A prerendered page needs
 * no code to show its content, so the main module, the wasm and the page group's preloads
 * should not share the network with it: Trunk's loader waits until the browser reports the
 * content painted, then adds the preload hints and imports the module. The CSP is
 * recomputed for the changed loader.
 */
export function appAfterPaint(page) {
  const hints = [];
  const unhinted = page.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, (tag) => {
    hints.push(tag);
    return "";
  });
  const loader = /<script type="module">([\s\S]*?)<\/script>/;
  const body = (unhinted.match(loader) || [])[1];
  const staticImport = /import init, \* as bindings from '([^']+)';/;
  if (body === undefined || !staticImport.test(body)) {
    throw new Error("a route page has no module loader of the form Trunk writes");
  }
  const later = body.replace(staticImport, (_, module) =>
    [
      // Once the browser reports the content painted (or, where it reports no paints, two
      // frames later), in a task of its own.
      "await new Promise((shown) => {",
      "  const go = () => setTimeout(shown);",
      "  if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return requestAnimationFrame(() => requestAnimationFrame(go));",
      "  new PerformanceObserver((list, watch) => {",
      "    if (list.getEntriesByName('first-contentful-paint').length) { watch.disconnect(); go(); }",
      "  }).observe({ type: 'paint', buffered: true });",
      "});",
      // The hints go in ten at a time, a task each (the main module's come first): adding
      // some eighty at once is one long task.
      `const hints = ${JSON.stringify(hints).replace(/</g, "\\u003c")};`,
      "const hint = (from) => {",
      "  document.head.insertAdjacentHTML('beforeend', hints.slice(from, from + 10).join(''));",
      "  if (from + 10 < hints.length) setTimeout(() => hint(from + 10));",
      "};",
      "hint(0);",
      `const bindings = await import('${module}');`,
      "const init = bindings.default;",
    ].join("\n"),
  );
  return withCsp(unhinted.replace(loader, () => `<script type="module">${later}</script>`));
}

/**
 * Serves `stage` under `base` (the public URL's path) and writes every prerendered path's
 * content into its `<path>.html`. Returns how many pages were written.
 */
export async function prerender(stage, base, catalog) {
  const { chromium } = await import("@playwright/test");
  const server = await serveDir(stage, { base });
  const site = server.url;
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  let written = 0;
  try {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
    const queue = prerenderedPaths(catalog);
    // A few pages at a time: each mostly waits on its own loading.
    const worker = async () => {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(`${site}${path}`, { waitUntil: "networkidle" });
        // Drawn: the app started, its page has a heading, and nothing is still loading.
        await page.waitForFunction(() => document.documentElement.dataset.appStarted === "1" && document.querySelector("#main h1"));
        await page.waitForLoadState("networkidle");
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        if (errors.length) throw new Error(`prerender: /${path} raised ${errors.join("; ")}`);
        const drawn = await page.evaluate(() => document.getElementById("app").innerHTML);
        const file = join(stage, `${path}.html`);
        writeFileSync(file, appAfterPaint(withContent(readFileSync(file, "utf8"), staticCopy(drawn))));
        written++;
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    await browser.close();
    server.stop();
  }
  return written;
}
