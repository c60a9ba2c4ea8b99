//! Spaced-repetition scheduling: FSRS-6, written here, with its published default
//! parameters.
//!
//! Why not the `rs-fsrs` crate (checked: v1.2.1)? Its API does take `now` as an argument,
//! but `Parameters::default()` (hence `FSRS::default()`), `Seed::default()` and
//! `Card::new()` all call `chrono::Utc::now()`. It also depends on chrono with default
//! features, which on wasm32 pulls in js-sys, wasm-bindgen and iana-time-zone (a second
//! wasm-bindgen user next to the app's pinned one), and it works in whole days. The part
//! needed is about a hundred lines of arithmetic, so it lives here, pure and deterministic
//! (no fuzz). `tests/schedule_reference.rs` checks it against the reference implementation's
//! own test values.
//!
//! Model (FSRS-6): memory has a stability `S` (days until recall probability falls to 90%)
//! and a difficulty `D` in 1..=10. Recall probability after `t` days is
//! `R = (1 + FACTOR * t / S) ^ DECAY` with `DECAY = -w20`, `FACTOR = 0.9^(1/DECAY) - 1`.
//! The next interval is the time until `R` falls to the desired retention (0.9 unless the
//! caller asks otherwise), rounded, at least 1 day. A review less than a day after the
//! previous one uses the same-day formula (`w17..w19`). `Again` puts the question back in
//! [`AGAIN_DELAY_MS`] (10 minutes).
//!
//! States written by the earlier FSRS-4.5 scheduler are rebuilt from the question's rating
//! history with [`replay`] when stored progress is migrated.

use super::progress::{Rating, RatingEvent};
use serde::{Deserialize, Serialize};

/// One day in milliseconds.
pub const DAY_MS: i64 = 86_400_000;
/// How soon a question rated `Again` comes back.
pub const AGAIN_DELAY_MS: i64 = 10 * 60 * 1000;
/// Default target probability of recall when a review falls due.
pub const REQUEST_RETENTION: f64 = 0.9;
/// The range a desired retention is kept in.
pub const MIN_RETENTION: f64 = 0.80;
pub const MAX_RETENTION: f64 = 0.97;
/// Longest interval from stability alone, in days (Good and Easy may exceed it by a day
/// or two so that they stay longer than Hard).
pub const MAX_INTERVAL_DAYS: f64 = 36_500.0;
/// FSRS-6 default parameters w0..w20, as published by the reference implementations
/// (open-spaced-repetition/fsrs-rs 6.6.1 `src/inference.rs` `DEFAULT_PARAMETERS`;
/// py-fsrs 6.3.1 `fsrs/scheduler.py`).
pub const WEIGHTS: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

const MIN_STABILITY: f64 = 0.001;

fn decay() -> f64 {
    -WEIGHTS[20]
}

/// Chosen so that R = 0.9 when t = S. (Computed once: the plan runs the curve thousands of
/// times.)
fn factor() -> f64 {
    static FACTOR: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *FACTOR.get_or_init(|| 0.9f64.powf(1.0 / decay()) - 1.0)
}

/// The schedule of one question.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ReviewState {
    /// When the next review is due (epoch ms).
    pub due_ms: i64,
    /// The interval that was scheduled, in days (Again: a fraction of a day).
    pub interval_days: f64,
    /// FSRS stability: days until recall probability falls to 90%.
    pub stability: f64,
    /// FSRS difficulty, 1 (easy) ..= 10 (hard).
    pub difficulty: f64,
    /// Number of reviews so far.
    pub reps: u32,
    /// Number of times a known question was forgotten (Again after the first review).
    pub lapses: u32,
    /// When the last review happened (epoch ms).
    pub last_ms: i64,
}

impl ReviewState {
    /// True when the review is due at `now_ms`.
    pub fn is_due(&self, now_ms: i64) -> bool {
        self.due_ms <= now_ms
    }
}

/// Probability (0..=1) that the answer is still remembered at `now_ms`.
pub fn retrievability(state: &ReviewState, now_ms: i64) -> f64 {
    forgetting_curve(
        elapsed_days(state.last_ms, now_ms),
        sane_stability(state.stability),
    )
}

/// The state after rating a question at `now_ms`; `prev` is `None` for the first review.
pub fn review(prev: Option<&ReviewState>, rating: Rating, now_ms: i64) -> ReviewState {
    next_states(prev, now_ms)[rating.index()]
}

/// The state a question's rating history leads to (oldest first), as if every rating had
/// been given under this scheduler; `None` without ratings. Used to migrate states
/// written by an earlier scheduler without losing their history.
pub fn replay(ratings: &[RatingEvent]) -> Option<ReviewState> {
    ratings.iter().fold(None, |state, e| {
        Some(review(state.as_ref(), e.rating, e.at_ms))
    })
}

/// The four possible next states, indexed like [`Rating::ALL`] (Again, Hard, Good, Easy).
/// Intervals are ordered: Again < Hard <= Good < Easy.
///
/// A state with no reviews yet (`reps == 0`, see [`queued`]) holds no memory, so it is
/// treated like no state at all: the next rating is a first review.
pub fn next_states(prev: Option<&ReviewState>, now_ms: i64) -> [ReviewState; 4] {
    next_states_with(prev, now_ms, REQUEST_RETENTION)
}

/// [`next_states`] for a desired retention (kept within [`MIN_RETENTION`] ..=
/// [`MAX_RETENTION`]): a higher one means shorter intervals and more reviews.
pub fn next_states_with(
    prev: Option<&ReviewState>,
    now_ms: i64,
    retention: f64,
) -> [ReviewState; 4] {
    let retention = sane_retention(retention);
    let prev = prev.filter(|p| p.reps > 0);
    let before = memory_before(prev, now_ms);
    let memory = Rating::ALL.map(|rating| memory_after(before.as_ref(), rating));
    let term = retention_term(retention);

    let [_, hard, good, easy] = memory.map(|(s, _)| interval_at(s, term));
    let hard = hard.min(good);
    let good = good.max(hard + 1.0);
    let easy = easy.max(good + 1.0);
    let intervals = [AGAIN_DELAY_MS as f64 / DAY_MS as f64, hard, good, easy];

    Rating::ALL.map(|rating| {
        let i = rating.index();
        state_after(prev, rating, now_ms, memory[i], intervals[i])
    })
}

/// One of [`next_states_with`], computing only what that rating needs (the plan answers
/// thousands of simulated reviews).
pub fn next_state_with(
    prev: Option<&ReviewState>,
    rating: Rating,
    now_ms: i64,
    retention: f64,
) -> ReviewState {
    let retention = sane_retention(retention);
    let prev = prev.filter(|p| p.reps > 0);
    let before = memory_before(prev, now_ms);
    let memory = |r: Rating| memory_after(before.as_ref(), r);
    let term = retention_term(retention);
    let interval = |m: (f64, f64)| interval_at(m.0, term);
    // The same ordering of intervals as there: Hard <= Good, Good > Hard, Easy > Good.
    let (memory, days) = match rating {
        Rating::Again => (memory(Rating::Again), AGAIN_DELAY_MS as f64 / DAY_MS as f64),
        Rating::Hard => {
            let (h, g) = (memory(Rating::Hard), memory(Rating::Good));
            (h, interval(h).min(interval(g)))
        }
        Rating::Good | Rating::Easy => {
            let (h, g) = (memory(Rating::Hard), memory(Rating::Good));
            let hard = interval(h).min(interval(g));
            let good = interval(g).max(hard + 1.0);
            if rating == Rating::Good {
                (g, good)
            } else {
                let e = memory(Rating::Easy);
                (e, interval(e).max(good + 1.0))
            }
        }
    };
    state_after(prev, rating, now_ms, memory, days)
}

fn sane_retention(retention: f64) -> f64 {
    if retention.is_finite() {
        retention.clamp(MIN_RETENTION, MAX_RETENTION)
    } else {
        REQUEST_RETENTION
    }
}

/// The state after `rating` with its new memory (stability, difficulty) and interval.
fn state_after(
    prev: Option<&ReviewState>,
    rating: Rating,
    now_ms: i64,
    (stability, difficulty): (f64, f64),
    interval_days: f64,
) -> ReviewState {
    let (reps, lapses) = prev.map_or((0, 0), |p| (p.reps, p.lapses));
    let lapse = rating == Rating::Again && prev.is_some();
    ReviewState {
        due_ms: now_ms.saturating_add(days_to_ms(interval_days)),
        interval_days,
        stability,
        difficulty,
        reps: reps.saturating_add(1),
        lapses: lapses.saturating_add(u32::from(lapse)),
        last_ms: now_ms,
    }
}

/// A question put in the review queue without having been reviewed: due at `now_ms`,
/// no reviews, no memory model. Its first rating schedules it like any first review.
pub fn queued(now_ms: i64) -> ReviewState {
    ReviewState {
        due_ms: now_ms,
        interval_days: 0.0,
        stability: init_stability(Rating::Good),
        difficulty: init_difficulty(Rating::Good),
        reps: 0,
        lapses: 0,
        last_ms: now_ms,
    }
}

/// The memory a review starts from: stability, difficulty, and the recall probability now
/// (`None` on a same-day review, which does not use it). `None` for a first review.
struct Before {
    s: f64,
    d: f64,
    r: Option<f64>,
}

fn memory_before(prev: Option<&ReviewState>, now_ms: i64) -> Option<Before> {
    let p = prev?;
    let s = sane_stability(p.stability);
    let elapsed = elapsed_days(p.last_ms, now_ms);
    Some(Before {
        s,
        d: sane_difficulty(p.difficulty),
        r: (elapsed >= 1.0).then(|| forgetting_curve(elapsed, s)),
    })
}

/// New (stability, difficulty) after `rating`.
fn memory_after(before: Option<&Before>, rating: Rating) -> (f64, f64) {
    let Some(&Before { s, d, r }) = before else {
        return (init_stability(rating), init_difficulty(rating));
    };
    let stability = match r {
        None => same_day_stability(s, rating),
        Some(r) => match rating {
            Rating::Again => forget_stability(d, s, r),
            _ => recall_stability(d, s, r, rating),
        },
    };
    (sane_stability(stability), next_difficulty(d, rating))
}

/// Grade as FSRS numbers it: Again = 1 .. Easy = 4.
fn grade(rating: Rating) -> f64 {
    rating.index() as f64 + 1.0
}

fn init_stability(rating: Rating) -> f64 {
    WEIGHTS[rating.index()].max(MIN_STABILITY)
}

/// D0(G) = w4 - e^(w5·(G-1)) + 1, before clamping.
fn raw_init_difficulty(g: f64) -> f64 {
    WEIGHTS[4] - (WEIGHTS[5] * (g - 1.0)).exp() + 1.0
}

fn init_difficulty(rating: Rating) -> f64 {
    raw_init_difficulty(grade(rating)).clamp(1.0, 10.0)
}

/// Difficulty moves with the grade, less so near 10 (linear damping), and reverts a little
/// toward the (unclamped) initial difficulty of Easy.
fn next_difficulty(d: f64, rating: Rating) -> f64 {
    let delta = -WEIGHTS[6] * (grade(rating) - 3.0);
    let damped = d + delta * (10.0 - d) / 9.0;
    let reverted = WEIGHTS[7] * raw_init_difficulty(4.0) + (1.0 - WEIGHTS[7]) * damped;
    reverted.clamp(1.0, 10.0)
}

fn recall_stability(d: f64, s: f64, r: f64, rating: Rating) -> f64 {
    let modifier = match rating {
        Rating::Hard => WEIGHTS[15],
        Rating::Easy => WEIGHTS[16],
        _ => 1.0,
    };
    let growth = WEIGHTS[8].exp()
        * (11.0 - d)
        * s.powf(-WEIGHTS[9])
        * (((1.0 - r) * WEIGHTS[10]).exp() - 1.0)
        * modifier;
    s * (1.0 + growth)
}

/// After forgetting; never above S / e^(w17·w18).
fn forget_stability(d: f64, s: f64, r: f64) -> f64 {
    let after = WEIGHTS[11]
        * d.powf(-WEIGHTS[12])
        * ((s + 1.0).powf(WEIGHTS[13]) - 1.0)
        * ((1.0 - r) * WEIGHTS[14]).exp();
    after.min(s / (WEIGHTS[17] * WEIGHTS[18]).exp())
}

/// A second review on the same day: S · e^(w17·(G-3+w18)) · S^(-w19). A pass never lowers
/// stability (the rule of fsrs-rs since its "non-decreasing SInc(Hard)" change).
fn same_day_stability(s: f64, rating: Rating) -> f64 {
    let g = grade(rating);
    let inc = (WEIGHTS[17] * (g - 3.0 + WEIGHTS[18])).exp() * s.powf(-WEIGHTS[19]);
    let inc = if rating == Rating::Again {
        inc
    } else {
        inc.max(1.0)
    };
    s * inc
}

fn forgetting_curve(elapsed_days: f64, stability: f64) -> f64 {
    (1.0 + factor() * elapsed_days / stability).powf(decay())
}

/// Whole days until recall probability falls to `retention`.
#[cfg(test)]
fn interval_for(stability: f64, retention: f64) -> f64 {
    interval_at(stability, retention_term(retention))
}

/// The part of the interval that depends only on the desired retention.
fn retention_term(retention: f64) -> f64 {
    retention.powf(1.0 / decay()) - 1.0
}

/// Whole days until recall falls to the retention whose [`retention_term`] is `term`.
fn interval_at(stability: f64, term: f64) -> f64 {
    let days = stability / factor() * term;
    days.round().clamp(1.0, MAX_INTERVAL_DAYS)
}

fn elapsed_days(from_ms: i64, to_ms: i64) -> f64 {
    (to_ms.saturating_sub(from_ms).max(0)) as f64 / DAY_MS as f64
}

fn days_to_ms(days: f64) -> i64 {
    // `as` saturates; the interval is already clamped to MAX_INTERVAL_DAYS.
    (days * DAY_MS as f64).round() as i64
}

/// Imported files may carry any finite number; keep the arithmetic in range.
fn sane_stability(s: f64) -> f64 {
    if s.is_finite() {
        s.clamp(MIN_STABILITY, MAX_INTERVAL_DAYS)
    } else {
        1.0
    }
}

fn sane_difficulty(d: f64) -> f64 {
    if d.is_finite() {
        d.clamp(1.0, 10.0)
    } else {
        5.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_point_is_stability() {
        assert!((forgetting_curve(10.0, 10.0) - 0.9).abs() < 1e-12);
        assert_eq!(interval_for(3.7145, 0.9), 4.0);
        assert_eq!(interval_for(0.2, 0.9), 1.0);
    }

    #[test]
    fn one_state_is_the_same_as_that_rating_of_all_four() {
        let mut prev: Option<ReviewState> = None;
        let mut now = 1_700_000_000_000_i64;
        for (i, step) in [0, 3, 0, 1, 9, 40, 2, 400, 0, 7].iter().enumerate() {
            now += step * DAY_MS + 3_600_000;
            for retention in [0.8, 0.9, 0.97, f64::NAN] {
                let all = next_states_with(prev.as_ref(), now, retention);
                for r in Rating::ALL {
                    assert_eq!(
                        next_state_with(prev.as_ref(), r, now, retention),
                        all[r.index()]
                    );
                }
            }
            prev = Some(next_states(prev.as_ref(), now)[i % 4]);
        }
    }

    #[test]
    fn garbage_state_stays_finite() {
        let bad = ReviewState {
            due_ms: i64::MAX,
            interval_days: f64::NAN,
            stability: -5.0,
            difficulty: f64::INFINITY,
            reps: u32::MAX,
            lapses: u32::MAX,
            last_ms: i64::MIN,
        };
        for s in next_states(Some(&bad), i64::MAX) {
            assert!(s.stability.is_finite() && s.difficulty.is_finite());
            assert!(s.interval_days.is_finite() && s.interval_days > 0.0);
            assert_eq!(s.reps, u32::MAX);
        }
    }
}

/// A short human form of a duration, for "next review in …" labels:
/// "10 min", "3 h", "1 day", "12 days", "3 mo", "1.5 yr".
pub fn describe_interval(ms: i64) -> String {
    const MIN: i64 = 60_000;
    const HOUR: i64 = 60 * MIN;
    let ms = ms.max(0);
    if ms < HOUR {
        format!("{} min", (ms + MIN / 2) / MIN)
    } else if ms < DAY_MS {
        format!("{} h", (ms + HOUR / 2) / HOUR)
    } else {
        let days = (ms as f64 / DAY_MS as f64).round() as i64;
        match days {
            1 => "1 day".to_string(),
            d if d < 60 => format!("{d} days"),
            d if d < 365 => format!("{} mo", (d as f64 / 30.4).round() as i64),
            d => {
                let years = d as f64 / 365.0;
                let rounded = (years * 10.0).round() / 10.0;
                if rounded.fract() == 0.0 {
                    format!("{} yr", rounded as i64)
                } else {
                    format!("{rounded:.1} yr")
                }
            }
        }
    }
}

#[cfg(test)]
mod describe_tests {
    use super::*;

    #[test]
    fn intervals_read_naturally() {
        assert_eq!(describe_interval(10 * 60_000), "10 min");
        assert_eq!(describe_interval(-5), "0 min");
        assert_eq!(describe_interval(3 * 3_600_000), "3 h");
        assert_eq!(describe_interval(DAY_MS), "1 day");
        assert_eq!(describe_interval(12 * DAY_MS), "12 days");
        assert_eq!(describe_interval(91 * DAY_MS), "3 mo");
        assert_eq!(describe_interval(365 * DAY_MS), "1 yr");
        assert_eq!(describe_interval(548 * DAY_MS), "1.5 yr");
    }
}
