// Builds the single self-contained HTML file from Trunk's output: the wasm (base64), its
// JS glue, the CSS, boot.js, the icon and the catalog are all inlined, so the file works
// when opened from disk (file://) with no server. Used by scripts/post-build.mjs.
//
// - The wasm is instantiated from the inlined bytes: wasm-bindgen's init accepts bytes as
//   `module_or_path`, so nothing is fetched.
// - The catalog goes into <script type="application/json" id="catalog-data">, which
//   src/stores/key_points.rs reads before trying to fetch catalog.json.
// - No <base>, no manifest and no service worker (none can register on file://); the app
//   keeps its route in the URL fragment there (src/platform/file_mode.rs).
// - Its own Content-Security-Policy allows exactly its inline script and style, by hash.
import { createHash } from "node:crypto";

export const SINGLE_FILE = "ml-interview-prep.html";
const WASM_DATA_ID = "wasm-data";
const CATALOG_DATA_ID = "catalog-data";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const baseName = (url) => url.split("/").pop();

/** Fails the build with a clear message when Trunk's output is not what this expects. */
function need(value, what) {
  if (!value) throw new Error(`single file: ${what} not found in Trunk's index.html`);
  return value;
}

function safeInScript(text, what) {
  if (/<\/script/i.test(text) || /<!--/.test(text)) {
    throw new Error(`single file: ${what} contains "</script" or "<!--" and cannot be inlined`);
  }
  return text;
}

/**
 * @param {string} html   Trunk's index.html
 * @param {(name: string) => Buffer} read  reads a file of the build by its name
 * @param {string} buildId
 * @returns {string} the single HTML file
 */
export function makeSingleFile(html, read, buildId) {
  const scriptHashes = [];
  let cssHash = "";

  // Trunk's inline module loader names the JS glue and the wasm.
  const loaderRe = /<script type="module">([\s\S]*?)<\/script>/;
  const loader = need(html.match(loaderRe), "the wasm loader script")[1];
  const glueName = baseName(need(loader.match(/from '([^']+\.js)'/), "the JS glue import")[1]);
  const wasmName = baseName(need(loader.match(/module_or_path: '([^']+\.wasm)'/), "the wasm path")[1]);
  const glue = read(glueName).toString("utf8");
  need(glue.includes("__wbg_init as default"), "wasm-bindgen's __wbg_init in the JS glue");
  const moduleScript = safeInScript(
    `${glue}\n` +
      `const wasmText = document.getElementById(${JSON.stringify(WASM_DATA_ID)}).textContent.trim();\n` +
      `const wasmBytes = typeof Uint8Array.fromBase64 === "function"\n` +
      `  ? Uint8Array.fromBase64(wasmText)\n` +
      `  : Uint8Array.from(atob(wasmText), (c) => c.charCodeAt(0));\n` +
      `await __wbg_init({ module_or_path: wasmBytes });\n`,
    "the JS glue",
  );
  scriptHashes.push(sha256(moduleScript));

  let out = html
    .replace(/\s*<base [^>]*>/, "")
    .replace(/\s*<link rel="(?:modulepreload|preload|manifest|apple-touch-icon)"[^>]*>/g, "")
    .replace(loaderRe, () => `<script type="module">${moduleScript}</script>`);

  // The stylesheet, inline.
  out = out.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g, (_, href) => {
    const css = read(baseName(href)).toString("utf8");
    if (/<\/style/i.test(css)) throw new Error("single file: the CSS contains </style");
    cssHash = sha256(css);
    return `<style>${css}</style>`;
  });
  need(cssHash, "the stylesheet");

  // Classic scripts: boot.js inline; the service worker client dropped (no worker here).
  out = out.replace(/\s*<script src="([^"]+)"[^>]*><\/script>/g, (_, src) => {
    const name = baseName(src);
    if (name.startsWith("offline")) return "";
    const js = safeInScript(read(name).toString("utf8"), name);
    scriptHashes.push(sha256(js));
    return `\n  <script>${js}</script>`;
  });

  // The icon as a data: URL.
  out = out.replace(/<link rel="icon" href="([^"]+\.svg)"([^>]*)>/, (_, href, rest) => {
    const svg = read(baseName(href)).toString("base64");
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg}"${rest}>`;
  });

  // The data: the wasm and the whole catalog (JSON with "<" escaped, so it cannot end the
  // script element early).
  const catalog = JSON.stringify(JSON.parse(read("catalog.json").toString("utf8"))).replace(/</g, "\\u003c");
  const wasm = read(wasmName).toString("base64");
  const data =
    `<script type="application/json" id="${CATALOG_DATA_ID}">${catalog}</script>\n` +
    `<script type="application/octet-stream" id="${WASM_DATA_ID}">${wasm}</script>\n`;
  need(out.includes("</body>"), "</body>");
  out = out.replace("</body>", () => `${data}</body>`);

  const csp = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${scriptHashes.join(" ")}`,
    `style-src ${cssHash}`,
    "img-src data:",
    "media-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return insertAfterCharset(
    out,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n  ` +
      `<meta name="app-build" content="${buildId}">`,
  );
}

/** Inserts `tags` right after `<meta charset>`, so they apply to everything that follows. */
export function insertAfterCharset(html, tags) {
  const charset = need(html.match(/<meta charset="[^"]*">/i), "<meta charset>")[0];
  return html.replace(charset, () => `${charset}\n  ${tags}`);
}
