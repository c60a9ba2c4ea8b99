//! Scheduling: intervals grow on Good/Easy, Again resets, Easy is longest.

mod common;

use ml_interview_prep::domain::progress::Rating;
use ml_interview_prep::domain::schedule::{
    AGAIN_DELAY_MS, DAY_MS, ReviewState, next_states, retrievability, review,
};
use proptest::prelude::*;

const T0: i64 = 1_700_000_000_000;

/// Reviews with `rating` each time the question falls due; returns the states.
fn run(ratings: &[Rating]) -> Vec<ReviewState> {
    let mut out: Vec<ReviewState> = Vec::new();
    let mut now = T0;
    for &r in ratings {
        let next = review(out.last(), r, now);
        now = next.due_ms;
        out.push(next);
    }
    out
}

#[test]
fn first_review_intervals() {
    let [again, hard, good, easy] = next_states(None, T0);
    assert_eq!(again.due_ms, T0 + AGAIN_DELAY_MS);
    assert_eq!(
        (hard.interval_days, good.interval_days, easy.interval_days),
        (1.0, 2.0, 8.0)
    );
    assert_eq!(good.due_ms, T0 + 2 * DAY_MS);
    for s in [again, hard, good, easy] {
        assert_eq!((s.reps, s.lapses, s.last_ms), (1, 0, T0));
    }
}

#[test]
fn good_makes_intervals_grow() {
    let states = run(&[Rating::Good; 8]);
    let intervals: Vec<f64> = states.iter().map(|s| s.interval_days).collect();
    assert!(intervals.windows(2).all(|w| w[1] > w[0]), "{intervals:?}");
    assert!(intervals[7] > 60.0, "{intervals:?}");
    assert_eq!(states[7].reps, 8);
}

#[test]
fn easy_grows_faster_than_good_and_hard_slower() {
    let good = run(&[Rating::Good; 5]);
    let easy = run(&[Rating::Easy; 5]);
    let hard = run(&[Rating::Hard; 5]);
    for i in 0..5 {
        assert!(easy[i].interval_days > good[i].interval_days);
        assert!(good[i].interval_days > hard[i].interval_days);
    }
    assert!(
        easy.windows(2)
            .all(|w| w[1].interval_days > w[0].interval_days)
    );
}

#[test]
fn again_resets_to_minutes_and_counts_a_lapse() {
    let states = run(&[Rating::Good; 5]);
    let before = states[4];
    let lapse = review(Some(&before), Rating::Again, before.due_ms);
    assert_eq!(lapse.due_ms, before.due_ms + AGAIN_DELAY_MS);
    assert!(lapse.interval_days < 1.0);
    assert!(lapse.stability < before.stability);
    assert!(lapse.difficulty > before.difficulty);
    assert_eq!((lapse.lapses, lapse.reps), (1, 6));
    let relearned = review(Some(&lapse), Rating::Good, lapse.due_ms);
    assert!(relearned.interval_days < before.interval_days);
    assert!(relearned.interval_days >= 1.0);
}

#[test]
fn first_again_is_not_a_lapse() {
    assert_eq!(review(None, Rating::Again, T0).lapses, 0);
}

#[test]
fn recall_is_ninety_percent_when_due() {
    let s = run(&[Rating::Good, Rating::Good]);
    let r = retrievability(&s[1], s[1].due_ms);
    assert!((r - 0.9).abs() < 0.02, "{r}");
    assert!(retrievability(&s[1], s[1].last_ms) > 0.999);
    assert!(retrievability(&s[1], s[1].due_ms + 100 * DAY_MS) < r);
}

#[test]
fn reviewing_early_gains_little() {
    let first = review(None, Rating::Good, T0);
    let early = review(Some(&first), Rating::Good, T0 + 60_000);
    let on_time = review(Some(&first), Rating::Good, first.due_ms);
    assert!(early.stability < on_time.stability);
    assert!(early.interval_days >= 1.0);
}

#[test]
fn same_input_same_output() {
    let a = run(&[Rating::Good, Rating::Hard, Rating::Again, Rating::Easy]);
    let b = run(&[Rating::Good, Rating::Hard, Rating::Again, Rating::Easy]);
    assert_eq!(a, b);
}

proptest! {
    #[test]
    fn intervals_are_ordered_and_finite(
        prev in prop::option::of(common::review()),
        now in -4_000_000_000_000_000i64..4_000_000_000_000_000,
    ) {
        let states = next_states(prev.as_ref(), now);
        for s in &states {
            prop_assert!(s.interval_days.is_finite() && s.stability.is_finite());
            prop_assert!((1.0..=10.0).contains(&s.difficulty));
            prop_assert!(s.due_ms >= now);
            prop_assert_eq!(s.last_ms, now);
        }
        prop_assert!(states[0].interval_days < 1.0);
        for w in states.windows(2) {
            prop_assert!(w[0].interval_days < w[1].interval_days);
        }
    }
}
