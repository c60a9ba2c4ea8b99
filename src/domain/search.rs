//! Free-text search and filters over the catalog. Pure functions, no browser.
//!
//! Search finds what people mean, not only the literal text: typing errors, British and
//! American spellings, word forms and abbreviations ([`terms`], [`abbreviations`]), in the
//! question, its section and company, its key points and the user's note ([`index`]),
//! ranked by where and how well each word matched ([`rank`]), with the matched words shown
//! ([`excerpt`]) and, when nothing matches, the closest words ([`suggest`]).

pub mod abbreviations;
pub mod excerpt;
pub mod index;
pub mod query;
pub mod rank;
pub mod results;
pub mod suggest;
pub mod terms;

use super::catalog::{Catalog, Difficulty, Question};
use super::progress::{Progress, Status};
pub use results::{
    Found, Indexes, Place, Results, Row, SHOWN_FIRST, index_catalog, index_notes, results,
};
use std::sync::Arc;
pub use terms::normalize;

/// What the user asked to see. Every field is optional; an empty filter shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub query: String,
    pub section: Option<String>,
    pub difficulty: Option<Difficulty>,
    pub company: Option<String>,
    pub year: Option<u16>,
    pub round_type: Option<String>,
    /// The user's own status for the question (questions never touched are New).
    pub status: Option<Status>,
    /// Only bookmarked questions.
    pub bookmarked: bool,
    /// Only the user's own questions.
    pub mine: bool,
    /// Only the questions of this list (its id), in the list's order.
    pub list: Option<String>,
    /// The questions of `list`, filled in by the page from the user's lists (not part of
    /// the URL). `None`: `list` is not applied.
    pub members: Option<Arc<Vec<String>>>,
}

impl Filters {
    /// True when no filter and no search text is set.
    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty()
            && self.section.is_none()
            && self.difficulty.is_none()
            && self.company.is_none()
            && self.year.is_none()
            && self.round_type.is_none()
            && self.status.is_none()
            && !self.bookmarked
            && !self.mine
            && self.list.is_none()
    }

    /// Reads filters from URL query pairs. Unknown keys and values that do not parse are
    /// ignored, so an old or hand-edited link still opens.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Filters {
        let mut f = Filters::default();
        for (k, raw) in pairs {
            let v = raw.trim();
            if v.is_empty() {
                continue;
            }
            match k {
                // The search text keeps its spaces so typing "bias " is not undone mid-word.
                "q" => f.query = raw.to_string(),
                "section" => f.section = Some(v.to_string()),
                "difficulty" => f.difficulty = Difficulty::from_slug(v),
                "company" => f.company = Some(v.to_string()),
                "year" => f.year = v.parse().ok(),
                "round" => f.round_type = Some(v.to_string()),
                "status" => f.status = Status::from_slug(v),
                "bookmarked" => f.bookmarked = v == "1",
                "mine" => f.mine = v == "1",
                "list" => f.list = Some(v.to_string()),
                _ => {}
            }
        }
        f
    }

    /// The filters as URL query pairs, in a stable order, empty values left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.query.trim().is_empty() {
            out.push(("q", self.query.clone()));
        }
        if let Some(s) = &self.section {
            out.push(("section", s.clone()));
        }
        if let Some(d) = self.difficulty {
            out.push(("difficulty", d.slug().to_string()));
        }
        if let Some(c) = &self.company {
            out.push(("company", c.clone()));
        }
        if let Some(y) = self.year {
            out.push(("year", y.to_string()));
        }
        if let Some(r) = &self.round_type {
            out.push(("round", r.clone()));
        }
        if let Some(s) = self.status {
            out.push(("status", s.slug().to_string()));
        }
        if self.bookmarked {
            out.push(("bookmarked", "1".to_string()));
        }
        if self.mine {
            out.push(("mine", "1".to_string()));
        }
        if let Some(l) = &self.list {
            out.push(("list", l.clone()));
        }
        out
    }

    /// The filters as a query string with a leading `?`, or "" when empty.
    pub fn to_query_string(&self) -> String {
        let pairs = self.to_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        format!("?{}", parts.join("&"))
    }

    /// True when the question passes every filter but the search text.
    pub fn passes(&self, q: &Question, progress: &Progress) -> bool {
        if let Some(s) = self.status
            && progress.status(&q.id) != s
        {
            return false;
        }
        if self.bookmarked && !progress.is_bookmarked(&q.id) {
            return false;
        }
        if self.mine && !super::own_questions::is_own(&q.id) {
            return false;
        }
        if let Some(m) = &self.members
            && !m.contains(&q.id)
        {
            return false;
        }
        if let Some(s) = &self.section
            && &q.section != s
        {
            return false;
        }
        if let Some(d) = self.difficulty
            && q.difficulty != Some(d)
        {
            return false;
        }
        if let Some(c) = &self.company
            && !q.has_company(c)
        {
            return false;
        }
        if let Some(y) = self.year
            && q.year != Some(y)
        {
            return false;
        }
        if let Some(r) = &self.round_type
            && q.round_type.as_deref() != Some(r.as_str())
        {
            return false;
        }
        true
    }
}

/// The questions that pass `filters`, best match first (catalog order without search
/// text). The search covers the question text, section and company, not key points or
/// notes: the pages use [`results`] with every index.
pub fn filter<'a>(
    catalog: &'a Catalog,
    filters: &Filters,
    progress: &Progress,
) -> Vec<&'a Question> {
    let ix = index_catalog(catalog, None);
    results(
        catalog,
        filters,
        progress,
        Indexes {
            catalog: &ix,
            notes: None,
        },
        None,
        0,
    )
    .rows
    .into_iter()
    .map(|r| r.q)
    .collect()
}

/// Splits a search into normalized words. Punctuation separates words, so
/// "bias-variance" looks for "bias" and "variance".
pub fn query_words(query: &str) -> Vec<String> {
    normalize(query)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Percent-encodes a URL query value (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The questions before and after `id` in `list`, for previous / next links.
pub fn neighbours<'a>(
    list: &[&'a Question],
    id: &str,
) -> (Option<&'a Question>, Option<&'a Question>) {
    match list.iter().position(|q| q.id == id) {
        Some(i) => (
            i.checked_sub(1).and_then(|j| list.get(j)).copied(),
            list.get(i + 1).copied(),
        ),
        None => (None, None),
    }
}
