//! Benchmark, not a pass/fail test: load and save times of synthetic progress on 10,000
//! questions through the app's storage module, in a real browser. Run by `scripts/bench`
//! (release build, headless Chromium); it prints figures and asserts only that data
//! round-trips.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::domain::progress::{Progress, Rating, Status, merge_all};
use ml_interview_prep::domain::store_doc::{load, to_stored_shards};
use ml_interview_prep::platform::storage::{self, PROGRESS_KEYS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const QUESTIONS: usize = 10_000;
const RUNS: usize = 15;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn synthetic() -> Progress {
    let mut p = Progress::default();
    let day = 86_400_000_i64;
    for i in 0..QUESTIONS {
        let id = format!("synthetic-question-{i:05}");
        let t = 1_760_000_000_000 + i as i64 * 60_000;
        p.set_status(
            &id,
            [Status::New, Status::Practicing, Status::Confident][i % 3],
            t,
        );
        if i % 4 == 0 {
            p.toggle_bookmark(&id, t + 1);
        }
        p.set_notes(
            &id,
            &format!("note {i}: remember the trade-off and the edge cases"),
            t + 2,
        );
        p.rate(&id, Rating::Good, t + 3);
        p.rate(
            &id,
            [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy][i % 4],
            t + 3 * day,
        );
    }
    p
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Writes the parts that differ from `previous` (all of them when it is empty), as the app
/// does; returns how many were written.
fn save(texts: &[String], previous: &[String]) -> usize {
    let mut written = 0;
    for (i, text) in texts.iter().enumerate() {
        if previous.get(i) != Some(text) {
            storage::write(PROGRESS_KEYS[i], text).expect("write");
            written += 1;
        }
    }
    written
}

fn load_all() -> Progress {
    let parts = PROGRESS_KEYS
        .iter()
        .map(|key| load(&storage::read(key).expect("read").expect("stored")).expect("load"))
        .collect();
    merge_all(parts)
}

#[wasm_bindgen_test]
fn load_and_save_ten_thousand_questions() {
    let mut progress = synthetic();
    let (mut saves, mut loads, mut edits) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ser, mut write, mut read, mut parse) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0;
    for run in 0..RUNS {
        // A full save: every part written (as after an import or the first start).
        for key in PROGRESS_KEYS {
            let _ = storage::remove(key);
        }
        let t0 = now();
        let texts = to_stored_shards(&progress);
        let t1 = now();
        assert_eq!(save(&texts, &[]), PROGRESS_KEYS.len());
        let t2 = now();
        saves.push(t2 - t0);
        ser.push(t1 - t0);
        write.push(t2 - t1);
        bytes = texts.iter().map(String::len).sum();

        let t0 = now();
        let raws: Vec<String> = PROGRESS_KEYS
            .iter()
            .map(|k| storage::read(k).expect("read").expect("stored"))
            .collect();
        let t1 = now();
        let loaded = merge_all(raws.iter().map(|raw| load(raw).expect("load")).collect());
        let t2 = now();
        loads.push(t2 - t0);
        read.push(t1 - t0);
        parse.push(t2 - t1);
        assert_eq!(loaded.questions.len(), QUESTIONS);

        // The common case: one question changes, and only its part is rewritten.
        let t0 = now();
        progress.set_notes("synthetic-question-00042", &format!("edit {run}"), 1);
        let changed = to_stored_shards(&progress);
        assert_eq!(save(&changed, &texts), 1);
        edits.push(now() - t0);
    }
    assert_eq!(load_all(), progress);
    for key in PROGRESS_KEYS {
        let _ = storage::remove(key);
    }
    console_log!(
        "BENCH storage: {QUESTIONS} questions, {:.1} MB stored in {} parts; save median {:.1} ms, load median {:.1} ms (over {RUNS} runs)",
        bytes as f64 / 1e6,
        PROGRESS_KEYS.len(),
        median(saves),
        median(loads)
    );
    console_log!(
        "BENCH storage detail: serialize {:.1} ms + localStorage write {:.1} ms; localStorage read {:.1} ms + parse {:.1} ms; one question changed: save {:.1} ms",
        median(ser),
        median(write),
        median(read),
        median(parse),
        median(edits)
    );
}
