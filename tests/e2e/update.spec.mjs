// Updates: a changed build is installed in the background, offered with "A new version is
// available", and takes over only when the user chooses Reload.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, ready } from "./fixtures.mjs";
import { buildIds, distDir, portFor, startServer, waitForServiceWorker } from "./servers.mjs";

/** Two copies of dist/: the second with another build id, as a new release would have. */
function twoBuilds() {
  const dir = mkdtempSync(join(tmpdir(), "mlip-update-"));
  const [a, b] = [join(dir, "a"), join(dir, "b")];
  cpSync(distDir, a, { recursive: true });
  cpSync(distDir, b, { recursive: true });
  const oldId = readFileSync(join(a, "index.html"), "utf8").match(/name="app-build" content="([^"]+)"/)[1];
  const newId = `new${oldId.slice(3)}`;
  for (const f of ["index.html", "sw.js"]) {
    const text = readFileSync(join(b, f), "utf8");
    if (!text.includes(oldId)) throw new Error(`${f} does not carry the build id`);
    writeFileSync(join(b, f), text.replaceAll(oldId, newId));
  }
  return { dir, a, b, oldId, newId };
}

test("a new build is offered and taken only when the user chooses Reload", async ({ page }) => {
  const { dir, a, b, oldId, newId } = twoBuilds();
  const port = portFor("update");
  let server = await startServer({ dir: a, port });
  try {
    await page.goto(server.url);
    await ready(page);
    await waitForServiceWorker(page);
    expect(await buildIds(page)).toEqual({ pageBuild: oldId, workerBuild: oldId });
    const notice = page.getByTestId("update-notice");
    await expect(notice).toBeHidden();

    // The new release goes live on the same address.
    await server.stop();
    server = await startServer({ dir: b, port });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    await expect(notice).toBeVisible();
    await expect(page.getByRole("status").filter({ has: notice })).toContainText("A new version is available");
    // Not yet: the page and its worker are still the old build; the new one waits.
    expect(await buildIds(page)).toEqual({ pageBuild: oldId, workerBuild: oldId });
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting)).toBe(true);

    // Reload, from the keyboard.
    const reload = page.getByRole("button", { name: "Reload" });
    await reload.focus();
    await expect(reload).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page.locator('meta[name="app-build"]')).toHaveAttribute("content", newId);
    await ready(page);
    await waitForServiceWorker(page);
    expect(await buildIds(page)).toEqual({ pageBuild: newId, workerBuild: newId });
    await expect(page.getByTestId("update-notice")).toBeHidden();
    // The old build's cache is gone.
    expect(await page.evaluate(() => caches.keys())).toEqual([`mlip-${newId}`]);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Later hides the notice and keeps the running version", async ({ page }) => {
  const { dir, a, b, oldId } = twoBuilds();
  const port = portFor("update-later");
  let server = await startServer({ dir: a, port });
  try {
    await page.goto(server.url);
    await ready(page);
    await waitForServiceWorker(page);
    await server.stop();
    server = await startServer({ dir: b, port });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.getByTestId("update-notice");
    await expect(notice).toBeVisible();
    await page.getByRole("button", { name: "Later" }).click();
    await expect(notice).toBeHidden();
    expect(await buildIds(page)).toEqual({ pageBuild: oldId, workerBuild: oldId });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
