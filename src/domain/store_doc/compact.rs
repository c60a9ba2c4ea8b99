//! Schema version 3: the compact stored form. Each question's entry is a JSON array instead
//! of an object, so a large progress document is about half the bytes of version 2 and
//! parses faster (no field names to read or match):
//!
//! ```json
//! { "schema_version": 3,
//!   "progress": { "bias-variance": [1, 0, "notes", 1700000000000, [2, 1699990000000],
//!                                   [due_ms, interval_days, stability, difficulty,
//!                                    reps, lapses, last_ms]] } }
//! ```
//!
//! Positions: status (0 new, 1 practicing, 2 confident), bookmarked (0 or 1), notes,
//! modified_ms, ratings as a flat list of (rating 0 again .. 3 easy, time) pairs, and the
//! review state, present only once the question has been rated. Every time other than
//! modified_ms is stored as its distance back from modified_ms (`modified_ms - t`, with
//! wrapping arithmetic so any i64 survives): a few digits instead of thirteen. The review state's three
//! decimals (interval_days, stability, difficulty) are stored as the integer bit patterns
//! of their f64 values: exact, and about three times faster to read than decimal text.
//!
//! Export files keep the readable version 2 shape with field names; only localStorage uses
//! this one, where size and speed matter.

use crate::domain::progress::{QuestionProgress, Rating, RatingEvent, Status};
use crate::domain::schedule::ReviewState;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, SeqAccess, Visitor};
use std::fmt;

/// The names of the positions, for error messages.
pub(super) const POSITIONS: [&str; 6] = [
    "status",
    "bookmarked",
    "notes",
    "modified_ms",
    "ratings",
    "review",
];

/// Reads the ratings list straight into events, given the entry's modified_ms.
struct RatingsSeed(i64);

impl<'de> DeserializeSeed<'de> for RatingsSeed {
    type Value = Vec<RatingEvent>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<RatingEvent>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RatingsSeed {
    type Value = Vec<RatingEvent>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of (rating, time) pairs")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<RatingEvent>, A::Error> {
        let mut events = Vec::with_capacity(seq.size_hint().unwrap_or(0) / 2);
        while let Some(code) = seq.next_element::<u8>()? {
            let rating = Rating::ALL
                .get(usize::from(code))
                .copied()
                .ok_or_else(|| bad(format_args!("{code} is not a rating 0..=3")))?;
            let back: i64 = seq
                .next_element()?
                .ok_or_else(|| bad("expected (rating, time) pairs"))?;
            events.push(RatingEvent {
                rating,
                at_ms: self.0.wrapping_sub(back),
            });
        }
        Ok(events)
    }
}

/// Reads one entry from its array form.
pub(super) struct EntrySeed;

impl<'de> DeserializeSeed<'de> for EntrySeed {
    type Value = QuestionProgress;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<QuestionProgress, D::Error> {
        d.deserialize_seq(EntryVisitor)
    }
}

struct EntryVisitor;

fn missing<E: de::Error>(position: usize) -> E {
    E::custom(format_args!(
        "the entry ends before \"{}\"",
        POSITIONS[position]
    ))
}

/// A wrong element. The message does not name the position: the slow path in `decode.rs`
/// finds it and names it.
fn bad<E: de::Error>(problem: impl fmt::Display) -> E {
    E::custom(problem)
}

/// The next element, with errors naming the position.
fn next<'de, A, T>(seq: &mut A, position: usize) -> Result<T, A::Error>
where
    A: SeqAccess<'de>,
    T: Deserialize<'de>,
{
    seq.next_element::<T>()
        .map_err(bad)?
        .ok_or_else(|| missing(position))
}

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = QuestionProgress;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array [status, bookmarked, notes, modified_ms, ratings, review?]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<QuestionProgress, A::Error> {
        let status = match next::<A, u8>(&mut seq, 0)? {
            0 => Status::New,
            1 => Status::Practicing,
            2 => Status::Confident,
            n => return Err(bad(format_args!("{n} is not 0, 1 or 2"))),
        };
        let bookmarked = match next::<A, u8>(&mut seq, 1)? {
            0 => false,
            1 => true,
            n => return Err(bad(format_args!("{n} is not 0 or 1"))),
        };
        let notes: String = next(&mut seq, 2)?;
        let modified_ms: i64 = next(&mut seq, 3)?;
        let ratings = seq
            .next_element_seed(RatingsSeed(modified_ms))
            .map_err(bad)?
            .ok_or_else(|| missing(4))?;
        let forward = |back: i64| modified_ms.wrapping_sub(back);
        let review = seq
            .next_element::<(i64, u64, u64, u64, u32, u32, i64)>()
            .map_err(bad)?
            .map(
                |(due_ms, interval_days, stability, difficulty, reps, lapses, last_ms)| {
                    ReviewState {
                        due_ms: forward(due_ms),
                        interval_days: f64::from_bits(interval_days),
                        stability: f64::from_bits(stability),
                        difficulty: f64::from_bits(difficulty),
                        reps,
                        lapses,
                        last_ms: forward(last_ms),
                    }
                },
            );
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom("the entry has more than 6 elements"));
        }
        Ok(QuestionProgress {
            status,
            bookmarked,
            notes,
            ratings,
            review,
            modified_ms,
        })
    }
}

/// The serde writer for the same form: the reference that `fast.rs`'s output is tested
/// against (the app writes with `fast.rs`).
#[cfg(test)]
pub(in crate::domain::store_doc) mod reference {
    use super::*;
    use crate::domain::progress::Progress;
    use serde::Serialize;
    use serde::de::{MapAccess, Visitor};
    use serde::ser::{SerializeMap, SerializeSeq, SerializeTuple, Serializer};
    use serde::{Deserialize, Deserializer};
    use std::collections::BTreeMap;

    /// The stored document, read.
    #[derive(Deserialize)]
    pub(in crate::domain::store_doc) struct CompactDocIn {
        pub schema_version: u32,
        #[serde(default)]
        pub cleared_ms: Option<i64>,
        #[serde(deserialize_with = "read_progress")]
        pub progress: Progress,
    }

    impl CompactDocIn {
        /// The progress it holds, with what its reset deleted dropped.
        pub fn into_progress(self) -> Progress {
            let mut p = self.progress;
            p.cleared_ms = self.cleared_ms;
            p.drop_cleared();
            p
        }
    }

    fn read_progress<'de, D: Deserializer<'de>>(d: D) -> Result<Progress, D::Error> {
        struct ProgressVisitor;
        impl<'de> Visitor<'de> for ProgressVisitor {
            type Value = Progress;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object keyed by question id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Progress, A::Error> {
                let mut questions = BTreeMap::new();
                while let Some(id) = map.next_key::<String>()? {
                    let q = map.next_value_seed(EntrySeed)?;
                    questions.insert(id, q);
                }
                Ok(Progress {
                    questions,
                    cleared_ms: None,
                })
            }
        }
        d.deserialize_map(ProgressVisitor)
    }

    /// The stored document, borrowed for writing. The app writes with the faster `fast.rs`;
    /// this serde form is the reference its output is tested against.
    #[derive(Serialize)]
    pub(in crate::domain::store_doc) struct CompactDocOut<'a> {
        pub schema_version: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub cleared_ms: Option<i64>,
        #[serde(serialize_with = "write_progress")]
        pub progress: &'a Progress,
    }

    fn write_progress<S: Serializer>(progress: &&Progress, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(progress.questions.len()))?;
        for (id, q) in &progress.questions {
            map.serialize_entry(id, &Entry(q))?;
        }
        map.end()
    }

    /// One entry, serialized as an array.
    pub(super) struct Entry<'a>(pub &'a QuestionProgress);

    impl Serialize for Entry<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let q = self.0;
            let len = if q.review.is_some() { 6 } else { 5 };
            let mut t = s.serialize_tuple(len)?;
            t.serialize_element(&status_code(q.status))?;
            t.serialize_element(&u8::from(q.bookmarked))?;
            t.serialize_element(&q.notes)?;
            t.serialize_element(&q.modified_ms)?;
            t.serialize_element(&Ratings(&q.ratings, q.modified_ms))?;
            if let Some(r) = &q.review {
                let back = |t: i64| q.modified_ms.wrapping_sub(t);
                t.serialize_element(&(
                    back(r.due_ms),
                    r.interval_days.to_bits(),
                    r.stability.to_bits(),
                    r.difficulty.to_bits(),
                    r.reps,
                    r.lapses,
                    back(r.last_ms),
                ))?;
            }
            t.end()
        }
    }

    /// The ratings, and the entry's modified_ms that their times are counted back from.
    struct Ratings<'a>(&'a [RatingEvent], i64);

    impl Serialize for Ratings<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(self.0.len() * 2))?;
            for e in self.0 {
                seq.serialize_element(&(e.rating.index() as u8))?;
                seq.serialize_element(&self.1.wrapping_sub(e.at_ms))?;
            }
            seq.end()
        }
    }

    fn status_code(status: Status) -> u8 {
        match status {
            Status::New => 0,
            Status::Practicing => 1,
            Status::Confident => 2,
        }
    }
}
