// Prints the size of every file of the first load (raw, gzip, brotli) and the median time
// from navigation start to the question list rendered, over 10 loads in headless Chromium;
// then the single file's size, and the same median over 10 offline reloads (the page
// controlled by the service worker, the browser context offline).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const dist = "dist";
const port = 4391;
const BUDGET_BROTLI = 150 * 1024;

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";

// The first load: index.html and every asset it references (catalog.json is embedded in
// the wasm, so it is not fetched at start).
const html = readFileSync(join(dist, "index.html"), "utf8");
const referenced = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src|module_or_path:?)\s*=?\s*["']\/?([^"']+\.(?:js|wasm|css))["']/g)) {
  referenced.add(m[1].replace(/^\.\//, ""));
}
for (const m of html.matchAll(/["']\/?([\w.-]+\.(?:js|wasm|css))["']/g)) referenced.add(m[1]);
const files = [...referenced].filter((f) => readdirSync(dist).includes(f)).sort();

console.log("First load (release build)");
console.log("file".padEnd(44) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const f of files) {
  const s = sizes(readFileSync(join(dist, f)));
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(f.padEnd(44) + kb(s.raw) + kb(s.gzip) + kb(s.brotli));
}
console.log("TOTAL".padEnd(44) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(
  `Budget: total first load <= 150 KB brotli: ${total.brotli <= BUDGET_BROTLI ? "within" : "OVER"} (${(total.brotli / 1024).toFixed(1)} KB)`,
);

function report(title, times) {
  times.sort((a, b) => a - b);
  const median = (times[4] + times[5]) / 2;
  console.log(`\n${title}`);
  console.log(`  median ${median.toFixed(1)} ms  (min ${times[0].toFixed(1)}, max ${times[9].toFixed(1)})`);
}

const server = spawn("node", ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/browse`);
    await page.waitForFunction(() => performance.getEntriesByName("questions-rendered").length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName("questions-rendered")[0].startTime));
    await context.close();
  }
  report("Navigation start -> question list rendered, 10 cold loads from 127.0.0.1:", times);

  const single = readFileSync(join(dist, "ml-interview-prep.html"));
  const s = sizes(single);
  console.log(`\nSingle file ml-interview-prep.html: ${kb(s.raw).trim()} raw, ${kb(s.gzip).trim()} gzip`);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/browse`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  const offline = [];
  for (let i = 0; i < 10; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("questions-rendered").length > 0);
    offline.push(await page.evaluate(() => performance.getEntriesByName("questions-rendered")[0].startTime));
  }
  await context.close();
  report("Navigation start -> question list rendered, 10 offline reloads (service worker):", offline);
} finally {
  await browser.close();
  server.kill();
}
