//! The stored progress document, its schema versions and migrations, and (in
//! [`transfer`]) export to and import from a file.
//!
//! Stored form, version [`CURRENT_VERSION`]:
//! `{ "schema_version": 2, "progress": { "<question id>": QuestionProgress } }`.
//! Version 1 (see `v1.rs`) is still read and migrated. A document that does not parse or
//! comes from a newer app is refused with a [`LoadError`], never guessed at: the caller
//! keeps it aside and tells the user.

mod decode;
mod transfer;
mod v1;

pub use decode::DecodeError;
pub use transfer::{
    APP_ID, ExportFile, ImportError, ImportMode, ImportPreview, apply, export_file_name,
    export_json, export_json_with, parse_import, preview,
};

use super::progress::Progress;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 2;
/// The oldest schema version this build still reads.
pub const OLDEST_VERSION: u32 = 1;

/// The document as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDoc {
    pub schema_version: u32,
    pub progress: Progress,
}

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
                 (format {found}; this version reads up to {CURRENT_VERSION})"
            ),
            LoadError::BadProgress(e) => write!(f, "the saved progress is damaged: {e}"),
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

/// Reads `schema_version` from a document's top-level object.
pub(crate) fn read_version(doc: &Map<String, Value>) -> Result<u32, VersionProblem> {
    let value = doc.get("schema_version").ok_or(VersionProblem::Missing)?;
    match value.as_u64() {
        Some(v) if v > u64::from(CURRENT_VERSION) => Err(VersionProblem::Newer(v)),
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

/// The stored document for `progress`, in the current version.
pub fn to_stored_json(progress: &Progress) -> Result<String, SerializeError> {
    to_json(
        &StoredDoc {
            schema_version: CURRENT_VERSION,
            progress: progress.clone(),
        },
        false,
    )
}

/// Parses and migrates a stored document.
pub fn load(text: &str) -> Result<Progress, LoadError> {
    // Fast path: a current document reads straight into the typed structure. Anything else
    // (an older version, or a document with a problem) takes the slower path through
    // `serde_json::Value`, which migrates and names the field that is wrong.
    if let Ok(doc) = serde_json::from_str::<StoredDoc>(text)
        && doc.schema_version == CURRENT_VERSION
    {
        return Ok(doc.progress);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    migrate(value)
}

/// Brings a stored document of any supported version (1 or 2) to the current shape.
pub fn migrate(doc: Value) -> Result<Progress, LoadError> {
    let Value::Object(doc) = doc else {
        return Err(LoadError::NotADocument);
    };
    let version = read_version(&doc)?;
    let progress = doc.get("progress").ok_or(LoadError::NotADocument)?;
    decode::decode_progress(progress, version).map_err(LoadError::BadProgress)
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
        assert_eq!(load(&to_stored_json(&p).unwrap()), Ok(p));
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
    fn refusals_say_why() {
        assert_eq!(
            migrate(json!({"schema_version": 3, "progress": {}})),
            Err(LoadError::NewerVersion { found: 3 })
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
