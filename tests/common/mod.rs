//! Proptest strategies shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use ml_interview_prep::domain::progress::{
    Progress, QuestionProgress, Rating, RatingEvent, Status,
};
use ml_interview_prep::domain::schedule::ReviewState;
use proptest::prelude::*;
use std::collections::BTreeMap;

pub fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

pub fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}

/// Any finite f64, both signs, subnormals and zeros included.
pub fn finite() -> impl Strategy<Value = f64> {
    prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO
}

pub fn review() -> impl Strategy<Value = ReviewState> {
    (
        any::<i64>(),
        finite(),
        finite(),
        finite(),
        any::<u32>(),
        any::<u32>(),
        any::<i64>(),
    )
        .prop_map(
            |(due_ms, interval_days, stability, difficulty, reps, lapses, last_ms)| ReviewState {
                due_ms,
                interval_days,
                stability,
                difficulty,
                reps,
                lapses,
                last_ms,
            },
        )
}

/// An entry with arbitrary content; `notes` and `ms` choose how varied it is.
pub fn entry(
    notes: impl Strategy<Value = String>,
    ms: impl Strategy<Value = i64> + Clone,
) -> impl Strategy<Value = QuestionProgress> {
    let event = (rating(), ms.clone()).prop_map(|(rating, at_ms)| RatingEvent { rating, at_ms });
    (
        status(),
        any::<bool>(),
        notes,
        prop::collection::vec(event, 0..4),
        prop::option::of(review()),
        ms,
    )
        .prop_map(
            |(status, bookmarked, notes, ratings, review, modified_ms)| QuestionProgress {
                status,
                bookmarked,
                notes,
                ratings,
                review,
                modified_ms,
            },
        )
}

/// Wide-ranging progress: any ids, any unicode notes, any timestamps.
pub fn progress() -> impl Strategy<Value = Progress> {
    let id = prop_oneof!["[a-z0-9-]{1,12}", any::<String>()];
    prop::collection::btree_map(id, entry(any::<String>(), any::<i64>()), 0..8).prop_map(
        |questions| Progress {
            questions,
            cleared_ms: None,
        },
    )
}

/// Progress over few ids and few timestamps, so merges meet ties and overlaps.
pub fn clashing_progress() -> impl Strategy<Value = Progress> {
    let cleared = prop::option::of(0i64..3);
    (
        prop::collection::btree_map("q[0-4]", entry("[ab]{0,2}", 0i64..4), 0..5),
        cleared,
    )
        .prop_map(
            |(questions, cleared_ms): (BTreeMap<String, QuestionProgress>, Option<i64>)| {
                // Some copies have been reset (at 0..=2): what they hold is newer than that.
                let mut p = Progress {
                    questions,
                    cleared_ms,
                };
                p.drop_cleared();
                p
            },
        )
}
