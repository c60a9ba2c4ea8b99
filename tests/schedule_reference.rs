//! FSRS-6 against reference values. The expected numbers are the reference
//! implementation's own test values for its default parameters, from
//! open-spaced-repetition/fsrs-rs 6.6.1 (commit 0cbb9d3):
//! - `src/model.rs` `test_power_forgetting_curve`, `test_next_difficulty`,
//!   `test_next_stability` (recall, forgetting and same-day stability);
//! - `src/inference.rs` `test_memory_state` (a whole review history);
//!
//! and, for the interval, first-review and long-overdue cases, values computed from the
//! published formulas (fsrs-rs `src/model.rs`, py-fsrs 6.3.1 `fsrs/scheduler.py`) by an
//! independent script. fsrs-rs computes in 32-bit floats, this app in 64-bit, so values are
//! compared to a relative 1e-5.

use ml_interview_prep::domain::progress::{Rating, RatingEvent};
use ml_interview_prep::domain::schedule::{
    DAY_MS, ReviewState, WEIGHTS, next_states, next_states_with, replay, retrievability, review,
};

const T0: i64 = 1_700_000_000_000;

fn close(got: f64, want: f64) -> bool {
    (got - want).abs() <= 1e-5 * want.abs().max(1.0)
}

fn assert_close(got: f64, want: f64, what: &str) {
    assert!(close(got, want), "{what}: got {got}, want {want}");
}

/// A reviewed question with stability `s` and difficulty `d`, last seen at T0.
fn state(s: f64, d: f64) -> ReviewState {
    ReviewState {
        due_ms: T0,
        interval_days: 1.0,
        stability: s,
        difficulty: d,
        reps: 3,
        lapses: 0,
        last_ms: T0,
    }
}

/// The time after T0 at which a question of stability `s` is recalled with probability `r`.
fn when_recall_is(s: f64, r: f64) -> i64 {
    let decay = -WEIGHTS[20];
    let factor = 0.9f64.powf(1.0 / decay) - 1.0;
    let days = s / factor * (r.powf(1.0 / decay) - 1.0);
    T0 + (days * DAY_MS as f64).round() as i64
}

const GRADES: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

#[test]
fn forgetting_curve() {
    // test_power_forgetting_curve: (elapsed days, stability) -> recall probability.
    let cases = [
        (0.0, 1.0, 1.0),
        (1.0, 2.0, 0.9403443),
        (2.0, 3.0, 0.9253786),
        (3.0, 4.0, 0.9185229),
        (4.0, 4.0, 0.9),
        (5.0, 2.0, 0.8261359),
    ];
    for (t, s, want) in cases {
        let got = retrievability(&state(s, 5.0), T0 + (t * DAY_MS as f64) as i64);
        assert_close(got, want, &format!("R({t}, {s})"));
    }
}

#[test]
fn next_difficulty() {
    // test_next_difficulty, after mean reversion: D = 5 rated Again, Hard, Good, Easy.
    let want = [8.341763, 6.6659956, 4.990228, 3.3144615];
    let states = next_states(Some(&state(5.0, 5.0)), T0 + 3 * DAY_MS);
    for (i, w) in want.into_iter().enumerate() {
        assert_close(states[i].difficulty, w, &format!("D after {:?}", GRADES[i]));
    }
}

#[test]
fn stability_after_recall_and_after_forgetting() {
    // test_next_stability: S = 5, D = 1..4, R = 0.9, 0.8, 0.7, 0.6.
    let recall = [25.602541, 28.226582, 58.656002, 127.226685];
    let forget = [1.0525396, 1.1894329, 1.3680838, 1.584989];
    let rs = [0.9, 0.8, 0.7, 0.6];
    for i in 0..4 {
        let prev = state(5.0, (i + 1) as f64);
        let at = when_recall_is(5.0, rs[i]);
        // The reference's recall case rates the first with grade 1 but applies no
        // Hard/Easy factor to it: the same as Good here.
        let grade = if i == 0 { Rating::Good } else { GRADES[i] };
        assert_close(
            review(Some(&prev), grade, at).stability,
            recall[i],
            "recall",
        );
        assert_close(
            review(Some(&prev), Rating::Again, at).stability,
            forget[i],
            "forgetting",
        );
    }
}

#[test]
fn same_day_review() {
    // test_next_stability, short-term: S = 5 reviewed again the same day.
    let want = [1.596818, 5.0, 5.0, 8.12961];
    let states = next_states(Some(&state(5.0, 5.0)), T0 + 60_000);
    for (i, w) in want.into_iter().enumerate() {
        assert_close(states[i].stability, w, &format!("same-day {:?}", GRADES[i]));
    }
}

#[test]
fn a_whole_history() {
    // test_memory_state: Again, then Good after 0, 0, 1, 3, 8 and 21 days.
    let gaps = [0, 0, 1, 3, 8, 21];
    let grades = [1, 3, 3, 3, 3, 3];
    let mut at = T0;
    let ratings: Vec<RatingEvent> = gaps
        .iter()
        .zip(grades)
        .map(|(gap, g)| {
            at += gap * DAY_MS;
            RatingEvent {
                rating: GRADES[g - 1],
                at_ms: at,
            }
        })
        .collect();
    let s = replay(&ratings).expect("a state");
    assert_close(s.stability, 53.62691, "stability");
    assert_close(s.difficulty, 6.3574867, "difficulty");
    assert_eq!((s.reps, s.lapses), (6, 0));
    assert!(replay(&[]).is_none());
}

#[test]
fn first_review() {
    // S0 = w0..w3; D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to 1..10.
    let states = next_states(None, T0);
    let s0 = [0.212, 1.2931, 2.3065, 8.2956];
    let d0 = [6.4133, 5.112171, 2.118104, 1.0];
    for i in 0..4 {
        assert_close(states[i].stability, s0[i], "S0");
        assert_close(states[i].difficulty, d0[i], "D0");
    }
    let days: Vec<f64> = states.iter().skip(1).map(|s| s.interval_days).collect();
    assert_eq!(days, [1.0, 2.0, 8.0]);
}

#[test]
fn long_overdue() {
    // S = 5, D = 5, reviewed 400 days later: R = 0.509359.
    let prev = state(5.0, 5.0);
    let at = T0 + 400 * DAY_MS;
    assert_close(retrievability(&prev, at), 0.509359, "R");
    let good = review(Some(&prev), Rating::Good, at);
    assert_close(good.stability, 76.285140, "S after Good");
    assert_close(good.difficulty, 4.990228, "D after Good");
    assert_eq!(good.interval_days, 76.0);
    let again = review(Some(&prev), Rating::Again, at);
    assert_close(again.stability, 1.815352, "S after Again");
    assert_close(again.difficulty, 8.341762, "D after Again");
}

#[test]
fn desired_retention_sets_the_interval() {
    // An interval of S days at 0.9; S = 10 gives 33 days at 0.80 and 2 days at 0.97.
    let prev = state(10.0, 5.0);
    // A same-day Hard keeps S = 10 (a pass never lowers stability), so its interval shows
    // the retention alone. (Good is then kept a day longer than Hard.)
    let at = T0 + 60_000;
    let hard = |r: f64| next_states_with(Some(&prev), at, r)[1];
    assert_close(hard(0.9).stability, 10.0, "S");
    assert_eq!(hard(0.9).interval_days, 10.0);
    assert_eq!(hard(0.80).interval_days, 33.0);
    assert_eq!(hard(0.97).interval_days, 2.0);
    // Out of range or not a number: kept within 0.80..=0.97, or the default.
    assert_eq!(hard(0.5).interval_days, 33.0);
    assert_eq!(hard(f64::NAN).interval_days, 10.0);
}
