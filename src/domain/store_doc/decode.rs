//! Reads progress entries out of JSON, naming the question and the field that is wrong.

use super::compact::{EntrySeed, POSITIONS};
use super::v1::EntryV1;
use crate::domain::progress::{Progress, QuestionProgress};
use crate::domain::quoted::Quoted;
use serde::Serialize;
use serde::de::{DeserializeOwned, DeserializeSeed};
use serde_json::{Map, Value};
use std::fmt;

/// Why the `progress` part of a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// `progress` is not a JSON object keyed by question id.
    NotAnObject,
    /// One question's entry is not a JSON object.
    EntryNotAnObject { question: String },
    /// One question's entry in a version 3 document is not a JSON array.
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

/// Decodes `progress` written in schema `version` (1, 2 or 3) into the current shape.
/// Versions 1 and 2 use objects: unknown fields inside an entry are ignored and missing
/// ones take their defaults. Version 3 uses arrays (see `compact.rs`).
pub(super) fn decode_progress(value: &Value, version: u32) -> Result<Progress, DecodeError> {
    let Value::Object(entries) = value else {
        return Err(DecodeError::NotAnObject);
    };
    let mut progress = Progress::default();
    for (id, entry) in entries {
        // `read_version` only lets through versions 1 to 3.
        let q = match version {
            1 => QuestionProgress::from(decode_entry::<EntryV1>(id, entry)?),
            2 => decode_entry::<QuestionProgress>(id, entry)?,
            _ => decode_compact_entry(id, entry)?,
        };
        progress.questions.insert(id.clone(), q);
    }
    Ok(progress)
}

fn decode_entry<T>(id: &str, entry: &Value) -> Result<T, DecodeError>
where
    T: Serialize + DeserializeOwned + Default,
{
    let Value::Object(fields) = entry else {
        return Err(DecodeError::EntryNotAnObject {
            question: id.to_string(),
        });
    };
    T::deserialize(entry).map_err(|whole| blame_field::<T>(id, fields, &whole))
}

/// Reads a version 3 entry. On failure, finds the position that is wrong the same way
/// [`blame_field`] does: each element in turn goes into an otherwise valid entry.
fn decode_compact_entry(id: &str, entry: &Value) -> Result<QuestionProgress, DecodeError> {
    let Value::Array(items) = entry else {
        return Err(DecodeError::EntryNotAnArray {
            question: id.to_string(),
        });
    };
    let whole = match EntrySeed.deserialize(entry) {
        Ok(q) => return Ok(q),
        Err(e) => e,
    };
    let bad = |field: &str, problem: String| DecodeError::BadField {
        question: id.to_string(),
        field: field.to_string(),
        problem,
    };
    let valid = serde_json::json!([0, 0, "", 0, [], [0, 0, 0, 0, 0, 0, 0]]);
    let Value::Array(valid) = valid else {
        return Err(bad("(entry)", whole.to_string()));
    };
    for (i, item) in items.iter().enumerate().take(POSITIONS.len()) {
        let mut trial = valid.clone();
        trial[i] = item.clone();
        if let Err(e) = EntrySeed.deserialize(&Value::Array(trial)) {
            return Err(bad(POSITIONS[i], e.to_string()));
        }
    }
    Err(bad("(entry)", whole.to_string()))
}

/// Finds the field that made the entry fail: each field in turn is put into a default
/// entry, and the first one that does not deserialize there is the culprit.
fn blame_field<T>(id: &str, fields: &Map<String, Value>, whole: &serde_json::Error) -> DecodeError
where
    T: Serialize + DeserializeOwned + Default,
{
    let base = match serde_json::to_value(T::default()) {
        Ok(Value::Object(base)) => base,
        _ => Map::new(),
    };
    for (name, value) in fields {
        let mut trial = base.clone();
        trial.insert(name.clone(), value.clone());
        if let Err(e) = T::deserialize(&Value::Object(trial)) {
            return DecodeError::BadField {
                question: id.to_string(),
                field: name.clone(),
                problem: e.to_string(),
            };
        }
    }
    DecodeError::BadField {
        question: id.to_string(),
        field: "(entry)".to_string(),
        problem: whole.to_string(),
    }
}
