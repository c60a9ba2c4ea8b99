//! Lists of questions: names, adding several at once, order, delete with undo, the stored
//! document, merging copies, and Browse's list filter in the list's order.

use ml_interview_prep::domain::catalog::Catalog;
use ml_interview_prep::domain::lists::{Lists, check_name};
use ml_interview_prep::domain::progress::Progress;
use ml_interview_prep::domain::search::{Filters, filter};
use std::sync::Arc;

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn two_lists() -> Lists {
    let mut l = Lists::default();
    l.create("list-a".into(), "Meta onsite".into(), 1);
    l.create("list-b".into(), "Weak spots".into(), 1);
    l
}

#[test]
fn names_are_checked() {
    let l = two_lists();
    assert_eq!(check_name(&l, "  Google  ", None), Ok("Google".to_string()));
    assert!(check_name(&l, "   ", None).is_err());
    assert!(check_name(&l, &"x".repeat(81), None).is_err());
    let taken = check_name(&l, "meta ONSITE", None);
    assert_eq!(
        taken,
        Err("There is already a list named \"meta ONSITE\".".to_string())
    );
    // Renaming a list to its own name (another case) is fine.
    assert!(check_name(&l, "META onsite", Some("list-a")).is_ok());
}

#[test]
fn add_several_skips_repeats_and_order_moves() {
    let mut l = two_lists();
    assert_eq!(l.add("list-a", &ids(&["q1", "q2", "q3"]), 5), 3);
    assert_eq!(l.add("list-a", &ids(&["q2", "q4"]), 6), 1);
    assert_eq!(
        l.get("list-a").map(|x| x.questions.clone()),
        Some(ids(&["q1", "q2", "q3", "q4"]))
    );
    l.shift("list-a", "q4", -1, 7);
    l.shift("list-a", "q1", -1, 7); // already first
    l.shift("list-a", "q2", 10, 7); // to the end, no further
    assert_eq!(
        l.get("list-a").map(|x| x.questions.clone()),
        Some(ids(&["q1", "q4", "q3", "q2"]))
    );
    l.remove("list-a", "q3", 8);
    assert_eq!(
        l.holding("q1").map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["list-a"]
    );
    assert_eq!(l.get("list-a").map(|x| x.modified_ms), Some(8));
}

#[test]
fn delete_and_undo_put_it_back_in_place() {
    let mut l = two_lists();
    l.add("list-a", &ids(&["q1"]), 2);
    let before = l.clone();
    let gone = l.delete("list-a");
    assert_eq!(l.lists.len(), 1);
    if let Some(d) = gone {
        l.restore(d);
    }
    assert_eq!(l, before);
}

#[test]
fn stored_document_round_trips_and_bad_ones_are_named() {
    let mut l = two_lists();
    l.add("list-b", &ids(&["own-x", "q1"]), 3);
    let text = l.to_json().unwrap_or_default();
    assert_eq!(Lists::from_json(&text), Ok(l.clone()));
    for (bad, says) in [
        (text.replace("\"version\":1", "\"version\":2"), "newer"),
        (text.replace("list-b", "list-a"), "repeated"),
        (
            r#"{"version":1,"lists":[{"id":"a","name":"x","questions":[1],"modified_ms":0}]}"#
                .to_string(),
            "invalid type",
        ),
        ("{".to_string(), "EOF"),
    ] {
        match Lists::from_json(&bad) {
            Ok(_) => panic!("accepted {bad}"),
            Err(e) => assert!(e.contains(says), "{e}"),
        }
    }
}

#[test]
fn merging_keeps_the_newer_list_and_is_idempotent() {
    let mut mine = two_lists();
    let mut theirs = mine.clone();
    theirs.add("list-a", &ids(&["q9"]), 50);
    theirs.create("list-c".into(), "Theirs".into(), 50);
    mine.merge_from(&theirs);
    assert_eq!(
        mine.get("list-a").map(|x| x.questions.clone()),
        Some(ids(&["q9"]))
    );
    assert_eq!(mine.lists.len(), 3);
    let once = mine.clone();
    mine.merge_from(&theirs);
    mine.merge_from(&two_lists());
    assert_eq!(mine, once);
}

#[test]
fn browse_filters_by_a_list_in_its_order() {
    let cat = match Catalog::from_json(include_str!("../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let order = vec![
        cat.questions[5].id.clone(),
        cat.questions[0].id.clone(),
        "gone".to_string(),
    ];
    let f = Filters {
        list: Some("list-a".into()),
        members: Some(Arc::new(order.clone())),
        ..Filters::default()
    };
    let got: Vec<String> = filter(&cat, &f, &Progress::default())
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    assert_eq!(
        got,
        order[..2].to_vec(),
        "in the list's order; unknown ids skipped"
    );
    let searched = Filters {
        query: cat.questions[0].text.clone(),
        ..f
    };
    let got = filter(&cat, &searched, &Progress::default());
    assert!(
        got.iter().all(|q| order.contains(&q.id)),
        "a search stays within the list"
    );
}

#[test]
fn a_list_session_puts_due_reviews_first_then_new_then_ahead() {
    use ml_interview_prep::domain::lists::ListSession;
    use ml_interview_prep::domain::progress::Rating;
    let day = 86_400_000_i64;
    let mut l = two_lists();
    l.add(
        "list-a",
        &ids(&[
            "q-new-1",
            "q-later",
            "q-gone",
            "q-due",
            "q-new-2",
            "q-due-first",
        ]),
        2,
    );
    let mut p = Progress::default();
    // Rated long ago: due now; q-due-first was rated earlier, so it is due sooner.
    p.rate("q-due-first", Rating::Again, 0);
    p.rate("q-due", Rating::Again, day);
    // Rated just now: its next review is ahead.
    let now = 100 * day;
    p.rate("q-later", Rating::Easy, now);
    let list = l.get("list-a").expect("the list");
    let s = ListSession::of(list, &p, now, |id| id != "q-gone");
    assert_eq!(s.due, ids(&["q-due-first", "q-due"]));
    assert_eq!(s.new, ids(&["q-new-1", "q-new-2"]));
    assert_eq!(s.ahead, ids(&["q-later"]));
    assert_eq!(s.len(), 5);
    assert_eq!(
        s.describe("Meta onsite"),
        "List \"Meta onsite\": 5 questions: 2 due for review, 2 new, 1 ahead of schedule."
    );
    let empty = ListSession::of(l.get("list-b").expect("the list"), &p, now, |_| true);
    assert!(empty.is_empty());
    assert_eq!(
        empty.describe("Weak spots"),
        "List \"Weak spots\": 0 questions."
    );
}
