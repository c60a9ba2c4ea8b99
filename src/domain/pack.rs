//! Packs: a list and the user's own questions in it, as one versioned JSON file to give to
//! another device or person (format: docs/PACK-FORMAT.md). Reading never trusts the file;
//! importing shows what would change first, and importing the same pack twice changes
//! nothing. Pure data, no browser.

use super::catalog::{Catalog, Question, is_slug};
use super::lists::{List, Lists, MAX_NAME};
use super::own_questions::{
    MAX_POINT, MAX_POINTS, MAX_SHORT, MAX_TEXT, MAX_URL, OWN_PREFIX, OwnQuestion, OwnQuestions,
    is_own,
};
use super::progress::Progress;
use super::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The `format` field that marks a file as a pack.
pub const PACK_FORMAT: &str = "ml-interview-prep-pack";
pub const PACK_VERSION: u32 = 1;
/// Larger files are refused before they are parsed.
pub const MAX_PACK_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_PACK_QUESTIONS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub format: String,
    pub version: u32,
    /// The list's name.
    pub name: String,
    /// The list's id where it was made: importing again updates that list.
    pub list_id: String,
    /// Every question of the list, in order: built-in ones by id, own ones by id too.
    pub questions: Vec<String>,
    /// The own questions of the list, whole, and the sections they use.
    #[serde(default)]
    pub own: OwnQuestions,
    /// The maker's progress on the list's questions, only when they chose to include it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
}

/// A pack of `list`, with the own questions it holds.
pub fn pack_of(list: &List, own: &OwnQuestions) -> Pack {
    let ids: HashSet<&str> = list.questions.iter().map(String::as_str).collect();
    let questions: Vec<OwnQuestion> = own
        .questions
        .iter()
        .filter(|o| ids.contains(o.question.id.as_str()))
        .cloned()
        .collect();
    let used: HashSet<&str> = questions
        .iter()
        .map(|o| o.question.section.as_str())
        .collect();
    Pack {
        format: PACK_FORMAT.to_string(),
        version: PACK_VERSION,
        name: list.name.clone(),
        list_id: list.id.clone(),
        questions: list.questions.clone(),
        own: OwnQuestions {
            sections: own
                .sections
                .iter()
                .filter(|s| used.contains(s.id.as_str()))
                .cloned()
                .collect(),
            questions,
            ..OwnQuestions::default()
        },
        progress: None,
    }
}

impl Pack {
    /// The pack with `progress` on its questions (status, bookmark, notes, ratings and
    /// schedule), for moving a list to one's own other device.
    pub fn with_progress(self, progress: &Progress) -> Pack {
        let carried: Progress = Progress {
            questions: self
                .questions
                .iter()
                .filter_map(|id| progress.get(id).map(|p| (id.clone(), p.clone())))
                .collect(),
            ..Progress::default()
        };
        Pack {
            progress: Some(carried),
            ..self
        }
    }

    /// How many of the pack's progress entries are newer than `mine` (what taking them
    /// would change).
    pub fn newer_progress(&self, mine: &Progress) -> usize {
        self.progress.as_ref().map_or(0, |theirs| {
            theirs
                .questions
                .iter()
                .filter(|(id, t)| {
                    mine.get(id)
                        .is_none_or(|m| t.modified_ms > m.modified_ms && m != *t)
                })
                .count()
        })
    }

    /// How many questions the pack carries progress on.
    pub fn progress_count(&self) -> usize {
        self.progress.as_ref().map_or(0, |p| p.questions.len())
    }

    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string_pretty(self).map_err(|e| e.to_string())
    }

    /// A file name such as `meta-onsite.pack.json`.
    pub fn file_name(&self) -> String {
        format!("{}.pack.json", slug(&self.name))
    }
}

/// A list's name for a file name: lowercase ASCII letters and digits, dashes between.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "list".to_string()
    } else {
        out.to_string()
    }
}

/// Reads a pack from untrusted bytes: a clear message naming the field or question, never a
/// panic.
pub fn parse_pack(bytes: &[u8]) -> Result<Pack, String> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(format!(
            "the file is {:.1} MB; a pack may be at most {} MB",
            bytes.len() as f64 / 1_048_576.0,
            MAX_PACK_BYTES / 1_048_576
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not text (invalid UTF-8 at byte {})",
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "the file is not valid JSON (line {}, column {}: {e})",
            e.line(),
            e.column()
        )
    })?;
    let Some(doc) = value.as_object() else {
        return Err("the file is JSON but not a pack".to_string());
    };
    match doc.get("format").and_then(|f| f.as_str()) {
        Some(PACK_FORMAT) => {}
        Some(other) => {
            return Err(format!(
                "this is not a pack of this app (its \"format\" is {})",
                Quoted(other)
            ));
        }
        None => return Err("this is not a pack of this app (it has no \"format\" field)".into()),
    }
    match doc.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(PACK_VERSION) => {
            return Err(format!(
                "the pack has format version {v}, newer than this app reads ({PACK_VERSION}); update the app to import it"
            ));
        }
        Some(_) => {}
        None => return Err("the pack's \"version\" field is missing or not a number".into()),
    }
    let pack: Pack =
        serde_json::from_value(value).map_err(|e| format!("the pack is damaged: {e}"))?;
    check(pack)
}

fn check(pack: Pack) -> Result<Pack, String> {
    let name = pack.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(format!(
            "the pack's \"name\" must be 1 to {MAX_NAME} characters"
        ));
    }
    if pack.list_id.is_empty() || pack.list_id.len() > 100 {
        return Err("the pack's \"list_id\" is missing or too long".to_string());
    }
    if pack.questions.len() > MAX_PACK_QUESTIONS {
        return Err(format!(
            "the pack lists {} questions; at most {MAX_PACK_QUESTIONS} are read",
            pack.questions.len()
        ));
    }
    let mut seen = HashSet::new();
    for (i, id) in pack.questions.iter().enumerate() {
        if !is_slug(id) || id.len() > 200 {
            return Err(format!(
                "\"questions\" item {}: {} is not a question id",
                i + 1,
                Quoted(id)
            ));
        }
        if !seen.insert(id.as_str()) {
            return Err(format!(
                "\"questions\" item {}: {} is listed twice",
                i + 1,
                Quoted(id)
            ));
        }
    }
    let own = pack
        .own
        .clone()
        .checked()
        .map_err(|e| format!("the pack's \"own\" questions: {e}"))?;
    for o in &own.questions {
        check_question(&o.question)
            .map_err(|e| format!("own question {}: {e}", Quoted(&o.question.id)))?;
        if !seen.contains(o.question.id.as_str()) {
            return Err(format!(
                "own question {} is not in the pack's \"questions\"",
                Quoted(&o.question.id)
            ));
        }
    }
    if let Some(p) = &pack.progress
        && let Some(id) = p.questions.keys().find(|id| !seen.contains(id.as_str()))
    {
        return Err(format!(
            "\"progress\" is given for {}, which is not in the pack's \"questions\"",
            Quoted(id)
        ));
    }
    for s in &own.sections {
        if s.title.trim().is_empty() || s.title.chars().count() > MAX_SHORT {
            return Err(format!(
                "section {}: its title must be 1 to {MAX_SHORT} characters",
                Quoted(&s.id)
            ));
        }
    }
    Ok(Pack { own, ..pack })
}

/// The limits the editor keeps, for a question that did not come through the editor.
fn check_question(q: &Question) -> Result<(), String> {
    let long = |s: &str, max: usize| s.chars().count() > max;
    if long(&q.text, MAX_TEXT) {
        return Err(format!("its text is longer than {MAX_TEXT} characters"));
    }
    if q.company.as_deref().is_some_and(|c| long(c, MAX_SHORT)) {
        return Err(format!("its company is longer than {MAX_SHORT} characters"));
    }
    if let Some(url) = &q.answer_url {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) || url.len() > MAX_URL {
            return Err("its answer link is not a web address".to_string());
        }
    }
    if q.key_points.len() > MAX_POINTS || q.key_points.iter().any(|p| long(p, MAX_POINT)) {
        return Err(format!(
            "it has more than {MAX_POINTS} key points or one longer than {MAX_POINT} characters"
        ));
    }
    if q.year.is_some_and(|y| !(1990..=2100).contains(&y)) {
        return Err("its year is out of range".to_string());
    }
    Ok(())
}

/// What happens to one own question of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Not here: added.
    New,
    /// Here, the same: nothing to do.
    Unchanged,
    /// Here, different, and the pack's copy is newer: taken unless the user keeps theirs.
    Updated,
    /// Here, different, and this device's copy is as new or newer: kept unless the user
    /// takes the pack's.
    Conflict,
}

/// What importing a pack would do.
#[derive(Debug, Clone, PartialEq)]
pub struct PackPreview {
    /// Per own question of the pack, in its order.
    pub own: Vec<(String, Change)>,
    /// Built-in questions of the pack this catalog has.
    pub known: usize,
    /// Built-in question ids this catalog does not have (left out of the list).
    pub unknown: Vec<String>,
    /// The list already here (same id), if any.
    pub list_exists: bool,
    /// Whether the list here would change.
    pub list_changes: bool,
}

impl PackPreview {
    pub fn count(&self, change: Change) -> usize {
        self.own.iter().filter(|(_, c)| *c == change).count()
    }

    /// True when importing would change nothing (the pack was imported before).
    pub fn nothing_to_do(&self) -> bool {
        !self.list_changes
            && self
                .own
                .iter()
                .all(|(_, c)| matches!(c, Change::Unchanged | Change::Conflict))
    }
}

pub fn preview(pack: &Pack, catalog: &Catalog, own: &OwnQuestions, lists: &Lists) -> PackPreview {
    let mine: HashMap<&str, &OwnQuestion> = own
        .questions
        .iter()
        .map(|o| (o.question.id.as_str(), o))
        .collect();
    let changes = pack
        .own
        .questions
        .iter()
        .map(|theirs| {
            let change = match mine.get(theirs.question.id.as_str()) {
                None => Change::New,
                Some(m) if m.question == theirs.question => Change::Unchanged,
                Some(m) if theirs.modified_ms > m.modified_ms => Change::Updated,
                Some(_) => Change::Conflict,
            };
            (theirs.question.id.clone(), change)
        })
        .collect();
    let (known, unknown): (Vec<&String>, Vec<&String>) = pack
        .questions
        .iter()
        .filter(|id| !is_own(id))
        .partition(|id| catalog.question(id).is_some());
    let order = list_order(pack, catalog);
    let here = lists.get(&pack.list_id);
    PackPreview {
        own: changes,
        known: known.len(),
        unknown: unknown.into_iter().cloned().collect(),
        list_exists: here.is_some(),
        list_changes: here.is_none_or(|l| l.questions != order || l.name != pack.name.trim()),
    }
}

/// The list's questions as this device will hold them: the pack's order, without built-in
/// ids this catalog lacks.
fn list_order(pack: &Pack, catalog: &Catalog) -> Vec<String> {
    pack.questions
        .iter()
        .filter(|id| is_own(id) || catalog.question(id).is_some())
        .cloned()
        .collect()
}

/// Imports `pack`: own questions by the preview's choice (`take`: ids whose pack copy
/// replaces this device's; new ones are always added), and the list made or updated in the
/// pack's order. Another list with the pack's name gets a number after it.
pub fn apply(
    pack: &Pack,
    catalog: &Catalog,
    own: &mut OwnQuestions,
    lists: &mut Lists,
    take: &HashSet<String>,
    now_ms: i64,
) {
    for s in &pack.own.sections {
        if !own.sections.iter().any(|m| m.id == s.id) && s.id.starts_with(OWN_PREFIX) {
            own.sections.push(s.clone());
        }
    }
    for theirs in &pack.own.questions {
        match own
            .questions
            .iter_mut()
            .find(|m| m.question.id == theirs.question.id)
        {
            None => own.questions.push(theirs.clone()),
            Some(m) if take.contains(&theirs.question.id) && m.question != theirs.question => {
                *m = theirs.clone();
            }
            Some(_) => {}
        }
    }
    let order = list_order(pack, catalog);
    let name = pack.name.trim().to_string();
    match lists.lists.iter_mut().find(|l| l.id == pack.list_id) {
        Some(l) => {
            if l.questions != order || l.name != name {
                l.questions = order;
                l.name = name;
                l.modified_ms = now_ms;
            }
        }
        None => {
            let mut unique = name.clone();
            let mut n = 2;
            while lists
                .lists
                .iter()
                .any(|l| l.name.eq_ignore_ascii_case(&unique))
            {
                unique = format!("{name} ({n})");
                n += 1;
            }
            lists.create(pack.list_id.clone(), unique, now_ms);
            lists.add(&pack.list_id, &order, now_ms);
        }
    }
}
