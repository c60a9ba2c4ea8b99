import { chromium } from "@playwright/test";
import { serveDir } from "./serve-dir.mjs";
const s = await serveDir(process.env.D || "dist", { env: { BROTLI: "1" } });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const path = process.argv[2] || "/browse";
const ctx = await browser.newContext({ serviceWorkers: "block" });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await page.goto(new URL(path, s.url).href);
await page.waitForFunction(() => document.documentElement.dataset.appStarted === "1" && !document.querySelector("[data-prerendered]"));
await page.waitForTimeout(500);
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
for (let i = 0; i < profile.samples.length; i++) { const n = byId.get(profile.samples[i]); self.set(n, (self.get(n) || 0) + (dt[i + 1] || 0)); }
const byUrl = {}; const byFn = {};
for (const [n, t] of self) { const u = n.callFrame.url.split("/").pop() || "(native)"; byUrl[u] = (byUrl[u] || 0) + t; const k = `${n.callFrame.functionName || "(anon)"} @ ${u}`; byFn[k] = (byFn[k] || 0) + t; }
const top = (o, n) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join("\n");
console.log("self time by script\n" + top(byUrl, 12)); console.log("top functions\n" + top(byFn, 30));
await browser.close(); s.stop();
// timeline: 10ms buckets, dominant leaf (url:function) and its root-most non-native caller
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n);
let t = profile.startTime; const buckets = new Map();
for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; const n = byId.get(profile.samples[i]); const f = n.callFrame.functionName; if (f === "(idle)") continue;
  let chain = []; for (let m = n; m; m = parent.get(m.id)) { if (m.callFrame.functionName === "(root)") break; chain.push((m.callFrame.url.split("/").pop() || "") + ":" + (m.callFrame.functionName || "anon")); }
  const b = Math.floor((t - profile.startTime) / 10000); const key = chain.slice(-3).reverse().join(" > ") ; if (!buckets.has(b)) buckets.set(b, {}); buckets.get(b)[key] = (buckets.get(b)[key] || 0) + 1; }
for (const [b, m] of [...buckets].sort((a, b) => a[0] - b[0])) { const tot = Object.values(m).reduce((a, c) => a + c, 0); if (tot < 40) continue; const top = Object.entries(m).sort((a, c) => c[1] - a[1]).slice(0, 2).map(([k, v]) => `${v} ${k}`).join(" | "); console.log(`${b * 10}ms ${tot}: ${top}`); }
// self time per leaf (module:function) for samples in the densest 200ms window after 1s
{
let t = profile.startTime; const leafs = {}; const mods = {}; let start = null;
const times = []; for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; times.push(t); }
// find the last window of continuous js-to-wasm
let best = [0, 0];
for (let i = 0; i < profile.samples.length; i++) { const n = byId.get(profile.samples[i]); if (n.callFrame.functionName === "(idle)") continue; }
const W0 = Number(process.env.W0 || 0) * 1000, W1 = Number(process.env.W1 || 1e9) * 1000;
for (let i = 0; i < profile.samples.length; i++) { const rel = times[i] - profile.startTime; if (rel < W0 || rel > W1) continue; const n = byId.get(profile.samples[i]);
  const u = n.callFrame.url.split("/").pop() || "(native)"; const k = u + ":" + (n.callFrame.functionName || "anon"); leafs[k] = (leafs[k] || 0) + (profile.timeDeltas[i + 1] || 0);
  // module attribution: nearest wasm frame
  let m = n; while (m && !/\.wasm$/.test(m.callFrame.url)) m = parent.get(m.id); const mk = m ? m.callFrame.url.split("/").pop() : "(no wasm)"; mods[mk] = (mods[mk] || 0) + (profile.timeDeltas[i + 1] || 0); }
console.log("window leafs\n" + top(leafs, 25)); console.log("window by innermost wasm module\n" + top(mods, 10));
}
