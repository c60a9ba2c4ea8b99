// The prerendering step's pure parts: which pages it writes, and how the app's drawing of a
// page becomes the static copy inside that page's file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { appAfterPaint, prerenderedPaths, staticCopy, withContent } from "../../scripts/prerender.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const catalog = JSON.parse(readFileSync(join(ROOT, "public", "catalog.json"), "utf8"));
const SHELL = readFileSync(join(ROOT, "index.html"), "utf8");

test("every public page is prerendered, no personal one", () => {
  const paths = prerenderedPaths(catalog);
  assert.equal(paths.length, 3 + catalog.companies.length + catalog.questions.length);
  for (const q of catalog.questions) assert.ok(paths.includes(`q/${q.id}`), q.id);
  for (const personal of ["today", "plan", "progress", "data", "interview", "lists", "questions/new", ""]) {
    assert.ok(!paths.includes(personal), personal);
  }
});

test("the copy keeps the content and links, and takes no input", () => {
  const drawn =
    '<main id="main"><h1>Browse questions</h1><!----><input id="search" type="search" data-testid="search">' +
    '<select data-testid="f"><option>All</option></select><textarea></textarea><button type="button">Go</button>' +
    '<ol><li class="question-row" data-testid="question-row"><a href="/q/x">X?</a></li></ol></main>';
  const copy = staticCopy(drawn);
  assert.ok(!copy.includes("data-testid"));
  assert.ok(!copy.includes("<!---->"));
  assert.match(copy, /<input inert id="search"/);
  assert.match(copy, /<select inert>/);
  assert.match(copy, /<textarea inert>/);
  assert.match(copy, /<button inert type="button">/);
  assert.match(copy, /<li class="question-row"><a href="\/q\/x">X\?<\/a><\/li>/);
});

test("the copy replaces the shell inside #app, and the rest of the page stays", () => {
  const page = withContent(SHELL, "<main><h1>Tips</h1></main>");
  assert.match(page, /<div id="app" data-prerendered><main><h1>Tips<\/h1><\/main><\/div>/);
  assert.ok(!page.includes("Loading the question catalog"));
  // The error box, the update notice and everything in <head> are untouched.
  assert.equal(page.slice(page.indexOf('<div id="fatal"')), SHELL.slice(SHELL.indexOf('<div id="fatal"')));
  assert.equal(page.slice(0, page.indexOf("<body>")), SHELL.slice(0, SHELL.indexOf("<body>")));
  assert.throws(() => withContent("<html><body></body></html>", "x"), /no <div id="app">/);
});

test("a prerendered page fetches the app's code only after its content has painted", async () => {
  const { createHash } = await import("node:crypto");
  const served = [
    "<html><head>",
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old'">`,
    '<link rel="icon" href="icon.svg">',
    "<script type=\"module\">\nimport init, * as bindings from '/app-1/ml.js';\nconst wasm = await init({ module_or_path: '/app-1/ml_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>",
    '<link rel="modulepreload" href="/app-1/ml.js" integrity="sha384-x"><link rel="preload" href="/app-1/ml_bg.wasm" as="fetch">',
    '<link rel="preload" href="/app-1/split_catalog_pages.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">',
    "</head><body><div id=\"app\" data-prerendered><main><h1>Tips</h1></main></div></body></html>",
  ].join("\n");
  const page = appAfterPaint(served);
  // No hint or import left in the document: nothing is fetched beside the content.
  assert.ok(!/<link rel="(?:module)?preload"/.test(page));
  assert.ok(!page.includes("import init"));
  assert.match(page, /<link rel="icon" href="icon.svg">/);
  const script = page.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
  // It waits for the content's first paint, then adds the three hints and imports the module.
  const wait = script.indexOf("first-contentful-paint");
  const hints = script.indexOf("hint(0)");
  const load = script.indexOf("await import('/app-1/ml.js')");
  assert.ok(wait >= 0 && wait < hints && hints < load, script);
  assert.equal((script.match(/\\u003clink rel=/g) || []).length, 3);
  // Ten at a time, each ten in a task of its own, the main module's first.
  assert.match(script, /hints\.slice\(from, from \+ 10\)[\s\S]*setTimeout\(\(\) => hint\(from \+ 10\)\)/);
  assert.ok(script.indexOf("/app-1/ml.js") < script.indexOf("split_catalog_pages"));
  assert.ok(!script.includes("</"), "the hints cannot close the script");
  assert.match(script, /const init = bindings\.default;[\s\S]*await init\(\{ module_or_path: '\/app-1\/ml_bg\.wasm' \}\)/);
  // The CSP allows the new loader, not the old one.
  const hash = `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
  assert.ok(page.includes(hash));
  assert.ok(!page.includes("'sha256-old'"));
  assert.throws(() => appAfterPaint("<html><head></head></html>"), /no module loader/);
});
