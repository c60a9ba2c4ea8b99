//! Search and filter functions against the shipped catalog.

use ml_interview_prep::domain::catalog::{Catalog, Difficulty};
use ml_interview_prep::domain::progress::{Progress, Status};
use ml_interview_prep::domain::search::{
    Filters, encode_component, filter, neighbours, normalize, query_words,
};

fn catalog() -> Catalog {
    match Catalog::from_json(include_str!("../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

fn search(c: &Catalog, q: &str) -> Vec<String> {
    let f = Filters {
        query: q.into(),
        ..Filters::default()
    };
    filter(c, &f, &Progress::default())
        .iter()
        .map(|q| q.text.clone())
        .collect()
}

#[test]
fn empty_query_returns_everything() {
    let c = catalog();
    assert_eq!(search(&c, "").len(), 180);
    assert_eq!(search(&c, "   ").len(), 180);
    assert_eq!(
        search(&c, "?!-").len(),
        180,
        "punctuation alone filters nothing"
    );
}

#[test]
fn hyphenated_query_finds_bias_variance() {
    let c = catalog();
    let hits = search(&c, "bias-variance");
    assert!(
        hits.iter()
            .any(|t| t == "Explain the bias-variance tradeoff."),
        "{hits:?}"
    );
    assert_eq!(hits.len(), 2, "{hits:?}");
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let c = catalog();
    assert_eq!(search(&c, "BAYES"), search(&c, "bayes"));
    assert_eq!(search(&c, "Bayés"), search(&c, "bayes"));
    assert!(!search(&c, "bayes").is_empty());
    assert_eq!(normalize("Crème Brûlée"), "creme brulee");
    assert_eq!(normalize("Straße"), "strasse");
}

#[test]
fn all_words_must_match() {
    let c = catalog();
    let hits = search(&c, "gradient vanishing");
    assert!(!hits.is_empty());
    for h in &hits {
        let n = normalize(h);
        assert!(n.contains("gradient") && n.contains("vanishing"), "{h}");
    }
    assert!(search(&c, "gradient zebra").is_empty());
}

#[test]
fn no_match_is_empty() {
    let c = catalog();
    assert!(search(&c, "quantum blockchain sandwich").is_empty());
    assert!(search(&c, "日本語").is_empty());
}

#[test]
fn unicode_query_does_not_break() {
    assert_eq!(
        query_words("  naïve  BAYES—prior "),
        ["naive", "bayes", "prior"]
    );
    assert!(query_words("🙂").is_empty());
}

#[test]
fn hard_nlp_is_exactly_the_guides_four() {
    let c = catalog();
    let f = Filters {
        section: Some("nlp".into()),
        difficulty: Some(Difficulty::Hard),
        ..Filters::default()
    };
    let got: Vec<&str> = filter(&c, &f, &Progress::default())
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(
        got,
        [
            "Explain the Transformer architecture.",
            "How does BERT work?",
            "What is attention mechanism in NLP?",
            "Explain how GPT models work."
        ]
    );
}

#[test]
fn every_filter_combined() {
    let c = catalog();
    let f = Filters {
        query: "transformer".into(),
        section: Some("recent".into()),
        difficulty: None,
        company: Some("OpenAI".into()),
        year: Some(2025),
        round_type: Some("ml-coding".into()),
        status: None,
        bookmarked: false,
        mine: false,
        list: None,
        members: None,
    };
    let got: Vec<&str> = filter(&c, &f, &Progress::default())
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    let q = c.question(got[0]).expect("question");
    assert!(q.text.contains("transformer encoder"));
    // A difficulty on top of a recent-question filter leaves nothing: the guide gives none.
    let none = Filters {
        difficulty: Some(Difficulty::Easy),
        ..f
    };
    assert!(filter(&c, &none, &Progress::default()).is_empty());
}

#[test]
fn company_filter_includes_combined_tags() {
    let c = catalog();
    let f = Filters {
        company: Some("Microsoft".into()),
        ..Filters::default()
    };
    let hits = filter(&c, &f, &Progress::default());
    assert!(
        hits.iter()
            .any(|q| q.company.as_deref() == Some("GitHub/Microsoft"))
    );
    assert!(hits.iter().all(|q| q.has_company("Microsoft")));
}

#[test]
fn filters_round_trip_through_the_url() {
    let f = Filters {
        query: "a&b c".into(),
        section: Some("nlp".into()),
        difficulty: Some(Difficulty::Hard),
        company: Some("GitHub/Microsoft".into()),
        year: Some(2024),
        round_type: Some("llm".into()),
        status: Some(Status::Practicing),
        bookmarked: true,
        mine: true,
        list: Some("list-1".into()),
        members: None,
    };
    let pairs = f.to_pairs();
    let back = Filters::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(back, f);
    assert_eq!(
        f.to_query_string(),
        "?q=a%26b%20c&section=nlp&difficulty=hard&company=GitHub%2FMicrosoft&year=2024&round=llm&status=practicing&bookmarked=1&mine=1&list=list-1"
    );
    assert_eq!(Filters::default().to_query_string(), "");
    assert_eq!(encode_component("é"), "%C3%A9");
}

#[test]
fn bad_url_values_are_ignored() {
    let f = Filters::from_pairs([("difficulty", "impossible"), ("year", "soon"), ("x", "y")]);
    assert!(f.is_empty());
}

#[test]
fn neighbours_within_a_list() {
    let c = catalog();
    let f = Filters {
        section: Some("nlp".into()),
        difficulty: Some(Difficulty::Hard),
        ..Filters::default()
    };
    let list = filter(&c, &f, &Progress::default());
    let (prev, next) = neighbours(&list, &list[0].id);
    assert!(prev.is_none());
    assert_eq!(next.map(|q| q.id.as_str()), Some(list[1].id.as_str()));
    let (prev, next) = neighbours(&list, &list[3].id);
    assert_eq!(prev.map(|q| q.id.as_str()), Some(list[2].id.as_str()));
    assert!(next.is_none());
    assert_eq!(neighbours(&list, "missing"), (None, None));
}

#[test]
fn status_and_bookmark_filters_use_progress() {
    let c = catalog();
    let mut p = Progress::default();
    p.set_status("bert-work", Status::Confident, 10);
    p.toggle_bookmark("bert-work", 11);
    p.toggle_bookmark("explain-bias-variance-tradeoff", 12);
    let confident = Filters {
        status: Some(Status::Confident),
        ..Filters::default()
    };
    let ids: Vec<&str> = filter(&c, &confident, &p)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["bert-work"]);
    let new = Filters {
        status: Some(Status::New),
        ..Filters::default()
    };
    assert_eq!(
        filter(&c, &new, &p).len(),
        179,
        "untouched questions count as new"
    );
    let marked = Filters {
        bookmarked: true,
        section: Some("nlp".into()),
        ..Filters::default()
    };
    let ids: Vec<&str> = filter(&c, &marked, &p)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["bert-work"]);
    assert!(!marked.is_empty());
}
