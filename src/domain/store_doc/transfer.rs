//! Export to a file and import from one: parse without trusting the bytes, preview what
//! would change, then apply by merging or replacing.

use super::decode::{self, DecodeError};
use super::{CURRENT_VERSION, SerializeError, VersionProblem, read_version, short_json, to_json};
use crate::domain::calendar;
use crate::domain::progress::{self, Progress};
use crate::domain::quoted::Quoted;
use serde::Serialize;
use serde_json::Value;
use serde_json::error::Category;
use std::fmt;

/// The `app` field that marks a file as ours.
pub const APP_ID: &str = "ml-interview-prep";

/// The `scheduler` field: which scheduler wrote the review states. Files without it come
/// from the earlier FSRS-4.5 scheduler; their states are rebuilt from the rating history.
pub const SCHEDULER: &str = "fsrs-6";

/// An export file.
/// Read one only through [`parse_import`], which checks and migrates it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportFile {
    /// Always [`APP_ID`].
    pub app: String,
    /// The schema version of `progress`. After [`parse_import`] it is always
    /// [`CURRENT_VERSION`]: older files are migrated while parsing.
    pub schema_version: u32,
    /// Always [`SCHEDULER`].
    pub scheduler: String,
    pub exported_at_ms: i64,
    pub progress: Progress,
    /// The mock-interview history (`null` when there is none), kept as is on import.
    pub interviews: Value,
    /// The user's own questions (`null` when there are none), read by
    /// `own_questions::OwnQuestions::from_value` on import.
    #[serde(skip_serializing_if = "Value::is_null")]
    pub own_questions: Value,
    /// The user's lists (`null` when there are none), read by `lists::Lists::from_value`.
    #[serde(skip_serializing_if = "Value::is_null")]
    pub lists: Value,
}

/// The export file for `progress` as pretty-printed JSON, without interview history.
pub fn export_json(progress: &Progress, now_ms: i64) -> Result<String, SerializeError> {
    export_json_with(progress, Value::Null, Value::Null, Value::Null, now_ms)
}

/// The export file for `progress`, the interview history `interviews` (any JSON the
/// interview module understands; `null` when there is none) and the own questions
/// and lists (`null` when there are none), as pretty-printed JSON.
pub fn export_json_with(
    progress: &Progress,
    interviews: Value,
    own_questions: Value,
    lists: Value,
    now_ms: i64,
) -> Result<String, SerializeError> {
    let file = ExportFile {
        app: APP_ID.to_string(),
        schema_version: CURRENT_VERSION,
        scheduler: SCHEDULER.to_string(),
        exported_at_ms: now_ms,
        progress: progress.clone(),
        interviews,
        own_questions,
        lists,
    };
    to_json(&file, true)
}

/// A download name such as `ml-interview-prep-2025-03-07.json`, dated in local time.
pub fn export_file_name(now_ms: i64, tz_offset_minutes: i32) -> String {
    let date = calendar::date_of_day(calendar::local_day(now_ms, tz_offset_minutes));
    format!("{APP_ID}-{date}.json")
}

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty or only whitespace.
    Empty,
    /// Not UTF-8 text; `offset` is the first bad byte.
    NotUtf8 { offset: usize },
    /// The JSON stops before it is complete (a cut-off download or copy).
    Truncated,
    /// Not JSON.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but the top level is not an object.
    NotAnObject,
    /// `app` is missing or names another app.
    ForeignFile { app: Option<String> },
    /// A required top-level field is missing.
    MissingField(&'static str),
    /// `schema_version` is not a version this app has ever written.
    BadVersion(String),
    /// Exported by a newer version of the app.
    NewerVersion { found: u64 },
    /// A top-level field has the wrong type.
    BadField {
        field: &'static str,
        problem: String,
    },
    /// Something inside `progress` is wrong.
    BadProgress(DecodeError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::NotUtf8 { offset } => write!(
                f,
                "the file is not a text file (invalid UTF-8 at byte {offset}); \
                 choose the .json file this app exported"
            ),
            ImportError::Truncated => write!(
                f,
                "the file ends too early; it may have been cut off while downloading or copying"
            ),
            ImportError::NotJson { detail, .. } => {
                write!(f, "the file is not valid JSON ({detail})")
            }
            ImportError::NotAnObject => write!(f, "the file is JSON but not a progress export"),
            ImportError::ForeignFile { app: Some(app) } => write!(
                f,
                "this is a foreign file: it comes from {}, not from {}",
                Quoted(app),
                Quoted(APP_ID)
            ),
            ImportError::ForeignFile { app: None } => write!(
                f,
                "this is a foreign file: it has no \"app\" field, so it was not exported by this app"
            ),
            ImportError::MissingField(field) => {
                write!(f, "the file has no {} field", Quoted(field))
            }
            ImportError::BadVersion(v) => {
                write!(
                    f,
                    "the file's \"schema_version\" ({v}) is not one this app knows"
                )
            }
            ImportError::NewerVersion { found } => write!(
                f,
                "the file was exported by a newer version of the app (schema version {found}; \
                 this version reads up to {CURRENT_VERSION}); update the app to import it"
            ),
            ImportError::BadField { field, problem } => {
                write!(f, "the file's {} field is wrong: {problem}", Quoted(field))
            }
            ImportError::BadProgress(e) => write!(f, "the file's progress is damaged: {e}"),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<VersionProblem> for ImportError {
    fn from(p: VersionProblem) -> Self {
        match p {
            VersionProblem::Missing => ImportError::MissingField("schema_version"),
            VersionProblem::Unknown(v) => ImportError::BadVersion(v),
            VersionProblem::Newer(found) => ImportError::NewerVersion { found },
        }
    }
}

/// Reads an export file from untrusted bytes. Never panics; checks in this order:
/// text, JSON, `app`, `schema_version`, `exported_at_ms` (optional, 0 if absent),
/// `progress` (each entry and field), `interviews` and `own_questions` (optional, any JSON;
/// their own readers check them).
pub fn parse_import(bytes: &[u8]) -> Result<ExportFile, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| match e.error_len() {
        None => ImportError::Truncated, // cut inside a multi-byte character
        Some(_) => ImportError::NotUtf8 {
            offset: e.valid_up_to(),
        },
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text); // editors may add a BOM
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Eof => ImportError::Truncated,
        _ => ImportError::NotJson {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        },
    })?;
    let Value::Object(mut doc) = value else {
        return Err(ImportError::NotAnObject);
    };

    match doc.get("app") {
        Some(Value::String(app)) if app == APP_ID => {}
        Some(Value::String(app)) => {
            return Err(ImportError::ForeignFile {
                app: Some(app.clone()),
            });
        }
        Some(other) => {
            return Err(ImportError::ForeignFile {
                app: Some(short_json(other)),
            });
        }
        None => return Err(ImportError::ForeignFile { app: None }),
    }
    let version = read_version(&doc, CURRENT_VERSION)?;
    let exported_at_ms = match doc.get("exported_at_ms") {
        None | Some(Value::Null) => 0,
        Some(v) => v.as_i64().ok_or_else(|| ImportError::BadField {
            field: "exported_at_ms",
            problem: format!(
                "expected a whole number of milliseconds, found {}",
                short_json(v)
            ),
        })?,
    };
    let progress = doc
        .get("progress")
        .ok_or(ImportError::MissingField("progress"))?;
    let mut progress =
        decode::decode_progress(progress, version).map_err(ImportError::BadProgress)?;
    if doc.get("scheduler").and_then(Value::as_str) != Some(SCHEDULER) {
        progress.rebuild_schedules();
    }
    let interviews = doc.remove("interviews").unwrap_or(Value::Null);
    let own_questions = doc.remove("own_questions").unwrap_or(Value::Null);
    let lists = doc.remove("lists").unwrap_or(Value::Null);

    Ok(ExportFile {
        app: APP_ID.to_string(),
        schema_version: CURRENT_VERSION,
        scheduler: SCHEDULER.to_string(),
        exported_at_ms,
        progress,
        interviews,
        own_questions,
        lists,
    })
}

/// How an import is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep both: per question the newer entry wins (see [`progress::merge`]).
    Merge,
    /// The file's progress replaces everything on this device.
    Replace,
}

/// What an import would do, counted in questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Only in the file: added by either mode.
    pub new: usize,
    /// In both, different, and the file's entry is newer: taken by either mode.
    pub updated: usize,
    /// In both and identical.
    pub unchanged: usize,
    /// In both, different, and this device's entry is newer: kept by Merge,
    /// overwritten by Replace.
    pub older_in_file: usize,
    /// Only on this device: kept by Merge, removed by Replace.
    pub only_here: usize,
}

impl ImportPreview {
    /// How many questions on this device `mode` would add, change or remove.
    pub fn changes(&self, mode: ImportMode) -> usize {
        match mode {
            ImportMode::Merge => self.new + self.updated,
            ImportMode::Replace => self.new + self.updated + self.older_in_file + self.only_here,
        }
    }
}

/// Compares the file with the current progress without changing anything.
pub fn preview(current: &Progress, incoming: &ExportFile) -> ImportPreview {
    let mut out = ImportPreview::default();
    for (id, theirs) in &incoming.progress.questions {
        match current.get(id) {
            None => out.new += 1,
            Some(ours) if ours == theirs => out.unchanged += 1,
            Some(ours) if progress::incoming_wins(ours, theirs) => out.updated += 1,
            Some(_) => out.older_in_file += 1,
        }
    }
    out.only_here = current
        .questions
        .keys()
        .filter(|id| !incoming.progress.questions.contains_key(*id))
        .count();
    out
}

/// The progress after importing `incoming` with `mode`. With [`ImportMode::Replace`] the
/// entries are the file's, stamped `now_ms` as one change. Either way, entries from before a
/// reset of `current` come back (see `Progress::cleared_ms`).
pub fn apply(current: &Progress, incoming: &ExportFile, mode: ImportMode, now_ms: i64) -> Progress {
    match mode {
        ImportMode::Merge => {
            // Importing is how a user restores what a reset deleted: entries from before the
            // reset come back, stamped just after it (so later edits here still win).
            let mut incoming = incoming.progress.clone();
            if let Some(cleared) = current.cleared_ms {
                for q in incoming.questions.values_mut() {
                    q.modified_ms = q.modified_ms.max(cleared.saturating_add(1));
                }
            }
            progress::merge(current, &incoming)
        }
        ImportMode::Replace => {
            // A change made now, so that other open tabs take it instead of merging back
            // what it removed (see `Progress::replace_with`).
            let mut replaced = current.clone();
            replaced.replace_with(&incoming.progress, now_ms);
            replaced
        }
    }
}
