import { test, expect, ready, storedEntries } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const Q = "/q/explain-bias-variance-tradeoff";
const KEY = "mlip.progress";

/** Every stored progress part (`mlip.progress.0` .. `.7`), as `{ key: text }`, in JSON. */
async function stored(page) {
  return page.evaluate(() => {
    const parts = {};
    for (let i = 0; i < 8; i++) parts[`mlip.progress.${i}`] = localStorage.getItem(`mlip.progress.${i}`);
    return JSON.stringify(parts);
  });
}

/** One question's stored entry, with its fields named. */
async function storedEntry(page, id) {
  const e = (await storedEntries(page))[id];
  if (!e) return undefined;
  return { status: ["new", "practicing", "confident"][e[0]], bookmarked: e[1] === 1, notes: e[2] };
}

test("status, bookmark, note and rating survive a reload", async ({ page }) => {
  await page.goto(Q);
  await ready(page);
  await page.getByTestId("status").getByRole("button", { name: "Practicing" }).click();
  await page.getByTestId("bookmark").click();
  await page.getByTestId("notes").fill("Remember: <script>window.__pwned = 1</script> U-shaped test error");
  await page.getByTestId("rating").getByRole("button", { name: /Good/ }).click();
  await expect(page.getByTestId("last-rated")).toContainText("Last rated Good");
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("status").getByRole("button", { name: "Practicing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("notes")).toHaveValue(/U-shaped test error/);
  await expect(page.getByTestId("last-rated")).toContainText("Last rated Good");
  // The list shows the status at a glance and filters by it.
  await page.goto("/browse?status=practicing");
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  await expect(page.getByTestId("row-status").first()).toContainText("Practicing");
  await page.goto("/browse?bookmarked=1");
  await expect(page.getByTestId("result-count")).toHaveText("1 question");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("a note with markup is shown as plain text", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-03-02T09:00:00") });
  await page.goto(Q);
  await ready(page);
  const note = "<script>window.__pwned = 1</script><b>bold?</b>";
  await page.getByTestId("notes").fill(note);
  await page.getByTestId("rating").getByRole("button", { name: /Again/ }).click();
  await page.clock.setSystemTime(new Date("2026-03-02T10:00:00"));
  await page.goto("/review");
  await page.getByTestId("reveal").click();
  // Today shows the note in its editor, as text.
  await expect(page.getByTestId("review-card").getByTestId("notes")).toHaveValue(note);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.getByTestId("review-card").locator("b")).toHaveCount(0);
});

test("corrupt stored progress: the app loads, warns, and keeps the original bytes", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const corrupt = '{"schema_version": 2, "progress": {"x": {"status": "pract';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, corrupt]);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId("storage-problem")).toContainText("could not be read");
  expect(await page.evaluate(() => localStorage.getItem("mlip.progress.backup"))).toBe(corrupt);
  // The app still works and saves new progress.
  await page.goto(Q);
  await page.getByTestId("bookmark").click();
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.bookmarked).toBe(true);
  // The unreadable single document was backed up, so it gives way to the parts.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem("mlip.progress.backup"))).toBe(corrupt);
  const download = page.waitForEvent("download");
  await page.getByTestId("download-backup").click();
  const file = await download;
  expect(readFileSync(await file.path(), "utf8")).toBe(corrupt);
});

test("an unreadable document that could not be copied aside is not overwritten until a download works", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const corrupt = '{"schema_version": 2, "progress": {"x": {"status": "pract';
  // Every backup slot already holds something else, so the document cannot be copied aside.
  await page.evaluate(([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem(`${k}.backup`, "older backup 1");
    for (let n = 2; n < 100; n++) localStorage.setItem(`${k}.backup.${n}`, `older backup ${n}`);
  }, [KEY, corrupt]);
  await page.goto(Q);
  await ready(page);
  await expect(page.getByTestId("storage-problem")).toContainText("will not be overwritten until you download it");

  // The download fails: the banner says so, and saving stays paused.
  await page.evaluate(() => {
    window.__createObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => { throw new Error("blocked"); };
  });
  await page.getByTestId("download-backup").click();
  await expect(page.getByTestId("download-error")).toContainText("The download did not work");
  await expect(page.getByTestId("download-error")).toContainText("Nothing has been overwritten");
  // A change made afterwards is saved (progress is stored in parts under other keys)...
  await page.getByTestId("bookmark").click();
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.bookmarked).toBe(true);
  // ...but the only copy of the unreadable document is not touched, though every part is
  // now stored (which would otherwise retire it).
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(corrupt);

  // A download that works hands over the original; then the old document may go.
  await page.evaluate(() => { URL.createObjectURL = window.__createObjectURL; });
  const download = page.waitForEvent("download");
  await page.getByTestId("download-backup").click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(corrupt);
  await expect(page.getByTestId("download-error")).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  expect((await storedEntry(page, "explain-bias-variance-tradeoff")).bookmarked).toBe(true);
});

test("a full storage quota shows a lasting warning and loses nothing stored", async ({ page }) => {
  await page.goto(Q);
  await ready(page);
  await page.getByTestId("status").getByRole("button", { name: "Confident" }).click();
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.status).toBe("confident");
  const before = await stored(page);
  // Fill what is left of the quota.
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let i = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem("filler-" + i++, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  const note = "A note long enough not to fit in what is left of the quota. ".repeat(8);
  await page.getByTestId("notes").fill(note);
  await expect(page.getByTestId("write-warning")).toContainText("not being saved");
  await expect(page.getByTestId("write-warning")).toContainText("full");
  expect(await stored(page)).toBe(before);
  // The change is kept in memory...
  await page.getByRole("link", { name: "Browse", exact: true }).click();
  await page.getByTestId("search").fill("bias");
  await page.getByRole("link", { name: "Explain the bias-variance tradeoff." }).click();
  await expect(page.getByTestId("notes")).toHaveValue(note);
  await expect(page.getByTestId("write-warning")).toBeVisible();
  // An export that fails says so.
  await page.evaluate(() => {
    window.__createObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => { throw new Error("blocked"); };
  });
  await page.getByTestId("write-warning").getByRole("button", { name: "Export progress" }).click();
  await expect(page.getByTestId("export-error")).toContainText("The export did not work");
  await page.evaluate(() => { URL.createObjectURL = window.__createObjectURL; });
  // The warning's Export downloads everything, the unsaved note included (in the split
  // build its code is fetched on first use).
  const download = page.waitForEvent("download");
  await page.getByTestId("write-warning").getByRole("button", { name: "Export progress" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(JSON.stringify(exported)).toContain("A note long enough");
  await expect(page.getByTestId("export-error")).toHaveCount(0);
  // ...and saved once space is freed.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith("filler-")) localStorage.removeItem(k);
  });
  await page.getByRole("button", { name: "Try saving again" }).click();
  await expect(page.getByTestId("write-warning")).toHaveCount(0);
  expect((await storedEntry(page, "explain-bias-variance-tradeoff")).notes).toBe(note);
});

test("a change in one tab shows in another without a reload", async ({ page, context }) => {
  await page.goto(Q);
  await ready(page);
  const other = await context.newPage();
  await other.goto(Q);
  await ready(other);
  await page.getByTestId("bookmark").click();
  await expect(other.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
  await other.getByTestId("notes").fill("written in the second tab");
  await expect(page.getByTestId("notes")).toHaveValue("written in the second tab");
  // Both changes survive: neither tab overwrote the other.
  const doc = await storedEntry(page, "explain-bias-variance-tradeoff");
  expect(doc.bookmarked).toBe(true);
  expect(doc.notes).toBe("written in the second tab");
  await other.close();
});

test("a reset in one tab empties the other tabs too, and Undo brings it back in both", async ({ page, context }) => {
  await page.goto(Q);
  await ready(page);
  await page.getByTestId("bookmark").click();
  await page.getByTestId("notes").fill("kept until the reset");
  const other = await context.newPage();
  await other.goto(Q);
  await ready(other);
  await expect(other.getByTestId("notes")).toHaveValue("kept until the reset");

  await page.goto("/data");
  await ready(page);
  await page.getByTestId("reset").click();
  await page.getByTestId("reset-confirm").click();
  await expect(page.getByTestId("reset-done")).toBeVisible();
  // The other tab follows, and does not write its old copy back.
  await expect(other.getByTestId("notes")).toHaveValue("");
  await expect(other.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "false");
  expect(await storedEntry(page, "explain-bias-variance-tradeoff")).toBeUndefined();
  // Settled: a change made now in the other tab is saved from the state it holds. Had it
  // kept (or written back) its old copy, the saved entry would still carry the old note.
  await other.getByTestId("status").getByRole("button", { name: "Practicing" }).click();
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.status).toBe("practicing");
  const saved = await storedEntry(page, "explain-bias-variance-tradeoff");
  expect(saved.notes).toBe("");
  expect(saved.bookmarked).toBe(false);

  await page.getByTestId("undo-reset").click();
  await expect(other.getByTestId("notes")).toHaveValue("kept until the reset");
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.bookmarked).toBe(true);
  await other.close();
});

test("export, reset, import brings everything back", async ({ page }) => {
  await page.goto(Q);
  await ready(page);
  await page.getByTestId("status").getByRole("button", { name: "Practicing" }).click();
  await page.getByTestId("notes").fill("exported note");
  await page.getByTestId("rating").getByRole("button", { name: /Hard/ }).click();
  await page.goto("/data");
  const download = page.waitForEvent("download");
  await page.getByTestId("export").click();
  const path = await (await download).path();
  const exported = JSON.parse(readFileSync(path, "utf8"));
  expect(exported.app).toBe("ml-interview-prep");
  expect(exported.schema_version).toBeGreaterThan(0);
  expect(exported).toHaveProperty("interviews");
  await page.getByTestId("reset").click();
  await page.getByTestId("reset-confirm").click();
  await expect(page.getByTestId("reset-done")).toBeVisible();
  // Every stored part is empty (or was never written).
  await expect.poll(async () => Object.values(JSON.parse(await stored(page)))
    .map((text) => (text ? Object.keys(JSON.parse(text).progress).length : 0))
    .reduce((a, b) => a + b, 0)).toBe(0);
  await page.getByTestId("import-file").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"app": "ml-interview-prep", "schema_ver') });
  await expect(page.getByTestId("import-error")).toContainText("Nothing was changed");
  // Messages name what is wrong, quoted (release builds print nothing for Rust's `{:?}`).
  const importText = async (text) => {
    await page.getByTestId("import-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(text) });
    return page.getByTestId("import-error");
  };
  await expect(await importText('{"app": "other-app"}')).toContainText('it comes from "other-app", not from "ml-interview-prep"');
  await expect(await importText('{"app": "ml-interview-prep", "schema_version": 2, "progress": {"q1": {"status": "maybe"}}}')).toContainText('"q1"');
  await page.getByTestId("import-file").setInputFiles(path);
  await expect(page.getByTestId("preview-new")).toHaveText("1 new");
  await page.getByTestId("import-merge").click();
  await expect(page.getByTestId("import-done")).toBeVisible();
  await page.goto(Q);
  await expect(page.getByTestId("notes")).toHaveValue("exported note");
  await expect(page.getByTestId("status").getByRole("button", { name: "Practicing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("last-rated")).toContainText("Last rated Hard");
});

test("a rated question comes back in the review queue when it is due", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-05-04T08:00:00") });
  await page.goto(Q);
  await ready(page);
  await page.getByTestId("rating").getByRole("button", { name: /Good/ }).click();
  await page.goto("/review");
  await expect(page.getByTestId("review-empty")).toContainText("comes back in");
  await page.goto("/");
  await expect(page.getByTestId("due-count")).toContainText("0 questions due");
  await page.clock.setSystemTime(new Date("2026-05-20T08:00:00"));
  await page.goto("/");
  await expect(page.getByTestId("due-count")).toContainText("1 question due");
  await page.goto("/review");
  await expect(page.getByTestId("review-card")).toContainText("Explain the bias-variance tradeoff.");
  await page.getByTestId("reveal").click();
  await page.getByTestId("rating").getByRole("button", { name: /Easy/ }).click();
  await expect(page.getByTestId("review-done")).toBeVisible();
  await page.goto("/progress");
  await expect(page.getByTestId("heatmap")).toContainText("2 ratings on 2 days");
});

/**
 * Replaces all stored progress with one schema 2 document (as an older version wrote it)
 * holding Q as confident with a note; returns the document.
 */
async function storeOlderDocument(page, { bookmarked }) {
  await page.goto("/");
  await ready(page);
  const v2 = {
    schema_version: 2,
    progress: {
      "explain-bias-variance-tradeoff": {
        status: "confident", bookmarked, notes: "kept from before", ratings: [], modified_ms: 1700000000000,
      },
    },
  };
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [KEY, JSON.stringify(v2)]);
  return v2;
}

test("progress saved by an older version (one schema 2 document) loads and is split into parts", async ({ page }) => {
  const v2 = await storeOlderDocument(page, { bookmarked: true });
  await page.goto(Q);
  await ready(page);
  await expect(page.getByTestId("notes")).toHaveValue("kept from before");
  await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
  // Nothing is rewritten until the user changes something...
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(JSON.stringify(v2));
  // ...then everything is stored in the current form, and the old document goes.
  await page.getByTestId("status").getByRole("button", { name: "Practicing" }).click();
  await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.status).toBe("practicing");
  expect((await storedEntry(page, "explain-bias-variance-tradeoff")).notes).toBe("kept from before");
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await expect(page.getByTestId("storage-problem")).toHaveCount(0);
});

test.describe("without a service worker", () => {
  // A worker would fetch the reader's code itself, where page.route cannot hold it back.
  test.use({ serviceWorkers: "block" });

  test("a change made while an older document is still being read is kept, and so is the document", async ({ page }) => {
    await storeOlderDocument(page, { bookmarked: false });
    // Hold back the code that reads older documents (the route-split build fetches it on demand).
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/split_read_progress_chunk\w*\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(Q);
    await expect(page.getByTestId("bookmark")).toBeVisible();
    await page.getByTestId("bookmark").click();
    release();
    // Both the document's notes and the change made meanwhile survive, on screen and stored.
    await expect(page.getByTestId("notes")).toHaveValue("kept from before");
    await expect(page.getByTestId("bookmark")).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await storedEntry(page, "explain-bias-variance-tradeoff"))?.bookmarked).toBe(true);
    const entry = await storedEntry(page, "explain-bias-variance-tradeoff");
    expect(entry.notes).toBe("kept from before");
    expect(entry.status).toBe("confident");
    await expect(page.getByTestId("storage-problem")).toHaveCount(0);
  });
});
