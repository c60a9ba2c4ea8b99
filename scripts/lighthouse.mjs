// Lighthouse 12 (mobile, its default simulated throttling) on five pages of the release build,
// served brotli-compressed as a static host serves it. Each page is audited three times and
// the run with the median performance score is printed. Budgets: performance >= 95,
// accessibility and best practices 100, CLS 0; exits non-zero when one is broken.
// Usage: node scripts/lighthouse.mjs [dist dir]   (CHROMIUM: the browser to drive)
import { execFile } from "node:child_process";
import { serveDir } from "./serve-dir.mjs";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = promisify(execFile);
const dist = process.argv[2] || "dist";
const chrome = process.env.CHROMIUM || "/usr/bin/chromium";
const RUNS = 3;
const PAGES = ["/", "/browse", "/q/explain-transformer-architecture", "/companies/google", "/tips"];

const server = await serveDir(dist, { env: { BROTLI: "1" } });

/** One Lighthouse run of a page: its scores (0–100) and metrics, or the error it reported. */
async function audit(path) {
  const dir = mkdtempSync(join(tmpdir(), "mlip-lh-"));
  const out = join(dir, "report.json");
  try {
    await run(
      "node_modules/.bin/lighthouse",
      [
        `${server.url}${path.slice(1)}`,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${join(dir, "profile")}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 1 << 26 },
    );
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const metric = (a) => lhr.audits[a]?.numericValue ?? NaN;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      fcp: metric("first-contentful-paint"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pad = (s, n) => String(s).padEnd(n);
let broken = 0;
try {
  console.log(`Lighthouse 12, mobile (simulated throttling), brotli; median of ${RUNS} runs by performance score`);
  console.log(`${pad("page", 40)}${pad("perf", 6)}${pad("a11y", 6)}${pad("bp", 6)}${pad("seo", 6)}${pad("FCP", 9)}${pad("LCP", 9)}${pad("TBT", 9)}CLS`);
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(path));
    runs.sort((a, b) => a.performance - b.performance);
    const r = runs[Math.floor(RUNS / 2)];
    const ok = r.performance >= 95 && r.accessibility === 100 && r.bestPractices === 100 && r.cls === 0;
    if (!ok) broken++;
    console.log(
      `${pad(path, 40)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}${pad(r.seo, 6)}` +
        `${pad(`${(r.fcp / 1000).toFixed(1)} s`, 9)}${pad(`${(r.lcp / 1000).toFixed(1)} s`, 9)}${pad(`${r.tbt.toFixed(0)} ms`, 9)}` +
        `${r.cls.toFixed(3)}${ok ? "" : "  OVER budget"}` +
        ` (performance of the ${RUNS} runs: ${runs.map((x) => x.performance).join(", ")})`,
    );
  }
  console.log(`Budgets (performance >= 95, accessibility and best practices 100, CLS 0): ${broken ? `${broken} page(s) OVER` : "every page within"}`);
} finally {
  server.stop();
}
if (broken) process.exitCode = 1;
