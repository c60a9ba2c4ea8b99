//! Benchmark, not a pass/fail test: reading and writing the stored document of 10,000 own
//! questions through the app's reader and writer, against the browser's `JSON.parse` and
//! `JSON.stringify` of the same text, in the same page (release build, run by
//! `scripts/bench`). It asserts only that the document round-trips.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::domain::catalog::Question;
use ml_interview_prep::domain::own_questions::{OwnQuestion, OwnQuestions};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string, so the timing has no text copied between JS and Rust.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsValue) -> JsValue;
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify)]
    fn json_stringify(value: &JsValue) -> JsValue;
}

wasm_bindgen_test_configure!(run_in_browser);

const QUESTIONS: usize = 10_000;
const RUNS: usize = 15;
const WORDS: &[&str] = &[
    "ranking",
    "embedding",
    "latency",
    "fraud",
    "churn",
    "forecast",
    "retrieval",
    "calibration",
    "drift",
    "sampling",
    "tokenizer",
    "cache",
    "feature",
    "label",
    "privacy",
    "budget",
];

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// The same shape as the page benchmark's document (`scripts/bench.mjs`, `ownDoc`).
fn synthetic() -> OwnQuestions {
    let mut doc = OwnQuestions::default();
    for i in 0..QUESTIONS {
        let w = |k: usize| WORDS[(i * 7 + k * 13) % WORDS.len()];
        doc.questions.push(OwnQuestion {
            question: Question {
                id: format!("own-bench-{i:x}"),
                text: format!(
                    "How would you handle {} and {} for team question {i}?",
                    w(1),
                    w(2)
                ),
                section: "own".into(),
                difficulty: None,
                answer_url: None,
                company: (i % 3 == 0).then(|| "Acme".to_string()),
                year: None,
                round_type: None,
                key_points: vec![
                    format!("{} first", w(3)),
                    format!("then {} and {}", w(4), w(5)),
                ],
                note: None,
            },
            modified_ms: 1_790_000_000_000 + i as i64,
        });
    }
    doc
}

#[wasm_bindgen_test]
fn read_and_write_ten_thousand_own_questions() {
    let doc = synthetic();
    let text = doc.to_json().expect("serialise");
    let js_text = JsValue::from_str(&text);
    let (mut reads, mut parses, mut writes, mut stringifies) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t0 = now();
        let read = OwnQuestions::from_json(&text).expect("read");
        let t1 = now();
        let parsed = json_parse(&js_text);
        let t2 = now();
        let written = read.to_json().expect("write");
        let t3 = now();
        let again = json_stringify(&parsed);
        let t4 = now();
        assert_eq!(read.questions.len(), QUESTIONS);
        assert_eq!(written.len(), text.len());
        assert_eq!(again.as_string().map(|t| t.len()), Some(text.len()));
        reads.push(t1 - t0);
        parses.push(t2 - t1);
        writes.push(t3 - t2);
        stringifies.push(t4 - t3);
    }
    console_log!(
        "BENCH own first run: read {:.1} ms vs JSON.parse {:.1} ms; write {:.1} ms vs JSON.stringify {:.1} ms",
        reads[0],
        parses[0],
        writes[0],
        stringifies[0]
    );
    let (read, parse, write, stringify) = (
        median(reads),
        median(parses),
        median(writes),
        median(stringifies),
    );
    let verdict = |ratio: f64| if ratio <= 2.0 { "within" } else { "OVER" };
    console_log!(
        "BENCH own budgets: read {:.2}x of JSON.parse, budget 2x: {}; write {:.2}x of JSON.stringify, budget 2x: {}",
        read / parse,
        verdict(read / parse),
        write / stringify,
        verdict(write / stringify)
    );
    console_log!(
        "BENCH own: {QUESTIONS} own questions, {:.1} MB; read {read:.1} ms vs JSON.parse {parse:.1} ms ({:.2}x); write {write:.1} ms vs JSON.stringify {stringify:.1} ms ({:.2}x) (medians of {RUNS})",
        text.len() as f64 / 1e6,
        read / parse,
        write / stringify
    );
}
