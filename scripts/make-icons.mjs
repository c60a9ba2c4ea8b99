// Renders the PNG app icons from public/icon.svg with headless Chromium (run once; the PNGs
// are committed): icon-192.png, icon-512.png, and icon-maskable-512.png, whose artwork sits
// inside the central safe zone on a full-bleed background so any mask shape keeps it whole.
// Usage: node scripts/make-icons.mjs
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("public/icon.svg", "utf8");
const inner = svg.replace(/^[\s\S]*?<rect[^>]*\/>/, "").replace(/<\/svg>\s*$/, "");
const maskable =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
  `<rect width="64" height="64" fill="#1d4ed8"/>` +
  `<g transform="translate(32 32) scale(0.78) translate(-32 -32)">${inner}</g></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  for (const [file, source, size] of [
    ["public/icon-192.png", svg, 192],
    ["public/icon-512.png", svg, 512],
    ["public/icon-maskable-512.png", maskable, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`;
    await page.setContent(html);
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
