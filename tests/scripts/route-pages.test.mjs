// The build's route pages, robots.txt and sitemap.xml, for a site at the root and for one
// whose --public-url is an absolute address (where a sitemap's addresses must be absolute).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { pageFor, routes, writeRoutePages } from "../../scripts/route-pages.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const catalog = JSON.parse(readFileSync(join(ROOT, "public", "catalog.json"), "utf8"));
// The shell the build serves (its description and preview tags are what each page replaces).
const HTML = readFileSync(join(ROOT, "index.html"), "utf8");
const PRIVATE = ["today", "plan", "progress", "data", "interview", "interview/history", "lists", "questions/new"];

function build(publicUrl) {
  const stage = mkdtempSync(join(tmpdir(), "route-pages-"));
  try {
    writeRoutePages(stage, ROOT, HTML, publicUrl);
    const read = (f) => readFileSync(join(stage, f), "utf8");
    const sitemap = read("sitemap.xml");
    return {
      robots: read("robots.txt"),
      locs: [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]),
      question: read(`q/${catalog.questions[0].id}.html`),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

test("an absolute public URL gives a sitemap of absolute addresses", () => {
  const base = "https://prep.example.com/ml/";
  const { robots, locs, question } = build(base);
  assert.match(robots, /^Sitemap: https:\/\/prep\.example\.com\/ml\/sitemap\.xml$/m);
  assert.ok(locs.length > 0);
  for (const loc of locs) assert.ok(loc.startsWith(base), `${loc} is not under ${base}`);
  // The home page, every public page and every question; nothing personal.
  assert.ok(locs.includes(base));
  for (const path of ["browse", "companies", "tips"]) assert.ok(locs.includes(`${base}${path}`), path);
  for (const q of catalog.questions) assert.ok(locs.includes(`${base}q/${q.id}`), q.id);
  for (const c of catalog.companies) assert.ok(locs.includes(`${base}companies/${c.id}`), c.id);
  for (const path of PRIVATE) assert.ok(!locs.includes(`${base}${path}`), `${path} is personal`);
  assert.equal(locs.length, 4 + catalog.companies.length + catalog.questions.length);
  assert.equal(new Set(locs).size, locs.length);
  // A question's own page names it.
  assert.ok(question.includes("<title>"));
  assert.ok(!question.includes("<title>ML Interview Prep</title>"));
});

test("a public URL without a trailing slash gets one; the root stays a path", () => {
  assert.ok(build("https://prep.example.com/ml").locs.every((l) => l.startsWith("https://prep.example.com/ml/")));
  const root = build("/");
  // robots.txt names a sitemap only by its full address (a path is an invalid line there).
  assert.doesNotMatch(root.robots, /^Sitemap:/m);
  assert.match(root.robots, /^# The sitemap is \/sitemap\.xml;/m);
  assert.ok(root.locs.includes(`/q/${catalog.questions[0].id}`));
});

test("a route's page has one of each preview tag, its own, though the shell already has the home page's", () => {
  // The build gives index.html the home page's tags first, then makes every route's page from it.
  const all = routes(catalog);
  const home = pageFor(HTML, all[0]);
  const question = all.find((r) => r.path === `q/${catalog.questions[0].id}`);
  const page = pageFor(home, question);
  for (const tag of ['name="description"', 'property="og:title"', 'property="og:description"', 'property="og:type"', 'property="og:site_name"', 'name="twitter:card"']) {
    assert.equal(page.split(`<meta ${tag}`).length - 1, 1, tag);
  }
  const ogTitle = page.match(/<meta property="og:title" content="([^"]*)"/)?.[1];
  const unescaped = ogTitle?.replace(/&(#39|quot|lt|gt|amp);/g, (_, e) => ({ "#39": "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e]);
  assert.equal(unescaped, question.ogTitle);
  assert.notEqual(ogTitle, "ML Interview Prep");
});
