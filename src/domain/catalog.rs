//! The question catalog: types, parsing and validation. Pure data, no browser.

use crate::domain::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The catalog schema this build understands.
pub const CATALOG_SCHEMA_VERSION: u32 = 1;

/// Difficulty as the guide states it (topic tables only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    pub fn slug(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Easy => "Easy",
            Difficulty::Medium => "Medium",
            Difficulty::Hard => "Hard",
        }
    }

    pub fn from_slug(s: &str) -> Option<Difficulty> {
        Difficulty::ALL.into_iter().find(|d| d.slug() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// "topic" for the eight topic tables, "recent" for the recent questions.
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundType {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub section: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<Difficulty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_type: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_points: Vec<String>,
    /// How the question is read (its scope), shown beside it; not a point of the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Question {
    /// True when the question is tagged with `company`, either exactly as written
    /// or as one part of a combined tag such as "GitHub/Microsoft".
    pub fn has_company(&self, company: &str) -> bool {
        match &self.company {
            Some(c) => c == company || c.split('/').any(|part| part.trim() == company),
            None => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Duration {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub duration: Option<Duration>,
    #[serde(default)]
    pub parts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Company {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also_known_as: Option<String>,
    pub stages: Vec<Stage>,
    pub focus_areas: Vec<String>,
    pub evaluation_criteria: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tip {
    pub group: String,
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub group: String,
    pub title: String,
    pub url: String,
}

/// How long a whole interview process takes, as the guide puts it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Short form, such as "1.5–2.5 months".
    pub label: String,
    /// The guide's sentence about it.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub schema_version: u32,
    pub title: String,
    pub sections: Vec<Section>,
    pub round_types: Vec<RoundType>,
    pub questions: Vec<Question>,
    pub companies: Vec<Company>,
    pub tips: Vec<Tip>,
    pub resources: Vec<Resource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Timeline>,
    /// Finds a question by id without a scan (see [`Catalog::question`]).
    #[serde(skip)]
    pub index: QuestionIndex,
}

/// Where each question sits in [`Catalog::questions`], built on the first lookup. A hit is
/// checked against the id and anything else is looked for, so a catalog changed after the
/// index was built still answers right (known ids in one step, unknown ones by a scan).
/// A clone starts without one; any two compare equal.
#[derive(Default)]
pub struct QuestionIndex(std::sync::OnceLock<HashMap<String, usize>>);

impl Clone for QuestionIndex {
    fn clone(&self) -> Self {
        QuestionIndex::default()
    }
}

impl PartialEq for QuestionIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for QuestionIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("QuestionIndex")
    }
}

/// Why a catalog could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogError {
    /// The text is not valid catalog JSON.
    Parse(String),
    /// The embedded compact form (see `catalog_compact`) is damaged.
    Damaged(String),
    /// The catalog was written for a newer schema than this build knows.
    UnsupportedVersion(u32),
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Parse(msg) => write!(f, "the catalog is not valid JSON: {msg}"),
            CatalogError::Damaged(msg) => write!(f, "the embedded catalog is damaged: {msg}"),
            CatalogError::UnsupportedVersion(v) => write!(
                f,
                "the catalog has schema version {v}, but this app understands up to {CATALOG_SCHEMA_VERSION}"
            ),
        }
    }
}

impl std::error::Error for CatalogError {}

impl Catalog {
    pub fn from_json(text: &str) -> Result<Catalog, CatalogError> {
        let catalog: Catalog =
            serde_json::from_str(text).map_err(|e| CatalogError::Parse(e.to_string()))?;
        if catalog.schema_version > CATALOG_SCHEMA_VERSION {
            return Err(CatalogError::UnsupportedVersion(catalog.schema_version));
        }
        Ok(catalog)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        let at = self.index.0.get_or_init(|| {
            self.questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id.clone(), i))
                .collect()
        });
        match at.get(id).and_then(|&i| self.questions.get(i)) {
            Some(q) if q.id == id => Some(q),
            // Not where the index says (the questions changed since): look.
            _ => self.questions.iter().find(|q| q.id == id),
        }
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn section_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.section(id).map(|s| s.title.as_str()).unwrap_or(id)
    }

    pub fn round_type_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.round_types
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.title.as_str())
            .unwrap_or(id)
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }

    /// Company tags as written in the guide, sorted, without repeats.
    pub fn question_companies(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .questions
            .iter()
            .filter_map(|q| q.company.as_deref())
            .collect();
        out.sort_unstable_by_key(|c| c.to_lowercase());
        out.dedup();
        out
    }

    /// Years that appear on questions, newest first.
    pub fn years(&self) -> Vec<u16> {
        let mut out: Vec<u16> = self.questions.iter().filter_map(|q| q.year).collect();
        out.sort_unstable_by(|a, b| b.cmp(a));
        out.dedup();
        out
    }

    pub fn questions_in_section(&self, section: &str) -> usize {
        self.questions
            .iter()
            .filter(|q| q.section == section)
            .count()
    }

    /// Every problem in the catalog, each naming the entry it is about.
    /// An empty list means the catalog is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let section_ids: HashSet<&str> = self.sections.iter().map(|s| s.id.as_str()).collect();
        let round_ids: HashSet<&str> = self.round_types.iter().map(|r| r.id.as_str()).collect();
        let mut seen = HashSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            let name = format!("question #{} ({})", i + 1, Quoted(&q.id));
            if !is_slug(&q.id) {
                out.push(format!(
                    "{name}: id must be lowercase letters, digits and single dashes"
                ));
            }
            if q.id.starts_with("own-") {
                out.push(format!("{name}: ids starting with \"own-\" are the user's"));
            }
            if !seen.insert(q.id.as_str()) {
                out.push(format!("{name}: id is used more than once"));
            }
            if q.text.trim().is_empty() {
                out.push(format!("{name}: text is empty"));
            }
            if !section_ids.contains(q.section.as_str()) {
                out.push(format!("{name}: unknown section {}", Quoted(&q.section)));
            }
            if let Some(url) = &q.answer_url
                && !url.starts_with("https://")
            {
                out.push(format!("{name}: answer link is not https: {url}"));
            }
            if let Some(rt) = &q.round_type
                && !round_ids.contains(rt.as_str())
            {
                out.push(format!("{name}: unknown round type {}", Quoted(rt)));
            }
            if let Some(year) = q.year
                && !(2015..=2035).contains(&year)
            {
                out.push(format!("{name}: year {year} is out of range"));
            }
            if let Some(c) = &q.company
                && c.trim().is_empty()
            {
                out.push(format!("{name}: company is empty"));
            }
        }
        for r in &self.resources {
            if !r.url.starts_with("https://") {
                out.push(format!(
                    "resource {}: link is not https: {}",
                    Quoted(&r.title),
                    r.url
                ));
            }
        }
        for c in &self.companies {
            if c.stages.is_empty() {
                out.push(format!("company {}: has no stages", Quoted(&c.name)));
            }
        }
        out
    }
}

/// Lowercase ASCII letters and digits separated by single dashes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("bias-variance-2"));
        assert!(!is_slug("Bias"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }

    #[test]
    fn combined_company_tags_match_each_part() {
        let q = Question {
            id: "x".into(),
            text: "x".into(),
            section: "recent".into(),
            difficulty: None,
            answer_url: None,
            company: Some("GitHub/Microsoft".into()),
            year: Some(2025),
            round_type: None,
            key_points: vec![],
            note: None,
        };
        assert!(q.has_company("Microsoft"));
        assert!(q.has_company("GitHub"));
        assert!(q.has_company("GitHub/Microsoft"));
        assert!(!q.has_company("Micro"));
    }

    #[test]
    fn newer_schema_is_refused() {
        let err = Catalog::from_json(
            r#"{"schema_version": 99, "title": "t", "sections": [], "round_types": [], "questions": [], "companies": [], "tips": [], "resources": []}"#,
        );
        assert_eq!(err, Err(CatalogError::UnsupportedVersion(99)));
    }

    #[test]
    fn garbage_is_a_parse_error() {
        assert!(matches!(
            Catalog::from_json("{not json"),
            Err(CatalogError::Parse(_))
        ));
    }
}
