//! Sending questions to review from a mock-interview report: due now, no invented rating.

use ml_interview_prep::domain::progress::{Progress, Rating, Status};
use ml_interview_prep::domain::schedule::{DAY_MS, next_states, queued};

const T0: i64 = 1_750_000_000_000;

#[test]
fn never_reviewed_questions_become_due_now_without_a_rating() {
    let mut p = Progress::default();
    assert_eq!(p.queue_for_review(&["a", "b"], T0), 2);
    assert_eq!(p.due(T0), ["a", "b"]);
    assert!(p.due(T0 - 1).is_empty());
    for id in ["a", "b"] {
        let q = p.get(id).unwrap();
        assert!(q.ratings.is_empty(), "no rating is invented");
        assert_eq!(q.status, Status::New);
        assert_eq!(q.review.map(|r| (r.reps, r.due_ms)), Some((0, T0)));
        assert_eq!(q.modified_ms, T0);
    }
}

#[test]
fn the_first_rating_after_queueing_is_a_first_review() {
    let mut queued_p = Progress::default();
    queued_p.queue_for_review(&["a"], T0);
    queued_p.rate("a", Rating::Good, T0 + 1_000);
    let mut fresh = Progress::default();
    fresh.rate("a", Rating::Good, T0 + 1_000);
    let (q, f) = (queued_p.get("a").unwrap(), fresh.get("a").unwrap());
    assert_eq!(q.review, f.review);
    assert_eq!(q.status, Status::Practicing);
    assert_eq!(next_states(Some(&queued(T0)), T0), next_states(None, T0));
}

#[test]
fn scheduled_questions_are_brought_forward_and_due_ones_left_alone() {
    let mut p = Progress::default();
    p.rate("later", Rating::Good, T0);
    p.rate("due", Rating::Again, T0 - DAY_MS);
    let before_due = p.get("due").cloned();
    let later_review = p.get("later").and_then(|q| q.review).unwrap();
    assert!(later_review.due_ms > T0);

    assert_eq!(p.queue_for_review(&["later", "due"], T0 + 5), 1);
    let after = p.get("later").and_then(|q| q.review).unwrap();
    assert_eq!(after.due_ms, T0 + 5);
    // The memory model is untouched: only the date moves.
    assert_eq!(
        (after.stability, after.difficulty, after.reps, after.last_ms),
        (
            later_review.stability,
            later_review.difficulty,
            later_review.reps,
            later_review.last_ms
        )
    );
    assert_eq!(p.get("later").map(|q| q.ratings.len()), Some(1));
    assert_eq!(p.get("due").cloned(), before_due, "already due: unchanged");
    assert_eq!(p.due(T0 + 5), ["due", "later"]);
}

#[test]
fn queueing_twice_changes_nothing_the_second_time() {
    let mut p = Progress::default();
    let ids = vec!["x".to_string()];
    assert_eq!(p.queue_for_review(&ids, T0), 1);
    let once = p.clone();
    assert_eq!(p.queue_for_review(&ids, T0 + 60_000), 0);
    assert_eq!(p, once);
}
