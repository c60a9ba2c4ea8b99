//! The user's own questions: the editor's checks, the stored document, and how they join
//! the catalog (filters, search, interviews see them like built-in ones).

use ml_interview_prep::domain::catalog::{Catalog, Difficulty};
use ml_interview_prep::domain::own_questions::{
    Draft, OWN_PREFIX, OWN_SECTION_ID, OwnQuestions, SectionChoice, merge, new_id, split_points,
};
use ml_interview_prep::domain::progress::Progress;
use ml_interview_prep::domain::search::{Filters, filter};

const CATALOG: &str = include_str!("../public/catalog.json");

fn catalog() -> Catalog {
    match Catalog::from_json(CATALOG) {
        Ok(c) => c,
        Err(e) => panic!("public/catalog.json: {e}"),
    }
}

fn draft(text: &str) -> Draft {
    Draft {
        text: text.to_string(),
        ..Draft::default()
    }
}

fn add(own: &mut OwnQuestions, cat: &Catalog, d: &Draft, n: u32) -> String {
    let id = new_id(1_800_000_000_000 + i64::from(n), n);
    let section_id = new_id(1_800_000_000_000, 1_000 + n);
    match d.check(&id, &merge(cat, own), &section_id) {
        Ok((q, s)) => own.put(q, s, i64::from(n)),
        Err(e) => panic!("draft refused: {e:?}"),
    }
    id
}

#[test]
fn no_catalog_id_can_be_an_own_id() {
    let cat = catalog();
    assert!(cat.questions.iter().all(|q| !q.id.starts_with(OWN_PREFIX)));
    let mut bad = cat.clone();
    bad.questions[0].id = "own-thing".to_string();
    assert!(
        bad.problems().iter().any(|p| p.contains("own-")),
        "the catalog's checks refuse an own- id"
    );
}

#[test]
fn ids_are_unique_slugs_with_the_prefix() {
    let a = new_id(1_800_000_000_000, 7);
    let b = new_id(1_800_000_000_000, 8);
    assert_ne!(a, b);
    assert!(a.starts_with(OWN_PREFIX));
    assert!(ml_interview_prep::domain::catalog::is_slug(&a), "{a}");
    assert!(ml_interview_prep::domain::catalog::is_slug(&new_id(-5, 0)));
}

#[test]
fn a_full_draft_becomes_a_question() {
    let cat = catalog();
    let d = Draft {
        text: "  How would you *rank* feeds at Acme?  ".into(),
        section: SectionChoice::New("Acme team".into()),
        difficulty: "hard".into(),
        company: "Acme".into(),
        year: "2026".into(),
        round_type: cat.round_types[0].id.clone(),
        answer_url: "https://example.com/a".into(),
        key_points: "- two towers\n\n* negative sampling\n  calibration  ".into(),
    };
    let (q, s) = match d.check("own-x", &cat, "own-s1") {
        Ok(v) => v,
        Err(e) => panic!("{e:?}"),
    };
    assert_eq!(q.text, "How would you *rank* feeds at Acme?");
    assert_eq!(q.difficulty, Some(Difficulty::Hard));
    assert_eq!(q.year, Some(2026));
    assert_eq!(
        q.key_points,
        ["two towers", "negative sampling", "calibration"]
    );
    let s = s.map(|s| (s.id, s.title));
    assert_eq!(s, Some(("own-s1".to_string(), "Acme team".to_string())));
    assert_eq!(q.section, "own-s1");
    // Round trip through the form.
    let again = Draft::of(&q);
    assert_eq!(
        again.key_points,
        "two towers\nnegative sampling\ncalibration"
    );
    assert_eq!(again.section, SectionChoice::Existing("own-s1".into()));
}

#[test]
fn a_new_section_with_an_existing_name_is_that_section() {
    let cat = catalog();
    let title = cat.sections[1].title.to_uppercase();
    let d = Draft {
        section: SectionChoice::New(title),
        ..draft("q")
    };
    let (q, s) = d
        .check("own-x", &cat, "own-s1")
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(q.section, cat.sections[1].id);
    assert!(s.is_none());
}

#[test]
fn every_wrong_field_is_named() {
    let cat = catalog();
    let d = Draft {
        text: "   ".into(),
        section: SectionChoice::New(" ".into()),
        difficulty: "extreme".into(),
        company: "x".repeat(200),
        year: "20x6".into(),
        round_type: "tea".into(),
        answer_url: "javascript:alert(1)".into(),
        key_points: "x\n".repeat(40),
    };
    let fields: Vec<&str> = match d.check("own-x", &cat, "own-s") {
        Ok(_) => panic!("accepted"),
        Err(e) => e.iter().map(|f| f.field).collect(),
    };
    assert_eq!(
        fields,
        [
            "text",
            "section",
            "difficulty",
            "company",
            "year",
            "round_type",
            "answer_url",
            "key_points"
        ]
    );
    for url in ["data:text/html,x", "JAVASCRIPT:x", "https://a b", "ftp://x"] {
        let d = Draft {
            answer_url: url.into(),
            ..draft("q")
        };
        assert!(d.check("own-x", &cat, "own-s").is_err(), "{url}");
    }
}

#[test]
fn own_questions_join_the_catalog_and_its_filters() {
    let cat = catalog();
    let mut own = OwnQuestions::default();
    let d = Draft {
        company: "Acme".into(),
        year: "2026".into(),
        difficulty: "medium".into(),
        round_type: "system-design".into(),
        ..draft("Design a zebra-crossing detector for Acme")
    };
    let id = add(&mut own, &cat, &d, 1);
    let merged = merge(&cat, &own);
    assert_eq!(merged.questions.len(), cat.questions.len() + 1);
    assert!(merged.question(&id).is_some());
    assert_eq!(merged.section_title(OWN_SECTION_ID), "My questions");
    assert!(merged.question_companies().contains(&"Acme"));
    let progress = Progress::default();
    let by = |f: Filters| -> Vec<String> {
        filter(&merged, &f, &progress)
            .into_iter()
            .map(|q| q.id.clone())
            .collect()
    };
    assert_eq!(
        by(Filters {
            query: "zebra crosing".into(),
            ..Filters::default()
        }),
        vec![id.clone()],
        "found by search, typo and all"
    );
    for f in [
        Filters {
            company: Some("Acme".into()),
            ..Filters::default()
        },
        Filters {
            year: Some(2026),
            section: Some(OWN_SECTION_ID.into()),
            ..Filters::default()
        },
        Filters {
            round_type: Some(d.round_type.clone()),
            difficulty: Some(Difficulty::Medium),
            ..Filters::default()
        },
    ] {
        assert!(by(f.clone()).contains(&id), "{f:?}");
    }
}

#[test]
fn a_catalog_without_the_section_or_round_keeps_the_question() {
    let cat = catalog();
    let mut own = OwnQuestions::default();
    let d = Draft {
        section: SectionChoice::Existing(cat.sections[0].id.clone()),
        round_type: cat.round_types[0].id.clone(),
        ..draft("Kept across catalog versions")
    };
    let id = add(&mut own, &cat, &d, 1);
    let mut newer = cat.clone();
    let gone = newer.sections.remove(0).id;
    newer.questions.retain(|q| q.section != gone);
    newer.round_types.remove(0);
    let merged = merge(&newer, &own);
    let q = merged.question(&id).unwrap_or_else(|| panic!("dropped"));
    assert_eq!(q.section, OWN_SECTION_ID);
    assert_eq!(q.round_type, None);
    assert!(merged.section(OWN_SECTION_ID).is_some());
    // The stored question itself is unchanged.
    assert_eq!(own.get(&id).map(|o| o.question.section.clone()), Some(gone));
}

#[test]
fn delete_and_undo_and_unused_sections() {
    let cat = catalog();
    let mut own = OwnQuestions::default();
    let d = Draft {
        section: SectionChoice::New("Team topics".into()),
        ..draft("one")
    };
    let first = add(&mut own, &cat, &d, 1);
    add(&mut own, &cat, &draft("two"), 2);
    assert_eq!(own.sections.len(), 1);
    let before = own.clone();
    let Some((at, entry, sections)) = own.remove(&first) else {
        panic!("not removed")
    };
    assert_eq!(own.questions.len(), 1);
    assert!(own.sections.is_empty(), "a section nobody uses goes");
    own.restore(at, entry, sections);
    assert_eq!(own, before);
}

#[test]
fn stored_document_round_trips_and_bad_ones_are_named() {
    let cat = catalog();
    let mut own = OwnQuestions::default();
    add(&mut own, &cat, &draft("Why <script>alert(1)</script>?"), 1);
    let text = own.to_json().unwrap_or_default();
    assert_eq!(OwnQuestions::from_json(&text), Ok(own.clone()));
    for (bad, says) in [
        (text.replace("\"version\":1", "\"version\":9"), "newer"),
        (text.replace("own-", "x-"), "own-"),
        (r#"{"version":1,"questions":[{"question":{"id":"own-a","text":" ","section":"own"},"modified_ms":1}]}"#.to_string(), "empty"),
        (r#"{"version":1,"questions":[{"question":{"id":"own-a","text":"a","section":"own"},"modified_ms":1},{"question":{"id":"own-a","text":"b","section":"own"},"modified_ms":1}]}"#.to_string(), "more than once"),
        (r#"{"version":1,"questions":[{"question":{"id":"own-a","text":5,"section":"own"},"modified_ms":1}]}"#.to_string(), "invalid type"),
    ] {
        match OwnQuestions::from_json(&bad) {
            Ok(_) => panic!("accepted {bad}"),
            Err(e) => assert!(e.contains(says), "{e}"),
        }
    }
}

#[test]
fn merging_copies_keeps_the_newer_question() {
    let cat = catalog();
    let mut mine = OwnQuestions::default();
    let id = add(&mut mine, &cat, &draft("old text"), 1);
    let mut theirs = mine.clone();
    let mut q = theirs.questions[0].question.clone();
    q.text = "new text".into();
    theirs.put(q, None, 50);
    add(&mut theirs, &cat, &draft("only theirs"), 2);
    let before = mine.clone();
    mine.merge_from(&theirs);
    assert_eq!(
        mine.get(&id).map(|o| o.question.text.as_str()),
        Some("new text")
    );
    assert_eq!(mine.questions.len(), 2);
    // Merging again changes nothing; an older copy never wins.
    let once = mine.clone();
    mine.merge_from(&theirs);
    mine.merge_from(&before);
    assert_eq!(mine, once);
}

#[test]
fn key_points_are_one_per_line() {
    assert_eq!(split_points("a\r\n - b\n\n• c"), ["a", "b", "c"]);
    assert!(split_points(" \n ").is_empty());
}

#[test]
fn own_questions_are_drawn_for_their_round() {
    use ml_interview_prep::domain::draw::{DifficultyMix, DrawRequest, draw};
    use ml_interview_prep::domain::rounds::RoundKind;
    use std::collections::HashSet;
    let cat = catalog();
    let mut own = OwnQuestions::default();
    let d = Draft {
        round_type: "behavioral".into(),
        ..draft("Tell me about a model you shipped at Acme")
    };
    let id = add(&mut own, &cat, &d, 1);
    let merged = merge(&cat, &own);
    // Every built-in behavioral question was practised today; the own one never was.
    let now = 1_800_000_000_000;
    let last = |q: &str| (!q.starts_with(OWN_PREFIX)).then_some(now);
    let drawn = draw(
        &merged,
        &DrawRequest {
            kind: RoundKind::Behavioral,
            count: 1,
            seed: 7,
            now_ms: now,
            mix: DifficultyMix::ANY,
            last_practised: &last,
            exclude: &HashSet::new(),
        },
    );
    assert_eq!(drawn, [id]);
}
