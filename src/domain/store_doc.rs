//! The stored progress document, its schema versions and migrations, and (in
//! [`transfer`]) export to and import from a file.
//!
//! Stored form, version [`STORED_VERSION`] (4): one array per question, see `compact.rs`:
//! `{ "schema_version": 4, "progress": { "<question id>": [status, bookmarked, ...] } }`.
//! Version 3 has the same layout, with review states from the FSRS-4.5 scheduler: reading
//! one rebuilds every state from its rating history with FSRS-6 ([`Progress::rebuild_schedules`]).
//! Versions 1 (see `decode.rs`) and 2 (`{ "<question id>": QuestionProgress }`, field names
//! as in the export file) are still read and migrated the same way. A document that does not parse or
//! comes from a newer app is refused with a [`LoadError`], never guessed at: the caller
//! keeps it aside and tells the user.
//!
//! Export files ([`transfer`]) keep the readable version 2 shape, [`CURRENT_VERSION`].

mod compact;
mod decode;
mod fast;
mod shards;
mod transfer;

pub use decode::DecodeError;
pub use shards::{SHARDS, shard_of, to_stored_shards};
pub use transfer::{
    APP_ID, ExportFile, ImportError, ImportMode, ImportPreview, SCHEDULER, apply, export_file_name,
    export_json, export_json_with, parse_import, preview,
};

use super::progress::Progress;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The schema version of export files (and of the readable, field-named entry shape).
pub const CURRENT_VERSION: u32 = 2;
/// The schema version of the document this build keeps in localStorage.
pub const STORED_VERSION: u32 = 4;
/// The oldest schema version this build still reads.
pub const OLDEST_VERSION: u32 = 1;

/// Why stored progress could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON.
    NotJson(String),
    /// JSON, but not an object with a `progress` field.
    NotADocument,
    /// No `schema_version` field.
    MissingVersion,
    /// `schema_version` is not a version number this app has ever written.
    BadVersion(String),
    /// Written by a newer version of the app.
    NewerVersion { found: u64 },
    /// The `progress` part is malformed.
    BadProgress(DecodeError),
    /// `cleared_ms` is not a whole number.
    BadCleared(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson(detail) => {
                write!(
                    f,
                    "the saved progress is damaged (not valid JSON: {detail})"
                )
            }
            LoadError::NotADocument => {
                write!(f, "the saved progress is not in a format this app knows")
            }
            LoadError::MissingVersion => {
                write!(f, "the saved progress has no format version")
            }
            LoadError::BadVersion(v) => {
                write!(f, "the saved progress has an unknown format version ({v})")
            }
            LoadError::NewerVersion { found } => write!(
                f,
                "the saved progress was written by a newer version of the app \
                 (format {found}; this version reads up to {STORED_VERSION})"
            ),
            LoadError::BadProgress(e) => write!(f, "the saved progress is damaged: {e}"),
            LoadError::BadCleared(v) => write!(
                f,
                "the saved progress is damaged: \"cleared_ms\" should be a time in milliseconds, found {v}"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Problems with a document's `schema_version`, shared by loading and importing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VersionProblem {
    Missing,
    Unknown(String),
    Newer(u64),
}

impl From<VersionProblem> for LoadError {
    fn from(p: VersionProblem) -> Self {
        match p {
            VersionProblem::Missing => LoadError::MissingVersion,
            VersionProblem::Unknown(v) => LoadError::BadVersion(v),
            VersionProblem::Newer(found) => LoadError::NewerVersion { found },
        }
    }
}

/// Reads `schema_version` from a document's top-level object; versions above `newest`
/// are refused as newer.
pub(crate) fn read_version(doc: &Map<String, Value>, newest: u32) -> Result<u32, VersionProblem> {
    let value = doc.get("schema_version").ok_or(VersionProblem::Missing)?;
    match value.as_u64() {
        Some(v) if v > u64::from(newest) => Err(VersionProblem::Newer(v)),
        Some(v) if v >= u64::from(OLDEST_VERSION) => {
            u32::try_from(v).map_err(|_| VersionProblem::Unknown(v.to_string()))
        }
        _ => Err(VersionProblem::Unknown(short_json(value))),
    }
}

/// A value as JSON, cut to a length that fits in a message.
pub(crate) fn short_json(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A document could not be turned into JSON. The documents hold only strings, numbers,
/// booleans, string-keyed maps and `serde_json::Value`, so this is not expected, but the
/// caller still gets an error to show rather than a crash or an empty save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SerializeError(pub String);

impl fmt::Display for SerializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the progress could not be written out ({})", self.0)
    }
}

impl std::error::Error for SerializeError {}

/// Serializes this module's documents.
pub(crate) fn to_json<T: Serialize>(value: &T, pretty: bool) -> Result<String, SerializeError> {
    let result = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    result.map_err(|e| SerializeError(e.to_string()))
}

/// The stored document for `progress`, in the current stored version.
pub fn to_stored_json(progress: &Progress) -> String {
    fast::write(progress)
}

/// A current document exactly as this app writes it, read without serde; `None` for
/// anything else, which [`load`] reads.
pub fn load_current(text: &str) -> Option<Progress> {
    fast::read(text)
}

/// Parses and migrates a stored document.
pub fn load(text: &str) -> Result<Progress, LoadError> {
    // Fast path: a current document exactly as this app writes it. Anything else (an older
    // version, the same document reformatted, or a document with a problem) takes the slower
    // path through `serde_json::Value`, which migrates and names the field that is wrong.
    if let Some(progress) = fast::read(text) {
        return Ok(progress);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    migrate(value)
}

/// The first stored version whose review states come from FSRS-6.
const FSRS6_VERSION: u32 = 4;

/// Brings a stored document of any supported version (1 to 4) to the current shape.
pub fn migrate(doc: Value) -> Result<Progress, LoadError> {
    let Value::Object(doc) = doc else {
        return Err(LoadError::NotADocument);
    };
    let version = read_version(&doc, STORED_VERSION)?;
    let progress = doc.get("progress").ok_or(LoadError::NotADocument)?;
    let mut progress =
        decode::decode_progress(progress, version).map_err(LoadError::BadProgress)?;
    // Version 3 may record a reset (see `Progress::cleared_ms`); older ones never do.
    if version >= 3 {
        progress.cleared_ms = match doc.get("cleared_ms") {
            None => None,
            Some(v) => Some(
                v.as_i64()
                    .ok_or_else(|| LoadError::BadCleared(short_json(v)))?,
            ),
        };
        progress.drop_cleared();
    }
    if version < FSRS6_VERSION {
        progress.rebuild_schedules();
    }
    Ok(progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::{Rating, Status};
    use serde_json::json;

    #[test]
    fn current_documents_round_trip() {
        let mut p = Progress::default();
        p.rate("a", Rating::Good, 1_000);
        p.set_notes("b", "ünïcode \"quoted\"", 2_000);
        assert_eq!(load(&to_stored_json(&p)), Ok(p));
    }

    #[test]
    fn v1_is_migrated() {
        let doc = json!({"schema_version": 1, "progress": {
            "a": {"status": "confident", "bookmarked": true, "notes": "n", "updated_at": 42},
            "b": {"status": "practicing"}
        }});
        let p = migrate(doc);
        let a = p.as_ref().ok().and_then(|p| p.get("a").cloned());
        let a = a.unwrap_or_default();
        assert_eq!(a.status, Status::Confident);
        assert!(a.bookmarked);
        assert_eq!((a.notes.as_str(), a.modified_ms), ("n", 42));
        assert!(a.ratings.is_empty() && a.review.is_none());
        assert_eq!(p.map(|p| p.status("b")), Ok(Status::Practicing));
    }

    #[test]
    fn stored_form_is_compact_arrays() {
        let mut p = Progress::default();
        p.set_status("a", Status::Confident, 10);
        p.toggle_bookmark("a", 11);
        p.set_notes("a", "n", 12);
        p.rate("b", Rating::Easy, 20);
        let text = to_stored_json(&p);
        assert!(
            text.starts_with(
                r#"{"schema_version":4,"progress":{"a":[2,1,"n",12,[]],"b":[1,0,"",20,[3,0],["#
            ),
            "{text}"
        );
        assert_eq!(load(&text), Ok(p));
    }

    #[test]
    fn v2_is_migrated() {
        let doc = json!({"schema_version": 2, "progress": {
            "a": {"status": "confident", "bookmarked": true, "notes": "n", "modified_ms": 42,
                  "ratings": [{"rating": "good", "at_ms": 40}],
                  "review": {"due_ms": 9, "interval_days": 1.5, "stability": 2.25,
                             "difficulty": 5.0, "reps": 1, "lapses": 0, "last_ms": 40}}
        }});
        let p = load(&doc.to_string()).unwrap();
        let a = p.get("a").cloned().unwrap_or_default();
        assert_eq!(a.status, Status::Confident);
        assert_eq!((a.ratings.len(), a.modified_ms), (1, 42));
        // The FSRS-4.5 state is rebuilt from the rating history (one Good at 40) with FSRS-6.
        assert_eq!(
            a.review,
            Some(crate::domain::schedule::review(None, Rating::Good, 40))
        );
        // Saved again, it is the current version and reads back the same.
        assert_eq!(load(&to_stored_json(&p)), Ok(p));
    }

    #[test]
    fn v3_problems_name_the_question_and_position() {
        let field_of =
            |entry: Value| match migrate(json!({"schema_version": 3, "progress": {"q": entry}})) {
                Err(LoadError::BadProgress(DecodeError::BadField {
                    question,
                    field,
                    problem,
                })) => {
                    assert_eq!(question, "q");
                    assert!(!problem.is_empty());
                    field
                }
                other => format!("{other:?}"),
            };
        assert_eq!(field_of(json!([7, 0, "", 0, []])), "status");
        assert_eq!(field_of(json!([0, true, "", 0, []])), "bookmarked");
        assert_eq!(field_of(json!([0, 0, 5, 0, []])), "notes");
        assert_eq!(field_of(json!([0, 0, "", "x", []])), "modified_ms");
        assert_eq!(field_of(json!([0, 0, "", 0, [9, 1]])), "ratings");
        assert_eq!(field_of(json!([0, 0, "", 0, [2]])), "ratings");
        assert_eq!(field_of(json!([0, 0, "", 0, [], [1, 2]])), "review");
        // A short entry names the first position it lacks.
        assert_eq!(field_of(json!([0, 0])), "notes");
        assert_eq!(
            field_of(json!([0, 0, "", 0, [], [0, 0, 0, 0, 0, 0, 0], 1])),
            "(entry)"
        );
        assert!(matches!(
            migrate(json!({"schema_version": 3, "progress": {"q": {"status": "new"}}})),
            Err(LoadError::BadProgress(DecodeError::EntryNotAnArray { .. }))
        ));
    }

    #[test]
    fn fsrs45_states_are_rebuilt_from_the_rating_history() {
        use crate::domain::schedule::{DAY_MS, replay};
        let t = 1_700_000_000_000_i64;
        let mut p = Progress::default();
        p.set_notes("a", "n", t - 1);
        p.rate("a", Rating::Good, t);
        p.rate("a", Rating::Good, t + 4 * DAY_MS);
        p.queue_for_review(&["q"], t);
        // As FSRS-4.5 left them: another stability and difficulty for the same history.
        for q in p.questions.values_mut() {
            if let Some(r) = q.review.as_mut() {
                r.stability = 14.8;
                r.difficulty = 5.16;
            }
        }
        let v4 = to_stored_json(&p);
        let v3 = v4.replacen(r#""schema_version":4"#, r#""schema_version":3"#, 1);
        assert_ne!(v3, v4);
        let migrated = load(&v3).unwrap();
        let a = migrated.get("a").cloned().unwrap_or_default();
        assert_eq!(a.review, replay(&a.ratings));
        assert!(a.review.is_some_and(|r| r.stability != 14.8 && r.reps == 2));
        let before = p.get("a").cloned().unwrap_or_default();
        assert_eq!(
            (a.ratings, a.notes, a.status, a.modified_ms),
            (
                before.ratings,
                before.notes,
                before.status,
                before.modified_ms
            )
        );
        // Queued but never rated: kept as it was.
        assert_eq!(
            migrated.get("q").and_then(|q| q.review),
            p.get("q").and_then(|q| q.review)
        );
        // A current (version 4) document keeps its states as stored.
        assert_eq!(load(&v4), Ok(p));
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(
            migrate(json!({"schema_version": 5, "progress": {}})),
            Err(LoadError::NewerVersion { found: 5 })
        );
        assert_eq!(
            migrate(json!({"progress": {}})),
            Err(LoadError::MissingVersion)
        );
        assert_eq!(
            migrate(json!({"schema_version": "2", "progress": {}})),
            Err(LoadError::BadVersion("\"2\"".into()))
        );
        assert_eq!(
            migrate(json!({"schema_version": 0, "progress": {}})),
            Err(LoadError::BadVersion("0".into()))
        );
        assert_eq!(migrate(json!([1])), Err(LoadError::NotADocument));
        assert!(matches!(load("{\"schema"), Err(LoadError::NotJson(_))));
        let bad = migrate(json!({"schema_version": 2, "progress": {"q": {"status": "meh"}}}));
        assert!(matches!(
            &bad,
            Err(LoadError::BadProgress(DecodeError::BadField { question, field, .. }))
                if question == "q" && field == "status"
        ));
        let msg = bad.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg.contains("\"status\"") && msg.contains("meh"), "{msg}");
        assert!(
            LoadError::NewerVersion { found: 9 }
                .to_string()
                .contains("newer version")
        );
    }
}
