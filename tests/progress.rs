//! Progress: export/import round trips, merge laws, due ordering.

mod common;

use ml_interview_prep::domain::progress::{Progress, Rating, Status, merge, merge_all};
use ml_interview_prep::domain::schedule::DAY_MS;
use ml_interview_prep::domain::store_doc::{
    CURRENT_VERSION, export_json, load, parse_import, to_stored_json,
};
use proptest::prelude::*;

proptest! {
    #[test]
    fn import_of_export_is_identity(p in common::progress(), now in any::<i64>()) {
        let file = parse_import(export_json(&p, now).unwrap().as_bytes());
        let file = file.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(file.exported_at_ms, now);
        prop_assert_eq!(file.schema_version, CURRENT_VERSION);
        prop_assert!(file.interviews.is_null());
        prop_assert_eq!(file.progress, p);
    }

    #[test]
    fn stored_document_round_trips(p in common::progress()) {
        prop_assert_eq!(load(&to_stored_json(&p)), Ok(p));
    }

    #[test]
    fn damaged_stored_documents_are_refused_never_misread(
        p in common::progress(),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let text = to_stored_json(&p);
        // Any strict prefix is refused (never a partial load), without a panic.
        let end = cut.index(text.len());
        if let Some(prefix) = text.get(..end) {
            prop_assert!(load(prefix).is_err());
        }
        // Any one byte changed: refused, or read as some document, but never a panic.
        let mut bytes = text.into_bytes();
        let i = flip.index(bytes.len());
        bytes[i] = byte;
        if let Ok(changed) = String::from_utf8(bytes) {
            let _ = load(&changed);
        }
    }

    #[test]
    fn version_2_documents_still_load(p in common::progress()) {
        // Version 2 stored each entry with field names, as export files still do. Its review
        // states came from FSRS-4.5, so they are rebuilt from the ratings; nothing else
        // changes.
        let v2 = serde_json::json!({"schema_version": 2, "progress": p});
        let mut want = p.clone();
        want.rebuild_schedules();
        prop_assert_eq!(load(&v2.to_string()), Ok(want));
    }

    #[test]
    fn absorbing_in_place_is_merging(
        a in common::clashing_progress(),
        b in common::clashing_progress(),
        big in prop::collection::vec(common::clashing_progress(), 0..12),
    ) {
        let mut x = a.clone();
        x.absorb(b.clone());
        prop_assert_eq!(&x, &merge(&a, &b));
        // Many small parts into one: both strategies (insert, and one sorted pass) meet.
        let mut y = a.clone();
        let mut z = a.clone();
        for part in &big {
            y.absorb(part.clone());
            z = merge(&z, part);
        }
        prop_assert_eq!(&y, &z);
        let mut parts = big.clone();
        parts.insert(0, a.clone());
        prop_assert_eq!(merge_all(parts), z);
        // A few entries into many (the insert strategy).
        let mut wide = a.clone();
        for i in 0..40 {
            wide.set_notes(&format!("z{i}"), "n", 1);
        }
        let mut w = wide.clone();
        w.absorb(b.clone());
        prop_assert_eq!(w, merge(&wide, &b));
    }

    #[test]
    fn merge_is_idempotent(a in common::clashing_progress()) {
        prop_assert_eq!(merge(&a, &a), a);
    }

    #[test]
    fn merge_is_commutative(a in common::clashing_progress(), b in common::clashing_progress()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_associative(
        a in common::clashing_progress(),
        b in common::clashing_progress(),
        c in common::clashing_progress(),
    ) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_keeps_every_question_and_the_newest_stamp(
        a in common::clashing_progress(),
        b in common::clashing_progress(),
    ) {
        // ...except what a reset on either side deleted: entries at or before the latest reset.
        let m = merge(&a, &b);
        let cleared = a.cleared_ms.max(b.cleared_ms);
        prop_assert_eq!(m.cleared_ms, cleared);
        let survives = |ms: i64| cleared.is_none_or(|c| ms > c);
        for (id, q) in &m.questions {
            let newest = [a.get(id), b.get(id)].into_iter().flatten().map(|e| e.modified_ms).max();
            prop_assert_eq!(Some(q.modified_ms), newest);
            prop_assert!(survives(q.modified_ms));
        }
        let ids = a.questions.iter().chain(b.questions.iter())
            .filter(|(_, q)| survives(q.modified_ms))
            .map(|(id, _)| id)
            .collect::<std::collections::BTreeSet<_>>();
        prop_assert_eq!(m.questions.len(), ids.len());
    }
}

#[test]
fn merge_tie_is_broken_the_same_way_both_ways() {
    let mut a = Progress::default();
    a.set_notes("q", "from a", 100);
    let mut b = Progress::default();
    b.set_notes("q", "from b", 100);
    let ab = merge(&a, &b);
    assert_eq!(ab, merge(&b, &a));
    // The notes that sort last in JSON win the tie.
    assert_eq!(ab.get("q").map(|q| q.notes.as_str()), Some("from b"));
}

#[test]
fn due_lists_most_overdue_first() {
    let t0 = 1_700_000_000_000;
    let mut p = Progress::default();
    p.rate("late", Rating::Good, t0); // due in 4 days
    p.rate("later", Rating::Hard, t0); // due in 1 day: most overdue
    p.rate("soon", Rating::Again, t0 + 9 * DAY_MS / 2); // due 10 minutes after day 4.5
    p.rate("future", Rating::Easy, t0); // due in 14 days
    p.set_notes("never-rated", "no schedule", t0);

    let now = t0 + 5 * DAY_MS;
    assert_eq!(p.due(now), vec!["later", "late", "soon"]);
    assert_eq!(p.due(t0), Vec::<String>::new());
    assert_eq!(p.due(t0 + DAY_MS), vec!["later"]);
    assert_eq!(p.due(now + 30 * DAY_MS).len(), 4);
}

#[test]
fn due_ties_are_ordered_by_id() {
    let mut p = Progress::default();
    p.rate("b", Rating::Good, 0);
    p.rate("a", Rating::Good, 0);
    assert_eq!(p.due(10 * DAY_MS), vec!["a", "b"]);
}

#[test]
fn rating_moves_status_and_schedules() {
    let mut p = Progress::default();
    p.rate("q", Rating::Good, 1_000);
    let q = p.get("q").cloned().unwrap_or_default();
    assert_eq!(q.status, Status::Practicing);
    assert_eq!(q.ratings.len(), 1);
    assert_eq!(q.review.map(|r| (r.reps, r.last_ms)), Some((1, 1_000)));
    assert_eq!(q.modified_ms, 1_000);
}

#[test]
fn status_rules_on_rating() {
    let mut p = Progress::default();
    p.rate("q", Rating::Hard, 1_000);
    assert_eq!(p.status("q"), Status::Practicing);
    p.rate("q", Rating::Good, 2_000);
    assert_eq!(p.status("q"), Status::Practicing, "one pass is not enough");
    p.rate("q", Rating::Easy, 3_000);
    assert_eq!(p.status("q"), Status::Confident);
    p.rate("q", Rating::Hard, 4_000);
    assert_eq!(p.status("q"), Status::Confident, "Hard keeps the status");
    p.rate("q", Rating::Again, 5_000);
    assert_eq!(p.status("q"), Status::Practicing);
    let q = p.get("q").map(|q| (q.ratings.len(), q.modified_ms));
    assert_eq!(q, Some((5, 5_000)));
}

#[test]
fn edits_bump_modified_and_never_go_back() {
    let mut p = Progress::default();
    p.set_notes("q", "hello", 10_000);
    assert_eq!(p.get("q").map(|q| q.modified_ms), Some(10_000));
    // The clock went backwards: the stamp still moves forward.
    assert!(p.toggle_bookmark("q", 5_000));
    assert_eq!(p.get("q").map(|q| q.modified_ms), Some(10_001));
    // No-op edits leave the stamp alone.
    p.set_notes("q", "hello", 20_000);
    p.set_status("q", Status::New, 20_000);
    assert_eq!(p.get("q").map(|q| q.modified_ms), Some(10_001));
    p.set_status("q", Status::Confident, 20_000);
    assert_eq!(p.status("q"), Status::Confident);
    assert_eq!(p.get("q").map(|q| q.modified_ms), Some(20_000));
}

#[test]
fn set_status_creates_an_entry_even_for_new() {
    let mut p = Progress::default();
    p.set_status("q", Status::New, 7);
    assert_eq!(p.get("q").map(|q| q.modified_ms), Some(7));
}

#[test]
fn newer_entry_wins_merge() {
    let mut a = Progress::default();
    a.set_notes("q", "old", 1_000);
    let mut b = Progress::default();
    b.set_notes("q", "new", 2_000);
    b.set_notes("only-b", "x", 1);
    let m = merge(&a, &b);
    assert_eq!(m.get("q").map(|q| q.notes.as_str()), Some("new"));
    assert_eq!(m, merge(&b, &a));
    assert_eq!(m.questions.len(), 2);
}

#[test]
fn counts_and_bookmarks() {
    let mut p = Progress::default();
    p.set_status("a", Status::Confident, 1);
    p.set_status("b", Status::Practicing, 1);
    p.toggle_bookmark("c", 1);
    let c = p.counts_by_status();
    assert_eq!((c.new, c.practicing, c.confident, c.total()), (1, 1, 1, 3));
    assert_eq!(p.bookmarked_ids(), vec!["c"]);
    assert!(p.is_bookmarked("c") && !p.is_bookmarked("a"));
}

#[test]
fn a_reset_reaches_other_copies_and_undo_survives_it() {
    let mut here = Progress::default();
    here.set_notes("a", "one", 100);
    here.set_notes("b", "two", 200);
    let other_tab = here.clone();

    // Reset here: merging with the other tab's older copy, in either order, keeps it empty.
    let snapshot = here.clone();
    here.clear(1_000);
    assert!(merge(&here, &other_tab).questions.is_empty());
    assert!(merge(&other_tab, &here).questions.is_empty());

    // A change made after the reset (in any copy) is kept, even with the clock set back.
    let mut later = merge(&other_tab, &here);
    later.set_status("c", Status::Practicing, 500);
    assert_eq!(merge(&here, &later).status("c"), Status::Practicing);

    // Undo puts the old entries back as a new change, which the reset copy then takes.
    let mut undone = here.clone();
    undone.replace_with(&snapshot, 1_001);
    let seen_elsewhere = merge(&merge(&other_tab, &here), &undone);
    assert_eq!(
        seen_elsewhere.get("a").map(|q| q.notes.as_str()),
        Some("one")
    );
    assert_eq!(
        seen_elsewhere.get("b").map(|q| q.notes.as_str()),
        Some("two")
    );
}

#[test]
fn a_reset_is_stored_and_read_back() {
    let mut p = Progress::default();
    p.set_notes("a", "one", 100);
    p.clear(1_000);
    p.set_notes("b", "two", 2_000);
    let back = load(&to_stored_json(&p)).unwrap();
    assert_eq!(back, p);
    assert_eq!(back.cleared_ms, Some(1_000));
    // A stored entry older than the reset (only a hand-edited file could have one) is dropped.
    let text = r#"{"schema_version":3,"cleared_ms":50,"progress":{"old":[0,0,"",10,[]],"new":[0,0,"",60,[]]}}"#;
    let p = load(text).unwrap();
    assert!(p.get("old").is_none() && p.get("new").is_some());
}
