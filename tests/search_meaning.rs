//! Search that finds what people mean: each rule of the search (typing errors, spellings,
//! word forms, abbreviations, fields, ranking, excerpts, suggestions) against the shipped
//! catalog with its key points, as a table of typed -> expected questions, including
//! searches that must not match.

use ml_interview_prep::domain::catalog::Catalog;
use ml_interview_prep::domain::progress::Progress;
use ml_interview_prep::domain::search::excerpt::Segment;
use ml_interview_prep::domain::search::index::FieldIndex;
use ml_interview_prep::domain::search::terms::{american, stem, tokens};
use ml_interview_prep::domain::search::{
    Filters, Indexes, Results, index_catalog, index_notes, results,
};
use std::collections::HashMap;

struct Fixture {
    catalog: Catalog,
    key_points: HashMap<String, Vec<String>>,
    index: FieldIndex,
}

fn fixture() -> Fixture {
    let catalog = match Catalog::from_json(include_str!("../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let key_points: HashMap<String, Vec<String>> = catalog
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.key_points.clone()))
        .collect();
    let index = index_catalog(&catalog, Some(&key_points));
    Fixture {
        catalog,
        key_points,
        index,
    }
}

impl Fixture {
    fn run(&self, query: &str, progress: &Progress) -> Results<'_> {
        let f = Filters {
            query: query.into(),
            ..Filters::default()
        };
        self.run_filters(&f, progress)
    }

    /// The list for any filters, with the user's notes indexed and every row described.
    fn run_filters(&self, f: &Filters, progress: &Progress) -> Results<'_> {
        let notes = index_notes(&self.catalog, progress);
        results(
            &self.catalog,
            f,
            progress,
            Indexes {
                catalog: &self.index,
                notes: Some(&notes),
            },
            Some(&self.key_points),
            usize::MAX,
        )
    }

    fn ids(&self, query: &str) -> Vec<String> {
        self.run(query, &Progress::default())
            .rows
            .iter()
            .map(|r| r.q.id.clone())
            .collect()
    }
}

fn marked(segments: &[Segment]) -> Vec<String> {
    segments
        .iter()
        .filter(|s| s.marked)
        .map(|s| s.text.clone())
        .collect()
}

/// Typed -> questions that must be among the results.
const FINDS: &[(&str, &[&str])] = &[
    // Typing errors: one edit in words of 4-7 letters, two in longer words.
    ("tranformer", &["explain-transformer-architecture"]),
    ("regularizaton", &["compare-l1-l2-regularization"]),
    ("overfiting", &["overfitting-combat"]),
    (
        "hallucinatons",
        &["approaches-reduce-hallucinations-llm-outputs"],
    ),
    ("embeding", &["word-embedding-explain-word2vec-glove"]),
    // British and American spellings.
    (
        "regularisation",
        &[
            "compare-l1-l2-regularization",
            "implement-regularization-l1-l2-linear-regression",
        ],
    ),
    ("batch normalisation", &["explain-batch-normalization"]),
    (
        "optimise inference latency",
        &["strategies-optimize-inference-latency-ml-model"],
    ),
    // Word forms.
    (
        "hallucinate",
        &[
            "approaches-reduce-hallucinations-llm-outputs",
            "detect-model-hallucinating-strategies-implement-minimize",
        ],
    ),
    ("embeddings", &["word-embedding-explain-word2vec-glove"]),
    ("transformers", &["explain-transformer-architecture"]),
    // Abbreviations, both ways.
    (
        "convolutional",
        &["explain-architecture-cnns", "different-types-cnn-layers"],
    ),
    ("cnn", &["explain-architecture-cnns"]),
    (
        "recurrent",
        &["explain-vanishing-gradient-problem-rnns-lstms"],
    ),
    (
        "rl",
        &[
            "reinforcement-learning",
            "challenges-reinforcement-learning",
        ],
    ),
    (
        "large language model",
        &["approaches-reduce-hallucinations-llm-outputs"],
    ),
    ("llm", &["evaluate-large-language-model-metrics-beyond"]),
    ("principal component analysis", &["pca-work"]),
    (
        "retrieval augmented generation",
        &["design-rag-retrieval-augmented-generation-system"],
    ),
    ("a/b test", &["approach-b-testing-ml-model-deployments"]),
    ("ab testing", &["approach-b-testing-ml-model-deployments"]),
    // Key points: what the answer says, not only the question's wording.
    ("xgboost", &["explain-difference-bagging-boosting"]),
    (
        "gradient boosting",
        &["explain-difference-bagging-boosting"],
    ),
    ("gbdt", &["explain-difference-bagging-boosting"]),
    // While typing: the start of a word, British or with a typing error.
    ("transf", &["explain-transformer-architecture"]),
    ("regularisat", &["compare-l1-l2-regularization"]),
    ("tranf", &["explain-transformer-architecture"]),
    // Stop words do not have to be in the question.
    ("what is overfitting", &["overfitting-combat"]),
];

#[test]
fn finds_what_people_mean() {
    let fx = fixture();
    let mut failures = Vec::new();
    for (typed, expected) in FINDS {
        let got = fx.ids(typed);
        for id in *expected {
            if !got.iter().any(|g| g == id) {
                failures.push(format!("{typed:?} did not find {id} (found {got:?})"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Typed -> questions that must not be among the results: tolerance must not flood.
const MISSES: &[(&str, &[&str])] = &[
    // Three letters: no typing errors, and "cat" is not inside "classification".
    (
        "cat",
        &[
            "handle-class-imbalance-image-classification",
            "design-large-scale-image-classification-service",
        ],
    ),
    ("cnn ", &["explain-transformer-architecture"]),
    // A finished word (followed by a space) is not the start of a longer one.
    ("regular ", &["compare-l1-l2-regularization"]),
    ("transformer", &["compare-l1-l2-regularization", "pca-work"]),
    ("regularization", &["explain-transformer-architecture"]),
];

#[test]
fn tolerance_does_not_flood() {
    let fx = fixture();
    for (typed, absent) in MISSES {
        let got = fx.ids(typed);
        for id in *absent {
            assert!(!got.iter().any(|g| g == id), "{typed:?} found {id}");
        }
    }
    // Typing errors stay few: a misspelt word finds about as much as the right one.
    let right = fx.ids("transformer").len();
    let typo = fx.ids("tranformer").len();
    assert!(typo <= right + 2, "{typo} vs {right}");
    // "cat" finds words that start with it (categorical, CatBoost), never a question
    // whose only "cat" is inside "classification".
    for id in fx.ids("cat") {
        let q = fx.catalog.question(&id).expect("question");
        let texts = std::iter::once(&q.text).chain(&q.key_points);
        let starts = texts
            .flat_map(|t| tokens(t))
            .any(|t| t.word.starts_with("cat"));
        assert!(starts, "{id}");
    }
    assert!(fx.ids("zebra sandwich").is_empty());
}

#[test]
fn text_ranks_above_key_points_and_exact_above_fuzzy() {
    let fx = fixture();
    // "boosting" is in two questions' text; others only mention it in key points.
    let got = fx.ids("boosting");
    let in_text: Vec<usize> = got
        .iter()
        .enumerate()
        .filter(|(_, id)| {
            fx.catalog
                .question(id)
                .is_some_and(|q| q.text.to_lowercase().contains("boosting"))
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(in_text, vec![0, 1], "{got:?}");
    assert!(got.len() > 2, "key points find more: {got:?}");
    // An exact word outranks a typing error of another: "model" is exact in many
    // questions, "modal" (one edit) only fuzzy.
    let r = fx.run("transformer", &Progress::default());
    let first = &r.rows[0];
    assert!(first.q.text.to_lowercase().contains("transformer"));
}

#[test]
fn rows_say_where_they_matched() {
    let fx = fixture();
    let r = fx.run("xgboost", &Progress::default());
    let row = r
        .rows
        .iter()
        .find(|r| r.q.id == "explain-difference-bagging-boosting")
        .expect("found");
    let found = row.found.as_ref().expect("a match");
    let place = found.place.as_ref().expect("a place");
    assert_eq!(place.label, "Key point");
    assert_eq!(marked(&place.excerpt), ["XGBoost"]);
    // A text match marks the words in the question itself.
    let r = fx.run("tranformer", &Progress::default());
    let row = &r.rows[0];
    assert_eq!(row.q.id, "explain-transformer-architecture");
    let found = row.found.as_ref().expect("a match");
    assert_eq!(marked(&found.title), ["Transformer"]);
    assert!(found.place.is_none());
}

#[test]
fn notes_are_searched_and_rank_last() {
    let fx = fixture();
    let mut p = Progress::default();
    p.set_notes(
        "pca-work",
        "Remember the zanzibar trick: centre the data first.",
        1,
    );
    let r = fx.run("zanzibar", &p);
    assert_eq!(r.rows.len(), 1);
    assert_eq!(r.rows[0].q.id, "pca-work");
    let place = r.rows[0]
        .found
        .as_ref()
        .and_then(|f| f.place.as_ref())
        .expect("place");
    assert_eq!(place.label, "Your note");
    assert_eq!(marked(&place.excerpt), ["zanzibar"]);
    // British "centre" in the note is found by American "center".
    assert!(fx.run("center zanzibar", &p).rows.len() == 1);
}

#[test]
fn empty_results_suggest_the_closest_words() {
    let fx = fixture();
    let r = fx.run("tranzformmerr", &Progress::default());
    assert!(r.rows.is_empty());
    assert!(
        r.suggestions
            .iter()
            .any(|s| s == "transformer" || s == "transformers"),
        "{:?}",
        r.suggestions
    );
    let r = fx.run("attention bananna", &Progress::default());
    assert!(r.rows.is_empty());
    for s in &r.suggestions {
        assert!(s.starts_with("attention "), "{s}");
        assert!(!fx.ids(s).is_empty(), "{s} finds something");
    }
    // Nothing close: no suggestion.
    assert!(
        fx.run("qqqqqqqq", &Progress::default())
            .suggestions
            .is_empty()
    );
}

#[test]
fn filters_combine_with_search() {
    let fx = fixture();
    let f = Filters {
        query: "tranformer".into(),
        section: Some("recent".into()),
        ..Filters::default()
    };
    let r = fx.run_filters(&f, &Progress::default());
    assert!(!r.rows.is_empty());
    assert!(r.rows.iter().all(|row| row.q.section == "recent"));
}

#[test]
fn spelling_and_stem_rules() {
    for (uk, us) in [
        ("regularisation", "regularization"),
        ("optimise", "optimize"),
        ("normalisation", "normalization"),
        ("behaviour", "behavior"),
        ("modelling", "modeling"),
        ("labelled", "labeled"),
        ("centre", "center"),
        ("catalogue", "catalog"),
        ("analyse", "analyze"),
    ] {
        assert_eq!(american(uk), us, "{uk}");
    }
    let same = |a: &str, b: &str| stem(&american(a)) == stem(&american(b));
    for (a, b) in [
        ("hallucinate", "hallucinations"),
        ("embedding", "embeddings"),
        ("embed", "embedded"),
        ("regularization", "regularized"),
        ("bias", "biases"),
        ("loss", "losses"),
        ("tree", "trees"),
        ("policy", "policies"),
        ("llm", "llms"),
        ("optimisation", "optimize"),
    ] {
        assert!(same(a, b), "{a} / {b}");
    }
    for (a, b) in [
        ("transformer", "transform"),
        ("loss", "lose"),
        ("bias", "bia"),
    ] {
        assert!(!same(a, b), "{a} / {b} must stay apart");
    }
    let words: Vec<String> = tokens("A/B tests, K/V caches and dL/dz1")
        .into_iter()
        .map(|t| t.word)
        .collect();
    assert_eq!(words, ["ab", "tests", "kv", "caches", "and", "dl", "dz1"]);
}

#[cfg(not(target_arch = "wasm32"))]
mod any_query {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn shared() -> &'static Fixture {
        static FX: OnceLock<Fixture> = OnceLock::new();
        FX.get_or_init(fixture)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any text typed, including stray Unicode and punctuation, gives a list without
        /// panicking, and marking never changes a question's text.
        #[test]
        fn any_text_is_searched_safely(typed in "[a-zA-Z0-9 /éß'\\-\u{1F600}]{0,24}") {
            let fx = shared();
            let r = fx.run(&typed, &Progress::default());
            for row in &r.rows {
                if let Some(found) = &row.found {
                    let joined: String = found.title.iter().map(|s| s.text.as_str()).collect();
                    prop_assert_eq!(&joined, &row.q.text);
                }
            }
            if !r.rows.is_empty() {
                prop_assert!(r.suggestions.is_empty());
            }
        }
    }
}
