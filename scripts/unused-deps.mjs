// Fails when Cargo.toml declares a dependency that no Rust file of the project names
// (src/, tests/, build.rs): an unused dependency only costs build time and review.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const manifest = readFileSync(join(root, "Cargo.toml"), "utf8");
const declared = [];
let inDeps = false;
for (const line of manifest.split("\n")) {
  const header = line.match(/^\s*\[(.+)\]\s*$/);
  if (header) {
    inDeps = /(^|\.)(dependencies|dev-dependencies|build-dependencies)$/.test(header[1]);
    continue;
  }
  const dep = inDeps && line.match(/^\s*([A-Za-z0-9_-]+)\s*=/);
  if (dep) declared.push(dep[1]);
}

const sources = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".rs")) sources.push(readFileSync(path, "utf8"));
  }
};
walk(join(root, "src"));
walk(join(root, "tests"));
sources.push(readFileSync(join(root, "build.rs"), "utf8"));
const text = sources.join("\n");

const unused = declared.filter((name) => !new RegExp(`\\b${name.replace(/-/g, "_")}\\b`).test(text));
if (unused.length) {
  console.error(`Cargo.toml declares dependencies no Rust file uses: ${unused.join(", ")}`);
  process.exit(1);
}
console.log(`${declared.length} dependencies declared, each one used`);
