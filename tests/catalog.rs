//! Validates the shipped catalog against the guide it was built from.

use ml_interview_prep::domain::catalog::{Catalog, Difficulty};
use std::collections::{HashMap, HashSet};

const CATALOG: &str = include_str!("../public/catalog.json");

fn catalog() -> Catalog {
    match Catalog::from_json(CATALOG) {
        Ok(c) => c,
        Err(e) => panic!("public/catalog.json: {e}"),
    }
}

#[test]
fn catalog_has_no_problems() {
    let problems = catalog().problems();
    assert!(
        problems.is_empty(),
        "public/catalog.json has problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn counts_match_the_guide() {
    let c = catalog();
    assert_eq!(c.questions.len(), 180, "questions");
    let topic: Vec<_> = c.sections.iter().filter(|s| s.kind == "topic").collect();
    assert_eq!(topic.len(), 8, "topic tables");
    for s in &topic {
        assert_eq!(c.questions_in_section(&s.id), 10, "questions in {}", s.id);
    }
    assert_eq!(c.questions_in_section("recent"), 100, "recent questions");
    let mut per_round: HashMap<&str, usize> = HashMap::new();
    for q in c.questions.iter().filter(|q| q.section == "recent") {
        *per_round
            .entry(q.round_type.as_deref().unwrap_or("none"))
            .or_default() += 1;
    }
    let expected = [
        ("fundamentals", 15),
        ("system-design", 15),
        ("ml-coding", 15),
        ("llm", 15),
        ("mlops", 15),
        ("advanced", 10),
        ("behavioral", 15),
    ];
    for (round, n) in expected {
        assert_eq!(per_round.get(round).copied(), Some(n), "round type {round}");
    }
    assert_eq!(c.companies.len(), 6, "company processes");
    assert_eq!(c.tips.len(), 15, "tips");
    assert_eq!(c.resources.len(), 21, "resources");
    let groups: HashSet<&str> = c.resources.iter().map(|r| r.group.as_str()).collect();
    assert_eq!(groups.len(), 4, "resource groups");
    let tip_groups: HashSet<&str> = c.tips.iter().map(|t| t.group.as_str()).collect();
    assert_eq!(tip_groups.len(), 3, "tip groups");
}

#[test]
fn fields_come_from_known_sets() {
    let c = catalog();
    let companies: HashSet<&str> = [
        "Google",
        "Meta",
        "Amazon",
        "Microsoft",
        "OpenAI",
        "Apple",
        "Uber",
        "DoorDash",
        "Stripe",
        "GitHub/Microsoft",
        "Netflix",
    ]
    .into_iter()
    .collect();
    for q in &c.questions {
        if q.section == "recent" {
            let company = q.company.as_deref().unwrap_or_default();
            assert!(companies.contains(company), "{}: company {company:?}", q.id);
            assert!(
                matches!(q.year, Some(2023..=2025)),
                "{}: year {:?}",
                q.id,
                q.year
            );
            assert!(q.round_type.is_some(), "{}: no round type", q.id);
            assert!(q.difficulty.is_none(), "{}: the guide gives none", q.id);
        } else {
            assert!(
                matches!(
                    q.difficulty,
                    Some(Difficulty::Easy | Difficulty::Medium | Difficulty::Hard)
                ),
                "{}: difficulty",
                q.id
            );
            let url = q.answer_url.as_deref().unwrap_or_default();
            assert!(url.starts_with("https://"), "{}: answer link {url:?}", q.id);
            assert!(q.company.is_none() && q.year.is_none(), "{}", q.id);
        }
    }
}

#[test]
fn guide_facts_are_kept() {
    let c = catalog();
    let meta = c.company("meta").expect("meta process");
    let names: Vec<&str> = meta.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Resume Screening",
            "Initial Technical Screen",
            "Virtual Onsite"
        ]
    );
    let screen = meta.stages[1].duration.as_ref().expect("duration");
    assert_eq!(
        (screen.min_minutes, screen.max_minutes),
        (Some(45), Some(60))
    );
    let hard_nlp = c
        .questions
        .iter()
        .filter(|q| q.section == "nlp" && q.difficulty == Some(Difficulty::Hard))
        .count();
    assert_eq!(hard_nlp, 4);
    let q = c
        .questions
        .iter()
        .find(|q| q.text.contains("GitHub") || q.company.as_deref() == Some("GitHub/Microsoft"))
        .expect("GitHub/Microsoft question");
    assert_eq!(q.company.as_deref(), Some("GitHub/Microsoft"));
}

#[test]
fn a_malformed_catalog_names_the_bad_entry() {
    let mut c = catalog();
    c.questions[3].answer_url = Some("http://example.com".into());
    c.questions[7].id = c.questions[6].id.clone();
    c.questions[9].section = "nowhere".into();
    let problems = c.problems().join("\n");
    assert!(problems.contains("question #4"), "{problems}");
    assert!(problems.contains("not https"), "{problems}");
    assert!(problems.contains("question #8"), "{problems}");
    assert!(problems.contains("more than once"), "{problems}");
    assert!(
        problems.contains("unknown section \"nowhere\""),
        "{problems}"
    );
}

#[test]
fn every_question_has_original_key_points() {
    let c = catalog();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for q in &c.questions {
        let n = q.key_points.len();
        assert!(
            (3..=6).contains(&n),
            "{}: {n} key points, want 3 to 6",
            q.id
        );
        for p in &q.key_points {
            let len = p.chars().count();
            assert!(
                (20..=300).contains(&len),
                "{}: key point of {len} characters, want 20 to 300: {p:?}",
                q.id
            );
            assert_eq!(p.trim(), p, "{}: key point has stray spaces: {p:?}", q.id);
            if let Some(other) = seen.insert(p.as_str(), q.id.as_str()) {
                panic!(
                    "{} repeats a key point of {other} word for word: {p:?}",
                    q.id
                );
            }
        }
    }
}

#[test]
fn key_points_are_points_of_the_answer_not_notes_about_it() {
    // Scope notes ("Reading: …") belong in the question's note; remarks about what a strong
    // answer or an interviewer wants are not points a candidate says.
    let c = catalog();
    for q in &c.questions {
        for p in &q.key_points {
            let lower = p.to_lowercase();
            assert!(
                !lower.starts_with("reading:")
                    && !lower.starts_with("note:")
                    && !lower.starts_with("scope:")
                    && !lower.contains("a strong answer")
                    && !lower.contains("strong answers")
                    && !lower.contains("interviewers look for"),
                "{}: a key point that is a note about the answer, not part of it: {p:?}",
                q.id
            );
        }
        if let Some(note) = &q.note {
            let len = note.chars().count();
            assert!(
                (20..=300).contains(&len) && note.trim() == note,
                "{}: a note of {len} characters, or with stray spaces: {note:?}",
                q.id
            );
        }
    }
    let notes = c.questions.iter().filter(|q| q.note.is_some()).count();
    assert_eq!(notes, 5, "the five scope notes are kept as notes");
}

/// Lookups by id answer right before and after the questions change (the index is rebuilt
/// or bypassed, never trusted stale), and a clone starts its own.
#[test]
fn questions_are_found_by_id_after_the_catalog_changes() {
    let mut c = catalog();
    let first = c.questions[0].id.clone();
    let last = c.questions[c.questions.len() - 1].id.clone();
    assert_eq!(
        c.question(&last).map(|q| q.id.as_str()),
        Some(last.as_str())
    );
    assert!(c.question("no-such-question").is_none());
    // Reordered in place: same vector, same length.
    c.questions.swap(0, 1);
    assert_eq!(
        c.question(&first).map(|q| q.id.as_str()),
        Some(first.as_str())
    );
    // Shorter: the last one is gone.
    c.questions.pop();
    assert!(c.question(&last).is_none());
    let mut extra = c.questions[0].clone();
    extra.id = "own-added".into();
    c.questions.push(extra);
    assert_eq!(
        c.question("own-added").map(|q| q.id.as_str()),
        Some("own-added")
    );
    let copy = c.clone();
    assert_eq!(copy, c);
    assert_eq!(
        copy.question("own-added").map(|q| q.id.as_str()),
        Some("own-added")
    );
}
