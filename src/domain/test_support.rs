//! Shared fixtures for the domain's unit tests.

use super::catalog::{Catalog, Difficulty, Question};

/// The real catalog, as shipped in `public/catalog.json`.
pub fn catalog() -> Catalog {
    match Catalog::from_json(include_str!("../../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("the shipped catalog does not load: {e}"),
    }
}

/// A minimal question with three key points.
pub fn question(id: &str, section: &str, difficulty: Option<Difficulty>) -> Question {
    Question {
        id: id.into(),
        text: format!("Question {id}?"),
        section: section.into(),
        difficulty,
        answer_url: None,
        company: None,
        year: None,
        round_type: None,
        key_points: vec!["one".into(), "two".into(), "three".into()],
        note: None,
    }
}

/// A catalog holding only `questions`.
pub fn catalog_of(questions: Vec<Question>) -> Catalog {
    let mut c = catalog();
    c.questions = questions;
    c
}
