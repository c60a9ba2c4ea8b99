// Trunk post_build hook (see Trunk.toml): finishes the build in Trunk's staging dir
// ($TRUNK_STAGING_DIR), which Trunk then moves to dist/. Run by every `trunk build`,
// whatever its --public-url.
//
// 1. Content-Security-Policy: index.html gets a <meta http-equiv> CSP that allows scripts
//    from the site itself plus Trunk's inline module loader by its sha256 (scripts/csp.mjs,
//    as the loader's text depends on the file hashes and the public URL).
// 2. The single file, ml-interview-prep.html (scripts/single-file.mjs).
// 3. The build id: a hash of every file of the build, written into index.html
//    (<meta name="app-build">) and into the service worker's cache name.
// 4. The service worker, sw.js, from the template public/sw.js with the list of files to
//    precache: every file of the build, so hashed names are always right.
// 5. Every route's own page (<route>.html: index.html with the route's title,
//    description and link-preview tags, and preload hints for the code of its page group),
//    robots.txt and sitemap.xml (scripts/route-pages.mjs).
//    Not precached: offline, the service worker answers every page with index.html.
// 6. In the route-split build, the public pages' content prerendered into their route pages
//    (scripts/prerender.mjs: the app's own drawing of each, made in headless Chromium).
// With MLIP_SPLIT=1 the served site loads a route-split wasm (scripts/split-wasm.mjs) in
// place of Trunk's; the single file keeps Trunk's, whole.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { SINGLE_FILE, insertAfterCharset, makeSingleFile } from "./single-file.mjs";
import { splitWasm } from "./split-wasm.mjs";
import { pageFor, routes, writeRoutePages } from "./route-pages.mjs";
import { prerender } from "./prerender.mjs";
import { servedCsp } from "./csp.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!stage) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run this through `trunk build`");
  process.exit(1);
}

const SW = "sw.js";
const read = (name) => readFileSync(join(stage, name));

/** Every file below `dir`, as paths relative to it with "/" separators, sorted. */
function filesIn(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** wasm-opt's feature flags, as index.html gives them to Trunk. */
function wasmOptParams() {
  const sourceHtml = readFileSync(join(source, "index.html"), "utf8");
  const params = sourceHtml.match(/data-wasm-opt-params="([^"]*)"/);
  return params ? params[1].split(/\s+/).filter(Boolean) : [];
}

async function main() {
  const trunkHtml = read("index.html").toString("utf8");
  let servedHtml = trunkHtml;
  let unsplitFiles = [];
  if (process.env.MLIP_SPLIT === "1") {
    const split = await splitWasm(stage, source, trunkHtml, wasmOptParams());
    servedHtml = split.html;
    unsplitFiles = split.trunkFiles;
  }
  let html = insertAfterCharset(
    servedHtml,
    `<meta http-equiv="Content-Security-Policy" content="${servedCsp(servedHtml)}">`,
  );
  const catalog = JSON.parse(readFileSync(join(source, "public", "catalog.json"), "utf8"));
  html = pageFor(html, routes(catalog)[0]);

  const template = readFileSync(join(source, "public", SW), "utf8");
  if (!template.includes("__BUILD_ID__") || !template.includes("self.__PRECACHE__")) {
    throw new Error("public/sw.js lacks the __BUILD_ID__ / self.__PRECACHE__ placeholders");
  }

  // The build id covers every file of the served build (index.html with its CSP included)
  // and the service worker's own code.
  const skip = new Set([SW, SINGLE_FILE, "404.html", ...unsplitFiles]);
  const files = filesIn(stage).filter((f) => !skip.has(f));
  const hash = createHash("sha256").update(template);
  for (const f of files) {
    hash.update(f).update("\0").update(f === "index.html" ? html : read(f)).update("\0");
  }
  const buildId = hash.digest("hex").slice(0, 16);
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, (csp) => `${csp}\n  <meta name="app-build" content="${buildId}">`);
  writeFileSync(join(stage, "index.html"), html);
  // Hosts such as GitHub Pages answer unknown paths with 404.html: the same page, so deep
  // links (/q/<id>) open the app, which routes them in the browser.
  writeFileSync(join(stage, "404.html"), html);

  writeFileSync(join(stage, SINGLE_FILE), makeSingleFile(trunkHtml, read, buildId));
  // The served site no longer needs Trunk's whole wasm: only the single file had use for it.
  for (const f of unsplitFiles) rmSync(join(stage, f));

  const sw = template
    .replace("__BUILD_ID__", () => buildId)
    .replace("self.__PRECACHE__", () => JSON.stringify(files, null, 2));
  writeFileSync(join(stage, SW), sw);
  const publicUrl = process.env.TRUNK_PUBLIC_URL || (html.match(/<base href="([^"]*)"/) || [])[1] || "/";
  const routePages = writeRoutePages(stage, source, html, publicUrl);
  // Only the split build mounts a prerendered page off-screen and swaps it in.
  const basePath = new URL(publicUrl, "http://host/").pathname;
  const prerendered = process.env.MLIP_SPLIT === "1" ? await prerender(stage, basePath, catalog) : 0;

  console.log(
    `post-build: build ${buildId}; CSP set; 404.html written; ${SW} precaches ${files.length} files; ${SINGLE_FILE} written; ${routePages.pages.length} route pages (preloading ${JSON.stringify(routePages.preloads)} files), robots.txt and sitemap.xml under ${publicUrl}; ${prerendered} pages prerendered`,
  );
}

try {
  await main();
} catch (e) {
  console.error(`post-build: ${e.message}`);
  process.exit(1);
}
