// A small static file server for the built site, bound to 127.0.0.1 only.
// A path without a file extension gets its route page (q/<id>.html) if the build wrote one,
// else index.html, so deep links such as /q/<id> load.
// With a base path, the site is served only under it, as on static hosting in a
// sub-directory: /ml-interview-prep/q/<id> loads, / is not found.
// With BROTLI=1 in the environment, text, JSON and wasm go out brotli-compressed to clients
// that accept it, as static hosts serve them (the Lighthouse figures in scripts/bench).
// Usage: node scripts/static-server.mjs <dir> <port> [base path, e.g. /ml-interview-prep/]
import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, relative, resolve, sep } from "node:path";

const root = resolve(process.argv[2] || "dist");
const port = Number(process.argv[3] || 8080);
// "/ml-interview-prep/" (always with both slashes), or "/" for the site root.
const base = `/${(process.argv[4] || "").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Whether a file's name says its content never changes: Trunk's `name-<hash>.ext` files and
 * everything in the route-split build's `app-<hash>/` folder (`rel` is relative to the root).
 */
function isHashed(rel) {
  return /-[0-9a-f]{16}\.[a-z]+$/.test(rel) || /^app-[0-9a-f]{16}$/.test(rel.split(sep)[0]);
}

const brotli = process.env.BROTLI === "1";
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg", ".txt"]);
/** Compressed bodies by path, made once (quality 11, as a host precompresses). */
const compressed = new Map();
function brotliOf(path, body) {
  if (!compressed.has(path)) {
    compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(path);
}

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, "index.html");
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {}
  if (extname(clean)) return null;
  // A route's own page (q/<id>.html), as static hosts serve it; else the app's index.html.
  const page = `${path.replace(/[/\\]+$/, "")}.html`;
  if ((await stat(page).catch(() => null))?.isFile()) return page;
  return join(root, "index.html");
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === base.slice(0, -1) && base !== "/") {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    const path = url.pathname.startsWith(base) ? await fileFor(url.pathname.slice(base.length - 1)) : null;
    if (!path) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    let body = await readFile(path);
    const hashed = isHashed(relative(root, path));
    const headers = {
      "content-type": types[extname(path)] || "application/octet-stream",
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    };
    if (brotli && compressible.has(extname(path))) {
      headers.vary = "accept-encoding";
      if (/\bbr\b/.test(req.headers["accept-encoding"] || "")) {
        body = brotliOf(path, body);
        headers["content-encoding"] = "br";
      }
    }
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (e) {
    res.writeHead(500, { "content-type": "text/plain" }).end(String(e));
  }
});
server.listen(port, "127.0.0.1", () => {
  // Port 0 picks a free one: the address printed is the real one.
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${base}`);
});
