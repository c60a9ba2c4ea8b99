// Recorded spoken answers, with Chromium's fake microphone playing a known sound: a loop of
// 1 s tone, 1.5 s silence, 1 s tone, 0.5 s silence (made here as a WAV file).
import { test, expect, ready } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import config from "./playwright.config.mjs";

const RATE = 48000;
function wav(parts) {
  const samples = [];
  for (const [seconds, loud] of parts) {
    for (let i = 0; i < seconds * RATE; i++) samples.push(loud ? 0.5 * Math.sin((2 * Math.PI * 440 * i) / RATE) : 0);
  }
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32767), i * 2));
  const head = Buffer.alloc(44);
  head.write("RIFF", 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write("WAVE", 8);
  head.write("fmt ", 12);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write("data", 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}
const audioFile = join(mkdtempSync(join(tmpdir(), "mlip-mic-")), "answer.wav");
writeFileSync(audioFile, wav([[1, true], [1.5, false], [1, true], [0.5, false]]));

test.use({
  launchOptions: {
    ...config.use.launchOptions,
    args: [
      ...config.use.launchOptions.args,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${audioFile}`,
      "--autoplay-policy=no-user-gesture-required",
    ],
  },
});

const QUESTION = "/q/explain-bias-variance-tradeoff";

/** Records until the clock shows `seconds`, then stops (or not). */
async function record(page, seconds, { stop = true } = {}) {
  await page.getByTestId("record").click();
  await expect(page.getByTestId("level-meter")).toBeVisible();
  const clock = page.getByRole("timer", { name: "Recording time" });
  await expect(clock).toHaveText(`0:0${seconds}`, { timeout: 60_000 });
  if (stop) await page.getByTestId("stop-recording").click();
}

/** What the database holds: each recording's description and its audio's total bytes. */
async function stored(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("mlip-recordings");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(["recordings", "chunks"]);
          const recs = tx.objectStore("recordings").getAll();
          const chunks = tx.objectStore("chunks").getAll();
          const keys = tx.objectStore("chunks").getAllKeys();
          tx.oncomplete = () => {
            const out = recs.result.map((t) => JSON.parse(t));
            for (const r of out) {
              r.chunks = keys.result.filter((k) => k[0] === r.id).length;
              r.stored = keys.result.reduce((n, k, i) => (k[0] === r.id ? n + chunks.result[i].size : n), 0);
            }
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/** Starts a one-question LLM mock interview, recording the answers if `record`. */
async function startInterview(page, { record = false } = {}) {
  await page.goto("/interview");
  await ready(page);
  await page.getByTestId("pick-llm").check();
  await page.getByTestId("questions-0").fill("1");
  await page.getByTestId("questions-0").blur();
  if (record) await page.getByTestId("record-setup").check();
  await page.getByTestId("start").click();
  await expect(page).toHaveURL(/\/interview\/run$/);
}

/** The audio element's length in seconds, once the browser knows it. */
async function playableLength(item) {
  const audio = item.getByTestId("recording-audio");
  await expect(audio).toBeVisible();
  await expect.poll(() => audio.evaluate((a) => Number.isFinite(a.duration) && a.duration > 0)).toBe(true);
  // Finding the length moves the player to the end once; it comes back to the start.
  await expect.poll(() => audio.evaluate((a) => a.currentTime)).toBe(0);
  return audio.evaluate((a) => a.duration);
}

test("record 3 seconds, play back, change speed, delete and undo", async ({ page }) => {
  await page.goto(QUESTION);
  await ready(page);
  await page.getByTestId("record").click();
  // The meter moves with the sound.
  await expect.poll(() => page.getByTestId("level-meter").evaluate((m) => m.value), { timeout: 30_000 }).toBeGreaterThan(5);
  await expect(page.getByRole("timer", { name: "Recording time" })).toHaveText("0:03", { timeout: 60_000 });
  await page.getByTestId("stop-recording").click();
  const item = page.getByTestId("recording-item").first();
  await expect(item.getByTestId("speaking-figures")).toContainText("short of the 2–4 min target for a concept question");
  const length = await playableLength(item);
  expect(Math.abs(length - 3)).toBeLessThan(0.5);

  const [rec] = await stored(page);
  expect(rec.finished).toBe(true);
  expect(rec.question).toBe("explain-bias-variance-tradeoff");
  expect(rec.chunks).toBeGreaterThanOrEqual(3);
  // A 3-minute answer at this rate stays under 2 MB.
  expect((rec.stored / (rec.duration_ms / 1000)) * 180).toBeLessThan(2 * 1024 * 1024);

  await item.getByRole("button", { name: "1.5×" }).click();
  await expect(item.getByRole("button", { name: "1.5×" })).toHaveAttribute("aria-pressed", "true");
  expect(await item.getByTestId("recording-audio").evaluate((a) => a.playbackRate)).toBe(1.5);
  await expect(item.getByTestId("download-recording")).toHaveAttribute("download", /^answer-explain-bias-variance-tradeoff-.*\.webm$/);

  await item.getByTestId("delete-recording").click();
  await expect(page.getByTestId("recording-item")).toHaveCount(0);
  expect(await stored(page)).toEqual([]);
  await page.getByTestId("undo-recording-delete").click();
  await expect(page.getByTestId("recording-item")).toHaveCount(1);
  expect(Math.abs((await playableLength(page.getByTestId("recording-item").first())) - 3)).toBeLessThan(0.5);
  expect((await stored(page))[0].chunks).toBe(rec.chunks);
});

test("a reload in the middle of an answer keeps what was said", async ({ page }) => {
  await page.goto(QUESTION);
  await ready(page);
  await record(page, 3, { stop: false });
  // At least two seconds of audio are saved before the reload.
  await expect.poll(async () => (await stored(page))[0]?.chunks ?? 0).toBeGreaterThanOrEqual(2);
  await page.reload();
  await ready(page);
  const item = page.getByTestId("recording-item").first();
  await expect(item.getByTestId("interrupted")).toBeVisible();
  const length = await playableLength(item);
  expect(length).toBeGreaterThan(1.5);
  const [rec] = await stored(page);
  expect(rec.interrupted).toBe(true);
  expect(rec.finished).toBe(true);
});

test("speaking figures find the known pause", async ({ page }) => {
  await page.goto(QUESTION);
  await ready(page);
  // Seven seconds always hold a whole 1.5 s silence between two tones, wherever the loop starts.
  await record(page, 7);
  const figures = page.getByTestId("recording-item").first().getByTestId("speaking-figures");
  await expect(figures).toContainText("longest pause");
  const text = await figures.textContent();
  const pause = Number(text.match(/longest pause (\d+\.\d) s/)[1]);
  expect(pause).toBeGreaterThanOrEqual(1.3);
  expect(pause).toBeLessThanOrEqual(1.7);
  // About half of the loop is tone.
  const speaking = Number(text.match(/Speaking (\d+\.\d) s/)[1]);
  expect(speaking).toBeGreaterThanOrEqual(2.5);
  expect(speaking).toBeLessThanOrEqual(5);
});

test("a denied microphone says so and typed practice keeps working", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  await page.goto(QUESTION);
  await ready(page);
  await page.getByTestId("record").click();
  await expect(page.getByTestId("record-error")).toContainText("The microphone is blocked for this site");
  await expect(page.getByTestId("record")).toBeVisible();
  await page.getByTestId("notes").fill("typed answer still saved");
  await page.getByTestId("notes").blur();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("mlip.progress") && localStorage.getItem(k).includes("typed answer still saved")))).toBe(true);
});

test("without IndexedDB, recording says why and nothing else breaks", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get: () => undefined });
  });
  await page.goto(QUESTION);
  await ready(page);
  await expect(page.getByTestId("recordings-unavailable")).toContainText("Recordings cannot be kept in this browser");
  await page.getByTestId("record").click();
  await expect(page.getByTestId("record-error")).toContainText("Recordings cannot be saved here");
  await expect(page.getByTestId("status")).toBeVisible();
});

test("a mock interview records each answer with its clock, plays it before scoring, and lists it in the report", async ({ page }) => {
  await startInterview(page, { record: true });
  const question = await page.getByTestId("iv-question").textContent();
  // Recording starts with the question, without a click.
  await expect(page.getByTestId("iv-recorder").getByTestId("level-meter")).toBeVisible();
  await expect(page.getByRole("timer", { name: "Recording time" })).toHaveText("0:02", { timeout: 60_000 });
  await page.getByTestId("next").click();

  const listen = page.getByTestId("listen-before-scoring");
  await expect(listen.getByTestId("recording-item")).toHaveCount(1);
  const length = await playableLength(listen.getByTestId("recording-item"));
  expect(length).toBeGreaterThan(1.5);
  const [rec] = await stored(page);
  expect(rec.interview.round).toBe(0);
  expect(rec.interview.interview).toMatch(/^iv-\d+$/);

  const dims = page.getByTestId("rubric-form").locator("fieldset.dimension");
  for (let i = 0; i < (await dims.count()); i++) await dims.nth(i).locator('input[value="3"]').check();
  await page.getByTestId("save-score").click();
  await page.getByTestId("finish").click();
  await expect(page).toHaveURL(/\/interview\/report\/iv-\d+$/);
  const report = page.getByTestId("report-recordings");
  await expect(report.getByTestId("recording-label")).toContainText(`${question} — score `);
  await expect(report.getByTestId("recording-label")).toHaveText(/ — score \d+ \/ 100$/);
  await expect(report.getByTestId("recording-audio")).toBeVisible();

  // The question's own page lists only answers recorded there.
  await page.goto(`/q/${rec.question}`);
  await ready(page);
  await expect(page.getByTestId("spoken-answers")).toBeVisible();
  await expect(page.getByTestId("recording-item")).toHaveCount(0);
});

test("the Data page shows the space recordings take and deletes them all, with undo", async ({ page }) => {
  await page.goto(QUESTION);
  await ready(page);
  await record(page, 2);
  await expect(page.getByTestId("speaking-figures")).toBeVisible();
  await page.goto("/data");
  await ready(page);
  const summary = page.getByTestId("recordings-summary");
  await expect(summary).toHaveText(/^1 recorded answer, \d+ KB on this device\.$/);
  await expect(page.getByTestId("recordings-storage")).toContainText("not in the export file");
  await page.getByTestId("delete-all-recordings").click();
  await expect(summary).toHaveText("No recorded answers on this device.");
  expect(await stored(page)).toEqual([]);
  await page.getByTestId("undo-recording-delete").click();
  await expect(summary).toHaveText(/^1 recorded answer/);
  expect((await stored(page)).length).toBe(1);
});

test("read aloud: off when the device has no offline voice", async ({ page }) => {
  await startInterview(page);
  await expect(page.getByTestId("no-voices")).toBeVisible();
  await expect(page.getByTestId("read-aloud-toggle")).toBeDisabled();
  await page.getByTestId("abandon").click();
  await page.getByTestId("abandon-yes").click();
});

test("read aloud: the question is read with the chosen voice and speed", async ({ page }) => {
  // A device voice that works offline, and a synthesizer that notes what it is asked to say.
  await page.addInitScript(() => {
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    for (const [k, v] of Object.entries({ name: "Test Voice", lang: "en-GB", localService: true, default: true, voiceURI: "test" })) {
      Object.defineProperty(voice, k, { value: v });
    }
    window.spoken = [];
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
    const synth = { getVoices: () => [voice], speak: (u) => window.spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name }), cancel: () => {}, onvoiceschanged: null };
    Object.defineProperty(window, "speechSynthesis", { get: () => synth });
  });
  await startInterview(page);
  const question = await page.getByTestId("iv-question").textContent();
  await page.getByTestId("read-aloud-toggle").check();
  await page.getByTestId("voice-rate").selectOption("120");
  await page.getByTestId("read-again").click();
  const said = (u) => ({ ...u, rate: Math.round(u.rate * 100) / 100 });
  const spoken = await page.evaluate(() => window.spoken);
  expect(said(spoken.at(-1))).toEqual({ text: question, rate: 1.2, voice: "Test Voice" });
  // The choice is kept with the interview: after a reload the question is read at once.
  await page.reload();
  await ready(page);
  await expect.poll(async () => said(await page.evaluate(() => window.spoken.at(-1) ?? {}))).toEqual({ text: question, rate: 1.2, voice: "Test Voice" });
  await page.getByTestId("abandon").click();
  await page.getByTestId("abandon-yes").click();
});

test("a microphone that goes away mid-answer stops the recording and keeps what was said", async ({ page }) => {
  // Keep a handle on the stream the app gets, to end its track as an unplugged device would.
  await page.addInitScript(() => {
    const get = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => (window.__stream = await get(c));
  });
  await page.goto(QUESTION);
  await ready(page);
  await record(page, 2, { stop: false });
  await page.evaluate(() => window.__stream.getAudioTracks()[0].dispatchEvent(new Event("ended")));
  await expect(page.getByTestId("record-error")).toContainText("The microphone stopped");
  await expect(page.getByTestId("record")).toBeVisible();
  const item = page.getByTestId("recording-item").first();
  await expect(item.getByTestId("speaking-figures")).toBeVisible();
  expect(await playableLength(item)).toBeGreaterThan(1.5);
});

for (const scheme of ["light", "dark"]) {
  test(`no accessibility violations while recording and with a recording (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto(QUESTION);
    await ready(page);
    const axe = async () => {
      const result = await new AxeBuilder({ page }).include("[data-testid=spoken-answers]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    };
    await record(page, 1, { stop: false });
    expect(await axe()).toEqual([]);
    await page.getByTestId("stop-recording").click();
    await expect(page.getByTestId("speaking-figures")).toBeVisible();
    await expect(page.getByTestId("recording-audio")).toBeVisible();
    expect(await axe()).toEqual([]);
  });
}

test("a transcript is made only by on-device recognition: fillers and key points mentioned", async ({ page }) => {
  // A browser whose speech recognition runs on the device (SpeechRecognition.available with
  // processLocally), saying a known answer: part while recording, the rest as it stops.
  await page.addInitScript(() => {
    const result = (transcript) => ({ isFinal: true, 0: { transcript }, length: 1 });
    const first = result("um the expected squared error decomposes as bias squared plus variance plus irreducible noise where bias is systematic error from wrong assumptions");
    const last = result("uh you know that is basically it");
    window.SpeechRecognition = class {
      static available(options) {
        window.__asked = options;
        return Promise.resolve("available");
      }
      start() {
        window.__processLocally = this.processLocally;
        setTimeout(() => this.onresult?.({ resultIndex: 0, results: { 0: first, length: 1 } }), 300);
      }
      stop() {
        this.onresult?.({ resultIndex: 1, results: { 0: first, 1: last, length: 2 } });
        setTimeout(() => this.onend?.(), 50);
      }
      abort() {}
    };
  });
  await page.goto(QUESTION);
  await ready(page);
  await expect(page.getByTestId("transcripts-on-device")).toBeVisible();
  await record(page, 2);
  const item = page.getByTestId("recording-item").first();
  await expect(item.getByTestId("transcript-text")).toHaveText(/^um the expected squared error .* assumptions uh you know that is basically it$/);
  await expect(item.getByTestId("fillers")).toHaveText("Filler words: “um” ×1, “uh” ×1, “you know” ×1, “basically” ×1.");
  await expect(item.getByTestId("key-points-mentioned")).toHaveText("Key points mentioned: 1 of 5.");
  expect(await page.evaluate(() => [window.__asked.processLocally, window.__processLocally])).toEqual([true, true]);
  expect((await stored(page))[0].transcript).toContain("irreducible noise");
});

test("speech recognition through a server is never used", async ({ page }) => {
  // Recognition exists but cannot say it works on the device (as when it sends audio away).
  await page.addInitScript(() => {
    window.__constructed = 0;
    window.SpeechRecognition = class {
      constructor() {
        window.__constructed++;
      }
      start() {}
    };
  });
  await page.goto(QUESTION);
  await ready(page);
  await expect(page.getByTestId("no-transcripts")).toBeVisible();
  await record(page, 1);
  await expect(page.getByTestId("speaking-figures")).toBeVisible();
  await expect(page.getByTestId("transcript")).toHaveCount(0);
  expect(await page.evaluate(() => window.__constructed)).toBe(0);
});

test("no microphone: a clear message, and nothing else changes", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Requested device not found", "NotFoundError"));
  });
  await page.goto(QUESTION);
  await ready(page);
  await page.getByTestId("record").click();
  await expect(page.getByTestId("record-error")).toHaveText("No microphone was found. Connect one and try again; typed practice works as before.");
  expect(await stored(page)).toEqual([]);
});

test("a full disk stops the recording with a message and keeps what was saved before", async ({ page }) => {
  // The third chunk of audio does not fit.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    let chunks = 0;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === "chunks" && ++chunks >= 3) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.call(this, value, key);
    };
  });
  await page.goto(QUESTION);
  await ready(page);
  await page.getByTestId("record").click();
  await expect(page.getByTestId("record-error")).toContainText("the device's storage is full", { timeout: 60_000 });
  await expect(page.getByTestId("record")).toBeVisible();
  const [rec] = await stored(page);
  expect(rec.chunks).toBe(2);
  expect(await playableLength(page.getByTestId("recording-item").first())).toBeGreaterThan(1.5);
});
