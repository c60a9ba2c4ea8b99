// The prerendering step's pure parts: which pages it writes, and how the app's drawing of a
// page becomes the static copy inside that page's file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { prerenderedPaths, staticCopy, withContent } from "../../scripts/prerender.mjs";

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
