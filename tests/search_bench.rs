//! Benchmark, not a pass/fail test: search times in a real browser, release build, run
//! by `scripts/bench`. It prints the time to build the catalog's index (with key points)
//! and, for every keystroke of a few typed searches, the time to produce the ranked list
//! with the marks of the rows a list shows first, for the catalog and for 10,000 questions with key points and notes. It
//! asserts only that the searches find what they should.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::domain::catalog::{Catalog, Question};
use ml_interview_prep::domain::progress::Progress;
use ml_interview_prep::domain::search::{
    Filters, Indexes, SHOWN_FIRST as SHOWN, index_catalog, index_notes, results,
};
use std::collections::HashMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LARGE: usize = 10_000;
const RUNS: usize = 15;
/// Searches typed one character at a time; every prefix is a keystroke.
const TYPED: &[&str] = &[
    "tranformer",
    "regularisation",
    "gradient boosting",
    "xgboost",
    "how to reduce overfiting",
    "attention heads",
];

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

fn catalog() -> Catalog {
    Catalog::from_json(include_str!("../public/catalog.json")).expect("catalog")
}

fn key_points(c: &Catalog) -> HashMap<String, Vec<String>> {
    c.questions
        .iter()
        .map(|q| (q.id.clone(), q.key_points.clone()))
        .collect()
}

/// 10,000 questions made from the catalog's, each with its key points and a note, with
/// numbered words so the vocabulary grows as it would with users' own questions.
fn large() -> (Catalog, HashMap<String, Vec<String>>, Progress) {
    let base = catalog();
    let mut c = base.clone();
    let mut progress = Progress::default();
    c.questions = (0..LARGE)
        .map(|i| {
            let src = &base.questions[i % base.questions.len()];
            let id = format!("own-{i:05}");
            progress.set_notes(
                &id,
                &format!(
                    "My note {i}: project{i} used this at work; remember the trade-off, the \
                     failure modes and how we measured it (metric{})",
                    i % 700
                ),
                1,
            );
            Question {
                id,
                text: format!("{} (variant {i}, topic{})", src.text, i % 900),
                key_points: src.key_points.clone(),
                ..src.clone()
            }
        })
        .collect();
    let kp = key_points(&c);
    (c, kp, progress)
}

/// The time of every keystroke of every typed search, in ms.
fn keystrokes(
    c: &Catalog,
    kp: &HashMap<String, Vec<String>>,
    p: &Progress,
) -> (Vec<f64>, f64, usize) {
    let t0 = now();
    let ix = index_catalog(c, Some(kp));
    let notes = index_notes(c, p);
    let build = now() - t0;
    let indexes = Indexes {
        catalog: &ix,
        notes: Some(&notes),
    };
    let mut times = Vec::new();
    let mut found = 0;
    for typed in TYPED {
        for end in 1..=typed.len() {
            let f = Filters {
                query: typed[..end].to_string(),
                ..Filters::default()
            };
            let t0 = now();
            let r = results(c, &f, p, indexes, Some(kp), SHOWN);
            times.push(now() - t0);
            if end == typed.len() {
                assert!(!r.rows.is_empty(), "{typed} finds something");
                found += r.rows.len();
            }
        }
    }
    (times, build, found)
}

#[wasm_bindgen_test]
fn search_keystrokes() {
    let c = catalog();
    let kp = key_points(&c);
    let p = Progress::default();
    let mut builds = Vec::new();
    for _ in 0..RUNS {
        let t0 = now();
        let ix = index_catalog(&c, Some(&kp));
        builds.push(now() - t0);
        assert!(!ix.terms.is_empty());
    }
    let mut small = Vec::new();
    for _ in 0..5 {
        small.extend(keystrokes(&c, &kp, &p).0);
    }
    let (lc, lkp, lp) = large();
    let mut big = Vec::new();
    let mut big_builds = Vec::new();
    for _ in 0..2 {
        let (t, b, found) = keystrokes(&lc, &lkp, &lp);
        assert!(found > 1000, "the large set finds its copies ({found})");
        big.extend(t);
        big_builds.push(b);
    }
    let (build, small95, big95) = (
        percentile(builds.clone(), 0.5),
        percentile(small.clone(), 0.95),
        percentile(big.clone(), 0.95),
    );
    let verdict = |v: f64, budget: f64| if v <= budget { "within" } else { "OVER" };
    console_log!(
        "BENCH search budgets: index build <= 20 ms {}; keystroke p95 <= 16 ms (catalog) {}; <= 50 ms ({LARGE} questions) {}",
        verdict(build, 20.0),
        verdict(small95, 16.0),
        verdict(big95, 50.0),
    );
    console_log!(
        "BENCH search index: catalog with key points built in {:.2} ms median (over {RUNS} runs); {LARGE} questions with key points and notes in {:.0} ms",
        percentile(builds, 0.5),
        percentile(big_builds, 0.5),
    );
    console_log!(
        "BENCH search keystroke: catalog p95 {:.2} ms (median {:.2}, {} keystrokes); {LARGE} questions p95 {:.2} ms (median {:.2}, {} keystrokes)",
        percentile(small.clone(), 0.95),
        percentile(small.clone(), 0.5),
        small.len(),
        percentile(big.clone(), 0.95),
        percentile(big.clone(), 0.5),
        big.len(),
    );
}
