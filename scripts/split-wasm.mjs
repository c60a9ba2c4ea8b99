// The route-split wasm for the served build, run by scripts/post-build.mjs when MLIP_SPLIT=1
// (scripts/setup.sh sets it for the release builds).
//
// Trunk builds one wasm with every page in it; the single file is made from that. For the
// site, this builds the app again with `--features split` (every page but home is a lazy
// route, see src/split/lazy_pages.rs), then:
//   1. wasm-split-cli cuts the module at the lazy routes into a main module, one chunk per
//      route and chunks of code several routes share, plus __wasm_split.js, which loads them;
//   2. wasm-bindgen writes the JS glue for the main module (keeping the exports the chunks
//      link against);
//   3. wasm-opt -Oz shrinks every module, as Trunk does for the unsplit one, and terser the
//      two JS files;
//   4. the main module's imports get short names, in the wasm and in the glue alike
//      (scripts/short-imports.mjs).
// Everything lands in one folder named by its content hash, app-<hash>/, and index.html
// loads the main module from there instead of Trunk's.
import { execFileSync } from "node:child_process";
import { shortenGlue, shortenImports } from "./short-imports.mjs";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minify } from "terser";

const NAME = "ml-interview-prep";
const TARGET = "wasm32-unknown-unknown";

/** Runs a tool and returns its output; its messages are shown only when it fails. */
function run(cmd, args, opts = {}) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28, ...opts });
  } catch (e) {
    if (e.stderr) process.stderr.write(e.stderr);
    throw new Error(`split: \`${cmd} ${args.join(" ")}\` failed (${e.status ?? e.message})`);
  }
}

/** Builds the split-featured app and returns the path of the linked (unprocessed) wasm. */
function buildSplitWasm(source) {
  const out = run(
    "cargo",
    ["rustc", "--release", "--offline", "--target", TARGET, "--bin", NAME, "--features", "split",
      "--message-format=json-render-diagnostics", "--", "-Clink-args=--emit-relocs"],
    { cwd: source },
  );
  let wasm = null;
  for (const line of out.split("\n")) {
    if (!line.startsWith("{")) continue;
    const msg = JSON.parse(line);
    if (msg.reason === "compiler-artifact" && msg.target?.name === NAME && msg.target.kind.includes("bin")) {
      wasm = msg.filenames.find((f) => f.endsWith(".wasm")) ?? wasm;
    }
  }
  if (!wasm) throw new Error("split: cargo reported no wasm for the split build");
  return wasm;
}

const sha384 = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;

/**
 * Puts the split app into `stage` and returns index.html loading it, with the names of
 * Trunk's unsplit glue and wasm, which the caller removes once the single file is made.
 * @param {string} stage   Trunk's staging dir
 * @param {string} source  the project root
 * @param {string} html    Trunk's index.html
 * @param {string[]} wasmOptArgs  wasm-opt's feature flags, as Trunk was given them
 */
export async function splitWasm(stage, source, html, wasmOptArgs) {
  const linked = buildSplitWasm(source);
  const work = mkdtempSync(join(tmpdir(), "mlip-split-"));
  try {
    const split = join(work, "split");
    const out = join(work, "out");
    mkdirSync(out);
    run("wasm-split-cli", ["--target", "web", "--out-name", NAME, linked, split]);
    run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
      "--out-dir", out, "--out-name", NAME, join(split, `${NAME}.wasm`)]);
    for (const f of readdirSync(split)) {
      if (f.endsWith(".js")) copyFileSync(join(split, f), join(out, f));
      else if (f.endsWith(".wasm") && f !== `${NAME}.wasm`) copyFileSync(join(split, f), join(out, f));
    }
    const files = readdirSync(out).sort();
    for (const f of files.filter((f) => f.endsWith(".wasm"))) {
      // MLIP_WASM_NAMES=1 keeps the functions' names, for reading a profile (a bigger build).
      const names = process.env.MLIP_WASM_NAMES === "1" ? ["-g"] : [];
      run("wasm-opt", ["-Oz", ...names, ...wasmOptArgs, join(out, f), "-o", join(out, f)]);
    }
    for (const f of files.filter((f) => f.endsWith(".js"))) {
      const min = await minify(readFileSync(join(out, f), "utf8"), { module: true, compress: true, mangle: true });
      if (!min.code) throw new Error(`split: terser returned nothing for ${f}`);
      writeFileSync(join(out, f), min.code);
    }
    // Short names for the browser functions the main module imports (scripts/short-imports.mjs).
    const short = shortenImports(readFileSync(join(out, `${NAME}_bg.wasm`)), `./${NAME}_bg.js`);
    writeFileSync(join(out, `${NAME}_bg.wasm`), short.wasm);
    writeFileSync(join(out, `${NAME}.js`), shortenGlue(readFileSync(join(out, `${NAME}.js`), "utf8"), short.names));
    const hash = createHash("sha256");
    for (const f of files) hash.update(f).update("\0").update(readFileSync(join(out, f))).update("\0");
    const dir = `app-${hash.digest("hex").slice(0, 16)}`;
    mkdirSync(join(stage, dir));
    for (const f of files) copyFileSync(join(out, f), join(stage, dir, f));

    // index.html: Trunk's loader, preload hints and their integrity now point at the folder.
    const glue = html.match(new RegExp(`${NAME}-[0-9a-f]+\\.js`));
    const bg = html.match(new RegExp(`${NAME}-[0-9a-f]+_bg\\.wasm`));
    if (!glue || !bg) throw new Error("split: Trunk's index.html names no JS glue or wasm");
    const read = (f) => readFileSync(join(out, f));
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const replaceAsset = (text, from, to) =>
      text.replace(new RegExp(`(<link[^>]*href="[^"]*)${escape(from)}("[^>]*>)`, "g"), (tag, head, tail) =>
        `${head}${to}${tail}`.replace(/integrity="[^"]*"/, `integrity="${sha384(read(to.split("/").pop()))}"`))
        .replaceAll(from, to);
    let served = replaceAsset(html, glue[0], `${dir}/${NAME}.js`);
    served = replaceAsset(served, bg[0], `${dir}/${NAME}_bg.wasm`);
    // The glue imports the chunk loader at once: fetch it alongside.
    const loaderHref = served.match(new RegExp(`href="([^"]*)${dir}/${NAME}\\.js"`));
    if (loaderHref && files.includes("__wasm_split.js")) {
      served = served.replace("</head>", () =>
        `<link rel="modulepreload" href="${loaderHref[1]}${dir}/__wasm_split.js" crossorigin="anonymous" integrity="${sha384(read("__wasm_split.js"))}"></head>`);
    }
    const chunks = files.filter((f) => f.endsWith(".wasm")).length - 1;
    console.log(`split: ${dir}/ holds the main module and ${chunks} chunks`);
    return { html: served, trunkFiles: [glue[0], bg[0]] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
