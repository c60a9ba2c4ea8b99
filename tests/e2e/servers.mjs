// Helpers for the specs that need their own server (to stop it, restart it with another
// build, or serve a sub-path) and for service-worker waits.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** The release build, and the same build made with --public-url /ml-interview-prep/. */
export const distDir = `${root}dist`;
export const subDistDir = `${root}dist-sub`;
export const SUB_PATH = "/ml-interview-prep/";

// Each spec gets its own port next to the main test server's, so they can run in parallel.
const offsets = { offline: 1, update: 2, "update-later": 3, subpath: 4 };
export function portFor(spec) {
  return Number(process.env.E2E_PORT || 4173) + offsets[spec];
}

/** Starts scripts/static-server.mjs; resolves once it listens. */
export async function startServer({ dir, port, base = "/" }) {
  const child = spawn(process.execPath, [`${root}scripts/static-server.mjs`, dir, String(port), base], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => String(d).includes("serving") && resolve());
    child.on("exit", (code) => reject(new Error(`static server exited (${code}): ${err}`)));
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    /** Stops the server and waits until the port is free. */
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

/** Waits until a service worker is active and controls the page. */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The build id of the page (from index.html) and of the worker controlling it. */
export async function buildIds(page) {
  return page.evaluate(async () => {
    const pageBuild = document.querySelector('meta[name="app-build"]')?.content;
    const controller = navigator.serviceWorker.controller;
    const workerBuild = controller
      ? await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (e) => resolve(e.data);
          controller.postMessage({ type: "BUILD_ID" }, [channel.port2]);
        })
      : null;
    return { pageBuild, workerBuild };
  });
}
