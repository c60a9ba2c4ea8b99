//! The user's own questions: the stored document, the editor's checks, and how they join the
//! built-in catalog. Pure data, no browser.
//!
//! Own questions carry ids that start with [`OWN_PREFIX`], which no catalog id may (the
//! catalog's checks refuse it), so the two can never collide. They are stored apart from the
//! catalog and joined to it by [`merge`]; a later catalog that drops or renames a section an
//! own question used puts that question under "My questions" instead of losing it.

use super::catalog::{Catalog, Difficulty, Question, Section};
use super::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Every own question's id (and own section's id) starts with this.
pub const OWN_PREFIX: &str = "own-";
/// The section own questions fall back to when theirs is unknown.
pub const OWN_SECTION_ID: &str = "own";
pub const OWN_SECTION_TITLE: &str = "My questions";
/// The `kind` of a section the user made.
pub const OWN_SECTION_KIND: &str = "own";
/// The stored document's format version.
pub const OWN_VERSION: u32 = 1;

pub const MAX_TEXT: usize = 2_000;
pub const MAX_SHORT: usize = 100;
pub const MAX_POINT: usize = 1_000;
pub const MAX_POINTS: usize = 30;
pub const MAX_URL: usize = 2_000;

/// One own question and when it last changed (for merging copies from two devices).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnQuestion {
    pub question: Question,
    pub modified_ms: i64,
}

/// The stored document (`mlip.own`), also carried by export files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnQuestions {
    pub version: u32,
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(
        default,
        deserialize_with = "apart::read",
        serialize_with = "apart::write"
    )]
    pub questions: Vec<OwnQuestion>,
}

/// The questions read and written one call per question rather than in one inlined loop:
/// the browser optimises a WebAssembly function between calls, not during one. Measured with
/// 10,000 questions in a fresh page, the first save took a third of the time; the first read
/// did not change.
mod apart {
    use super::OwnQuestion;
    use serde::de::{Deserializer, SeqAccess, Visitor};
    use serde::ser::{SerializeSeq, Serializer};
    use std::fmt;

    pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<OwnQuestion>, D::Error> {
        struct Each;
        impl<'de> Visitor<'de> for Each {
            type Value = Vec<OwnQuestion>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of questions")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 12));
                while let Some(q) = one(&mut seq)? {
                    out.push(q);
                }
                Ok(out)
            }
        }
        d.deserialize_seq(Each)
    }

    #[inline(never)]
    fn one<'de, A: SeqAccess<'de>>(seq: &mut A) -> Result<Option<OwnQuestion>, A::Error> {
        seq.next_element()
    }

    pub fn write<S: Serializer>(all: &[OwnQuestion], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(all.len()))?;
        for q in all {
            put(&mut seq, q)?;
        }
        seq.end()
    }

    #[inline(never)]
    fn put<S: SerializeSeq>(seq: &mut S, q: &OwnQuestion) -> Result<(), S::Error> {
        seq.serialize_element(q)
    }
}

impl Default for OwnQuestions {
    fn default() -> Self {
        OwnQuestions {
            version: OWN_VERSION,
            sections: Vec::new(),
            questions: Vec::new(),
        }
    }
}

impl OwnQuestions {
    /// Reads the document, refusing a newer version, ids without the own prefix, repeated
    /// ids and empty questions, each named in the message.
    pub fn from_json(text: &str) -> Result<OwnQuestions, String> {
        let doc: OwnQuestions = serde_json::from_str(text).map_err(|e| e.to_string())?;
        doc.checked()
    }

    pub fn from_value(value: serde_json::Value) -> Result<OwnQuestions, String> {
        let doc: OwnQuestions = serde_json::from_value(value).map_err(|e| e.to_string())?;
        doc.checked()
    }

    /// The document if it is sound (see [`OwnQuestions::from_json`]).
    pub fn checked(self) -> Result<OwnQuestions, String> {
        if self.version > OWN_VERSION {
            return Err(format!(
                "own questions of format version {} come from a newer version of the app",
                self.version
            ));
        }
        let mut seen = HashSet::new();
        for s in &self.sections {
            if !s.id.starts_with(OWN_PREFIX) || !seen.insert(s.id.as_str()) {
                return Err(format!(
                    "section {} has a bad or repeated id",
                    Quoted(&s.id)
                ));
            }
        }
        let mut seen = HashSet::new();
        for (i, o) in self.questions.iter().enumerate() {
            let q = &o.question;
            // Named only when something is wrong: thousands of questions are read at start.
            let name = || format!("own question #{} ({})", i + 1, Quoted(&q.id));
            if !q.id.starts_with(OWN_PREFIX) || !super::catalog::is_slug(&q.id) {
                return Err(format!(
                    "{}: the id must start with \"{OWN_PREFIX}\"",
                    name()
                ));
            }
            if !seen.insert(q.id.as_str()) {
                return Err(format!("{}: the id is used more than once", name()));
            }
            if q.text.trim().is_empty() {
                return Err(format!("{}: the text is empty", name()));
            }
        }
        Ok(self)
    }

    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| e.to_string())
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.sections.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&OwnQuestion> {
        self.questions.iter().find(|o| o.question.id == id)
    }

    /// Adds `q` or replaces the question with its id, with `section` if it is new.
    pub fn put(&mut self, q: Question, section: Option<Section>, now_ms: i64) {
        if let Some(s) = section
            && !self.sections.iter().any(|mine| mine.id == s.id)
        {
            self.sections.push(s);
        }
        let entry = OwnQuestion {
            question: q,
            modified_ms: now_ms,
        };
        match self
            .questions
            .iter_mut()
            .find(|o| o.question.id == entry.question.id)
        {
            Some(slot) => *slot = entry,
            None => self.questions.push(entry),
        }
        self.drop_unused_sections();
    }

    /// Removes a question; returns it and its place, for undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, OwnQuestion, Vec<Section>)> {
        let at = self.questions.iter().position(|o| o.question.id == id)?;
        let removed = self.questions.remove(at);
        let sections = self.sections.clone();
        self.drop_unused_sections();
        Some((at, removed, sections))
    }

    /// Puts back what [`OwnQuestions::remove`] returned.
    pub fn restore(&mut self, at: usize, entry: OwnQuestion, sections: Vec<Section>) {
        if self.get(&entry.question.id).is_some() {
            return;
        }
        for s in sections {
            if !self.sections.iter().any(|mine| mine.id == s.id) {
                self.sections.push(s);
            }
        }
        let at = at.min(self.questions.len());
        self.questions.insert(at, entry);
    }

    /// Merges another copy (an imported file): per id, the newer question wins.
    pub fn merge_from(&mut self, theirs: &OwnQuestions) {
        for s in &theirs.sections {
            if !self.sections.iter().any(|mine| mine.id == s.id) {
                self.sections.push(s.clone());
            }
        }
        for o in &theirs.questions {
            match self
                .questions
                .iter_mut()
                .find(|mine| mine.question.id == o.question.id)
            {
                Some(mine) if o.modified_ms > mine.modified_ms => *mine = o.clone(),
                Some(_) => {}
                None => self.questions.push(o.clone()),
            }
        }
    }

    fn drop_unused_sections(&mut self) {
        let used: HashSet<String> = self
            .questions
            .iter()
            .map(|o| o.question.section.clone())
            .collect();
        self.sections.retain(|s| used.contains(&s.id));
    }
}

/// The catalog with the user's questions: own sections after the built-in ones, own
/// questions after the built-in questions. An own question whose section is unknown goes
/// under [`OWN_SECTION_TITLE`]; one whose round type is unknown keeps no round type.
pub fn merge(base: &Catalog, own: &OwnQuestions) -> Catalog {
    let mut out = base.clone();
    if own.questions.is_empty() {
        return out;
    }
    for s in &own.sections {
        if out.section(&s.id).is_none() {
            out.sections.push(s.clone());
        }
    }
    let mut fallback = false;
    let known: HashSet<String> = out.sections.iter().map(|s| s.id.clone()).collect();
    let rounds: HashSet<&str> = base.round_types.iter().map(|r| r.id.as_str()).collect();
    for o in &own.questions {
        let mut q = o.question.clone();
        if !known.contains(&q.section) {
            q.section = OWN_SECTION_ID.to_string();
            fallback = true;
        }
        if q.round_type.as_deref().is_some_and(|r| !rounds.contains(r)) {
            q.round_type = None;
        }
        out.questions.push(q);
    }
    if fallback && out.section(OWN_SECTION_ID).is_none() {
        out.sections.push(Section {
            id: OWN_SECTION_ID.to_string(),
            title: OWN_SECTION_TITLE.to_string(),
            kind: OWN_SECTION_KIND.to_string(),
        });
    }
    out
}

/// Whether `id` names an own question.
pub fn is_own(id: &str) -> bool {
    id.starts_with(OWN_PREFIX)
}

/// A new id: the time and a random number in base 36, so two devices never pick the same.
pub fn new_id(now_ms: i64, random: u32) -> String {
    format!(
        "{OWN_PREFIX}{}-{}",
        base36(u64::try_from(now_ms).unwrap_or(0)),
        base36(u64::from(random))
    )
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Which section a question goes in, as the editor offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionChoice {
    Existing(String),
    New(String),
}

/// What the editor's form holds, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub text: String,
    pub section: SectionChoice,
    pub difficulty: String,
    pub company: String,
    pub year: String,
    pub round_type: String,
    pub answer_url: String,
    /// One key point per line.
    pub key_points: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            text: String::new(),
            section: SectionChoice::Existing(OWN_SECTION_ID.to_string()),
            difficulty: String::new(),
            company: String::new(),
            year: String::new(),
            round_type: String::new(),
            answer_url: String::new(),
            key_points: String::new(),
        }
    }
}

/// A field of the form and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

fn field_error(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

impl Draft {
    /// The form for an existing question.
    pub fn of(q: &Question) -> Draft {
        Draft {
            text: q.text.clone(),
            section: SectionChoice::Existing(q.section.clone()),
            difficulty: q
                .difficulty
                .map(|d| d.slug().to_string())
                .unwrap_or_default(),
            company: q.company.clone().unwrap_or_default(),
            year: q.year.map(|y| y.to_string()).unwrap_or_default(),
            round_type: q.round_type.clone().unwrap_or_default(),
            answer_url: q.answer_url.clone().unwrap_or_default(),
            key_points: q.key_points.join("\n"),
        }
    }

    /// The question the form describes (with `id`), and the section to create if it names a
    /// new one; or every field that is wrong.
    pub fn check(
        &self,
        id: &str,
        catalog: &Catalog,
        new_section_id: &str,
    ) -> Result<(Question, Option<Section>), Vec<FieldError>> {
        let mut errors = Vec::new();
        let text = self.text.trim();
        if text.is_empty() {
            errors.push(field_error("text", "Write the question."));
        } else if text.chars().count() > MAX_TEXT {
            errors.push(field_error(
                "text",
                format!("Keep the question under {MAX_TEXT} characters."),
            ));
        }
        let (section, new_section) = match &self.section {
            SectionChoice::Existing(id)
                if id == OWN_SECTION_ID || catalog.section(id).is_some() =>
            {
                (id.clone(), None)
            }
            SectionChoice::Existing(_) => {
                errors.push(field_error("section", "Choose a section."));
                (String::new(), None)
            }
            SectionChoice::New(title) => {
                let title = title.trim();
                if title.is_empty() {
                    errors.push(field_error("section", "Name the new section."));
                    (String::new(), None)
                } else if title.chars().count() > MAX_SHORT {
                    errors.push(field_error(
                        "section",
                        format!("Keep the section's name under {MAX_SHORT} characters."),
                    ));
                    (String::new(), None)
                } else if let Some(s) = catalog
                    .sections
                    .iter()
                    .find(|s| s.title.eq_ignore_ascii_case(title))
                {
                    (s.id.clone(), None)
                } else {
                    let s = Section {
                        id: new_section_id.to_string(),
                        title: title.to_string(),
                        kind: OWN_SECTION_KIND.to_string(),
                    };
                    (s.id.clone(), Some(s))
                }
            }
        };
        let difficulty = match self.difficulty.trim() {
            "" => None,
            d => match Difficulty::from_slug(d) {
                Some(d) => Some(d),
                None => {
                    errors.push(field_error("difficulty", "Choose easy, medium or hard."));
                    None
                }
            },
        };
        let company = optional(&self.company);
        if company
            .as_ref()
            .is_some_and(|c| c.chars().count() > MAX_SHORT)
        {
            errors.push(field_error(
                "company",
                format!("Keep the company under {MAX_SHORT} characters."),
            ));
        }
        let year = match self.year.trim() {
            "" => None,
            y => match y.parse::<u16>() {
                Ok(y) if (1990..=2100).contains(&y) => Some(y),
                _ => {
                    errors.push(field_error("year", "Write a year such as 2026."));
                    None
                }
            },
        };
        let round_type = optional(&self.round_type);
        if let Some(r) = &round_type
            && !catalog.round_types.iter().any(|t| &t.id == r)
        {
            errors.push(field_error(
                "round_type",
                "Choose a round type from the list.",
            ));
        }
        let answer_url = optional(&self.answer_url);
        if let Some(url) = &answer_url {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || url.len() > MAX_URL
                || url.chars().any(char::is_whitespace)
            {
                errors.push(field_error(
                    "answer_url",
                    "The answer link must be a web address starting with https://.",
                ));
            }
        }
        let key_points = split_points(&self.key_points);
        if key_points.len() > MAX_POINTS {
            errors.push(field_error(
                "key_points",
                format!("Keep to {MAX_POINTS} key points or fewer."),
            ));
        }
        if key_points.iter().any(|p| p.chars().count() > MAX_POINT) {
            errors.push(field_error(
                "key_points",
                format!("Keep each key point under {MAX_POINT} characters."),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok((
            Question {
                id: id.to_string(),
                text: text.to_string(),
                section,
                difficulty,
                answer_url,
                company,
                year,
                round_type,
                key_points,
                note: None,
            },
            new_section,
        ))
    }
}

fn optional(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Key points typed one per line; a leading "-", "*" or "•" is dropped.
pub fn split_points(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '•'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// A short summary for messages, e.g. "3 own questions".
pub fn count_text(n: usize) -> String {
    super::plural::count(n, "own question")
}
