//! Schema versions 3 and 4: the compact stored form. Each question's entry is a JSON array instead
//! of an object, so a large progress document is about half the bytes of version 2 and
//! parses faster (no field names to read or match):
//!
//! ```json
//! { "schema_version": 4,
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
//!
//! The app reads and writes it with `fast.rs`; anything that reader does not take is read by
//! walking `serde_json::Value` (`decode.rs`). The serde writer below is the reference the
//! fast writer's output is tested against.

/// The names of the positions, for error messages.
pub(super) const POSITIONS: [&str; 6] = [
    "status",
    "bookmarked",
    "notes",
    "modified_ms",
    "ratings",
    "review",
];

/// The serde writer for the same form: the reference that `fast.rs`'s output is tested
/// against (the app writes with `fast.rs`).
#[cfg(test)]
pub(in crate::domain::store_doc) mod reference {
    use crate::domain::progress::{Progress, QuestionProgress, RatingEvent, Status};
    use serde::Serialize;
    use serde::ser::{SerializeMap, SerializeSeq, SerializeTuple, Serializer};

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
