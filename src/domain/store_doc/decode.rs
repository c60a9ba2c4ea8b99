//! Reads progress entries out of JSON, naming the question and the field that is wrong.

use super::compact::POSITIONS;
use super::short_json;
use crate::domain::progress::{Progress, QuestionProgress, Rating, RatingEvent, Status};
use crate::domain::quoted::Quoted;
use crate::domain::schedule::ReviewState;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// Why the `progress` part of a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// `progress` is not a JSON object keyed by question id.
    NotAnObject,
    /// One question's entry is not a JSON object.
    EntryNotAnObject { question: String },
    /// One question's entry in a version 3 or 4 document is not a JSON array.
    EntryNotAnArray { question: String },
    /// One field of one question's entry has the wrong type or value.
    BadField {
        question: String,
        field: String,
        problem: String,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotAnObject => {
                write!(f, "\"progress\" is not an object keyed by question id")
            }
            DecodeError::EntryNotAnObject { question } => {
                write!(
                    f,
                    "question {}: the entry is not an object",
                    Quoted(question)
                )
            }
            DecodeError::EntryNotAnArray { question } => {
                write!(
                    f,
                    "question {}: the entry is not an array",
                    Quoted(question)
                )
            }
            DecodeError::BadField {
                question,
                field,
                problem,
            } => write!(
                f,
                "question {}, field {}: {problem}",
                Quoted(question),
                Quoted(field)
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `progress` written in schema `version` (1 to 4) into the current shape, by
/// walking the JSON: each field is read on its own, so an error names the question and the
/// field. Versions 1 and 2 use objects: unknown fields inside an entry are ignored and missing
/// ones take their defaults. Version 3 uses arrays (see `compact.rs`).
pub(super) fn decode_progress(value: &Value, version: u32) -> Result<Progress, DecodeError> {
    let Value::Object(entries) = value else {
        return Err(DecodeError::NotAnObject);
    };
    let mut progress = Progress::default();
    for (id, entry) in entries {
        // `read_version` only lets through versions 1 to 4.
        let q = match version {
            1 | 2 => decode_object_entry(id, entry, version)?,
            _ => decode_compact_entry(id, entry)?,
        };
        progress.questions.insert(id.clone(), q);
    }
    Ok(progress)
}

fn bad_field(question: &str, field: &str, problem: impl fmt::Display) -> DecodeError {
    DecodeError::BadField {
        question: question.to_string(),
        field: field.to_string(),
        problem: problem.to_string(),
    }
}

/// Reads a version 1 or 2 entry: an object of named fields. Version 1, the first stored
/// format, has only `status`, `bookmarked`, `notes` and `updated_at` (epoch ms, read as
/// `modified_ms`):
///
/// ```json
/// { "bias-variance": { "status": "practicing", "bookmarked": true,
///                      "notes": "...", "updated_at": 1700000000000 } }
/// ```
fn decode_object_entry(
    id: &str,
    entry: &Value,
    version: u32,
) -> Result<QuestionProgress, DecodeError> {
    let Value::Object(fields) = entry else {
        return Err(DecodeError::EntryNotAnObject {
            question: id.to_string(),
        });
    };
    fn read<T: DeserializeOwned>(id: &str, name: &str, value: &Value) -> Result<T, DecodeError> {
        T::deserialize(value).map_err(|e| bad_field(id, name, e))
    }
    let mut q = QuestionProgress::default();
    for (name, value) in fields {
        match (name.as_str(), version) {
            ("status", _) => q.status = read(id, name, value)?,
            ("bookmarked", _) => q.bookmarked = read(id, name, value)?,
            ("notes", _) => q.notes = read(id, name, value)?,
            ("updated_at", 1) | ("modified_ms", 2) => q.modified_ms = read(id, name, value)?,
            ("ratings", 2) => q.ratings = read(id, name, value)?,
            ("review", 2) => q.review = read(id, name, value)?,
            _ => {}
        }
    }
    Ok(q)
}

/// Reads a version 3 or 4 entry: `[status, bookmarked, notes, modified_ms, ratings, review?]`,
/// with times counted back from `modified_ms` and the review's decimals as bit patterns.
fn decode_compact_entry(id: &str, entry: &Value) -> Result<QuestionProgress, DecodeError> {
    let Value::Array(items) = entry else {
        return Err(DecodeError::EntryNotAnArray {
            question: id.to_string(),
        });
    };
    let bad = |i: usize, problem: String| bad_field(id, POSITIONS[i], problem);
    let item = |i: usize| {
        items
            .get(i)
            .ok_or_else(|| bad(i, "the entry ends before it".to_string()))
    };
    let expected = |i: usize, what: &str, found: &Value| {
        bad(i, format!("expected {what}, found {}", short_json(found)))
    };
    let int = |i: usize, v: &Value| v.as_i64().ok_or_else(|| expected(i, "a whole number", v));
    let status = match item(0)?.as_u64() {
        Some(0) => Status::New,
        Some(1) => Status::Practicing,
        Some(2) => Status::Confident,
        _ => return Err(expected(0, "0, 1 or 2", &items[0])),
    };
    let bookmarked = match item(1)?.as_u64() {
        Some(0) => false,
        Some(1) => true,
        _ => return Err(expected(1, "0 or 1", &items[1])),
    };
    let notes = match item(2)? {
        Value::String(s) => s.clone(),
        other => return Err(expected(2, "text", other)),
    };
    let modified_ms = int(3, item(3)?)?;
    let back = |back: i64| modified_ms.wrapping_sub(back);
    let ratings = match item(4)? {
        Value::Array(flat) if flat.len() % 2 == 0 => flat
            .chunks(2)
            .map(|pair| {
                let rating = pair[0]
                    .as_u64()
                    .and_then(|r| Rating::ALL.get(usize::try_from(r).ok()?))
                    .ok_or_else(|| expected(4, "a rating from 0 to 3", &pair[0]))?;
                Ok(RatingEvent {
                    rating: *rating,
                    at_ms: back(int(4, &pair[1])?),
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        other => return Err(expected(4, "a list of (rating, time) pairs", other)),
    };
    let review = match items.get(5) {
        None => None,
        Some(Value::Array(r)) if r.len() == 7 => {
            let bits = |v: &Value| v.as_u64().ok_or_else(|| expected(5, "a whole number", v));
            let count = |v: &Value| {
                v.as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| expected(5, "a count", v))
            };
            Some(ReviewState {
                due_ms: back(int(5, &r[0])?),
                interval_days: f64::from_bits(bits(&r[1])?),
                stability: f64::from_bits(bits(&r[2])?),
                difficulty: f64::from_bits(bits(&r[3])?),
                reps: count(&r[4])?,
                lapses: count(&r[5])?,
                last_ms: back(int(5, &r[6])?),
            })
        }
        Some(other) => return Err(expected(5, "a list of 7 numbers", other)),
    };
    if items.len() > POSITIONS.len() {
        return Err(bad_field(
            id,
            "(entry)",
            "the entry has more than 6 elements",
        ));
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
