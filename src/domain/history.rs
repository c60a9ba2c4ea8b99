//! Past interviews, one summary line each, newest first. A stored document with a schema
//! version; the app persists it alongside the interview in progress.

use super::interview::Interview;
use super::report::Report;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The history schema this build writes and understands.
pub const HISTORY_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewSummary {
    pub id: String,
    pub started_ms: i64,
    /// The company name for a loop, or the round label for a single round.
    pub label: String,
    /// 0-100.
    pub overall: u8,
    #[serde(default)]
    pub abandoned: bool,
}

impl InterviewSummary {
    /// The summary of a reported interview; `None` if it never started or nothing in it
    /// counted towards a score.
    pub fn from_report(iv: &Interview, report: &Report) -> Option<InterviewSummary> {
        Some(InterviewSummary {
            id: iv.id.clone(),
            started_ms: iv.started_ms?,
            label: iv.title.clone(),
            overall: report.overall?,
            abandoned: iv.abandoned,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    schema_version: u32,
    entries: Vec<InterviewSummary>,
}

impl Default for History {
    fn default() -> Self {
        History {
            schema_version: HISTORY_SCHEMA_VERSION,
            entries: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    Parse(String),
    UnsupportedVersion(u32),
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::Parse(msg) => write!(f, "the interview history is not valid: {msg}"),
            HistoryError::UnsupportedVersion(v) => write!(
                f,
                "the interview history has schema version {v}, newer than this app understands"
            ),
        }
    }
}

impl std::error::Error for HistoryError {}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// Newest first; ties by id.
    pub fn entries(&self) -> &[InterviewSummary] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&InterviewSummary> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Adds `summary`, replacing any entry with the same id.
    pub fn add(&mut self, summary: InterviewSummary) {
        self.entries.retain(|e| e.id != summary.id);
        self.entries.push(summary);
        self.sort();
    }

    /// Adds every entry of `other` (an imported history); an entry with an id already here
    /// replaces it. Returns how many entries were new.
    pub fn merge_from(&mut self, other: &History) -> usize {
        let new = other
            .entries
            .iter()
            .filter(|e| self.get(&e.id).is_none())
            .count();
        for e in &other.entries {
            self.add(e.clone());
        }
        new
    }

    /// Removes the entry with `id`; false if there was none.
    pub fn delete(&mut self, id: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        self.entries.len() != before
    }

    pub fn from_json(text: &str) -> Result<History, HistoryError> {
        let mut h: History =
            serde_json::from_str(text).map_err(|e| HistoryError::Parse(e.to_string()))?;
        if h.schema_version > HISTORY_SCHEMA_VERSION {
            return Err(HistoryError::UnsupportedVersion(h.schema_version));
        }
        // A hand-edited or merged document may repeat ids or be out of order.
        let mut entries = std::mem::take(&mut h.entries);
        entries.reverse(); // so the last stored copy of an id wins below
        for e in entries {
            if h.get(&e.id).is_none() {
                h.entries.push(e);
            }
        }
        h.sort();
        h.schema_version = HISTORY_SCHEMA_VERSION;
        Ok(h)
    }

    pub fn to_json(&self) -> Result<String, HistoryError> {
        serde_json::to_string(self).map_err(|e| HistoryError::Parse(e.to_string()))
    }

    fn sort(&mut self) {
        self.entries.sort_by(|a, b| {
            b.started_ms
                .cmp(&a.started_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, started_ms: i64, overall: u8) -> InterviewSummary {
        InterviewSummary {
            id: id.into(),
            started_ms,
            label: "Google".into(),
            overall,
            abandoned: false,
        }
    }

    fn ids(h: &History) -> Vec<&str> {
        h.entries().iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn merging_an_imported_history_adds_new_and_replaces_same_ids() {
        let mut here = History::new();
        here.add(entry("a", 100, 50));
        here.add(entry("b", 200, 60));
        let mut file = History::new();
        file.add(entry("b", 200, 65));
        file.add(entry("c", 300, 70));
        assert_eq!(here.merge_from(&file), 1);
        assert_eq!(ids(&here), ["c", "b", "a"]);
        assert_eq!(here.get("b").map(|e| e.overall), Some(65));
        // Merging the same file again changes nothing.
        let before = here.clone();
        assert_eq!(here.merge_from(&file), 0);
        assert_eq!(here, before);
    }

    #[test]
    fn add_keeps_newest_first_and_replaces_same_id() {
        let mut h = History::new();
        assert!(h.is_empty());
        h.add(entry("a", 100, 50));
        h.add(entry("b", 300, 60));
        h.add(entry("c", 200, 70));
        assert_eq!(ids(&h), ["b", "c", "a"]);
        h.add(entry("a", 400, 90));
        assert_eq!(ids(&h), ["a", "b", "c"]);
        assert_eq!(h.len(), 3);
        assert_eq!(h.get("a").map(|e| e.overall), Some(90));
    }

    #[test]
    fn delete_removes_only_the_named_entry() {
        let mut h = History::new();
        h.add(entry("a", 100, 50));
        h.add(entry("b", 200, 60));
        assert!(h.delete("a"));
        assert!(!h.delete("a"));
        assert_eq!(ids(&h), ["b"]);
        assert!(h.get("a").is_none());
    }

    #[test]
    fn storage_round_trip_and_repair() {
        let mut h = History::new();
        h.add(entry("a", 100, 50));
        h.add(entry("b", 200, 60));
        let json = h.to_json().unwrap();
        assert_eq!(History::from_json(&json).unwrap(), h);

        let messy = r#"{"schema_version":1,"entries":[
            {"id":"a","started_ms":100,"label":"x","overall":10},
            {"id":"b","started_ms":300,"label":"x","overall":20},
            {"id":"a","started_ms":200,"label":"x","overall":30}]}"#;
        let h = History::from_json(messy).unwrap();
        assert_eq!(ids(&h), ["b", "a"]);
        assert_eq!(h.get("a").map(|e| e.overall), Some(30));

        assert!(matches!(
            History::from_json("[]"),
            Err(HistoryError::Parse(_))
        ));
        let newer = r#"{"schema_version":9,"entries":[]}"#;
        assert_eq!(
            History::from_json(newer),
            Err(HistoryError::UnsupportedVersion(9))
        );
    }
}
