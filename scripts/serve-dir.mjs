// Starts scripts/static-server.mjs on a free port for a build script (the prerender step,
// the Lighthouse figures); resolves with its address once it listens.
import { spawn } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SERVER = join(dirname(fileURLToPath(import.meta.url)), "static-server.mjs");

/** Serves `dir` under `base`; `env` adds environment variables (BROTLI=1). */
export async function serveDir(dir, { base = "/", env = {} } = {}) {
  const child = spawn(process.execPath, [SERVER, dir, "0", base], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Port 0: the server takes a free port and prints its address.
  const url = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(String(d).match(/http:\/\/\S+/)?.[0]));
    child.once("exit", (code) => reject(new Error(`the static server for ${dir} exited (${code})`)));
  });
  if (!url) {
    child.kill();
    throw new Error(`the static server for ${dir} did not print its address`);
  }
  return { url, stop: () => child.kill() };
}
