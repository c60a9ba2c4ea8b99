//! Named lists of questions ("Meta onsite", "weak spots"): any questions, built-in or own, in
//! the user's order. Pure data, no browser.

use super::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The stored document's format version.
pub const LISTS_VERSION: u32 = 1;
pub const MAX_NAME: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct List {
    pub id: String,
    pub name: String,
    /// Question ids, in the user's order, without repeats.
    pub questions: Vec<String>,
    pub modified_ms: i64,
}

impl List {
    pub fn contains(&self, id: &str) -> bool {
        self.questions.iter().any(|q| q == id)
    }
}

/// The stored document (`mlip.lists`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lists {
    pub version: u32,
    #[serde(default)]
    pub lists: Vec<List>,
}

impl Default for Lists {
    fn default() -> Self {
        Lists {
            version: LISTS_VERSION,
            lists: Vec::new(),
        }
    }
}

/// A deleted list and where it was, for undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedList {
    pub at: usize,
    pub list: List,
}

/// Checks a list's name: trimmed, not empty, not too long, not another list's.
pub fn check_name(lists: &Lists, name: &str, except: Option<&str>) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Name the list.".to_string());
    }
    if name.chars().count() > MAX_NAME {
        return Err(format!("Keep the name under {MAX_NAME} characters."));
    }
    if lists
        .lists
        .iter()
        .any(|l| Some(l.id.as_str()) != except && l.name.eq_ignore_ascii_case(name))
    {
        return Err(format!("There is already a list named {}.", Quoted(name)));
    }
    Ok(name.to_string())
}

impl Lists {
    pub fn from_json(text: &str) -> Result<Lists, String> {
        serde_json::from_str::<Lists>(text)
            .map_err(|e| e.to_string())?
            .checked()
    }

    pub fn from_value(value: serde_json::Value) -> Result<Lists, String> {
        serde_json::from_value::<Lists>(value)
            .map_err(|e| e.to_string())?
            .checked()
    }

    fn checked(self) -> Result<Lists, String> {
        let doc = self;
        if doc.version > LISTS_VERSION {
            return Err(format!(
                "lists of format version {} come from a newer version of the app",
                doc.version
            ));
        }
        let mut seen = HashSet::new();
        for l in &doc.lists {
            if l.id.is_empty() || !seen.insert(l.id.as_str()) {
                return Err(format!("list {} has a bad or repeated id", Quoted(&l.name)));
            }
        }
        Ok(doc)
    }

    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| e.to_string())
    }

    pub fn get(&self, id: &str) -> Option<&List> {
        self.lists.iter().find(|l| l.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut List> {
        self.lists.iter_mut().find(|l| l.id == id)
    }

    /// Adds an empty list (the name already checked by [`check_name`]).
    pub fn create(&mut self, id: String, name: String, now_ms: i64) {
        self.lists.push(List {
            id,
            name,
            questions: Vec::new(),
            modified_ms: now_ms,
        });
    }

    pub fn rename(&mut self, id: &str, name: String, now_ms: i64) {
        if let Some(l) = self.get_mut(id) {
            l.name = name;
            l.modified_ms = now_ms;
        }
    }

    pub fn delete(&mut self, id: &str) -> Option<DeletedList> {
        let at = self.lists.iter().position(|l| l.id == id)?;
        Some(DeletedList {
            at,
            list: self.lists.remove(at),
        })
    }

    pub fn restore(&mut self, d: DeletedList) {
        if self.get(&d.list.id).is_none() {
            let at = d.at.min(self.lists.len());
            self.lists.insert(at, d.list);
        }
    }

    /// Adds questions to the end of a list, skipping those already in it; returns how many
    /// were added.
    pub fn add(&mut self, id: &str, questions: &[String], now_ms: i64) -> usize {
        let Some(l) = self.get_mut(id) else {
            return 0;
        };
        let before = l.questions.len();
        for q in questions {
            if !l.contains(q) {
                l.questions.push(q.clone());
            }
        }
        let added = l.questions.len() - before;
        if added > 0 {
            l.modified_ms = now_ms;
        }
        added
    }

    pub fn remove(&mut self, id: &str, question: &str, now_ms: i64) {
        if let Some(l) = self.get_mut(id) {
            l.questions.retain(|q| q != question);
            l.modified_ms = now_ms;
        }
    }

    /// Moves a question up (`by` < 0) or down within its list.
    pub fn shift(&mut self, id: &str, question: &str, by: isize, now_ms: i64) {
        let Some(l) = self.get_mut(id) else {
            return;
        };
        let Some(from) = l.questions.iter().position(|q| q == question) else {
            return;
        };
        let to = from
            .saturating_add_signed(by)
            .min(l.questions.len().saturating_sub(1));
        if to != from {
            let q = l.questions.remove(from);
            l.questions.insert(to, q);
            l.modified_ms = now_ms;
        }
    }

    /// The lists holding `question`.
    pub fn holding<'a>(&'a self, question: &'a str) -> impl Iterator<Item = &'a List> + 'a {
        self.lists.iter().filter(move |l| l.contains(question))
    }

    /// Merges another copy (an imported file): per list id, the newer list wins.
    pub fn merge_from(&mut self, theirs: &Lists) {
        for l in &theirs.lists {
            match self.get_mut(&l.id) {
                Some(mine) if l.modified_ms > mine.modified_ms => *mine = l.clone(),
                Some(_) => {}
                None => self.lists.push(l.clone()),
            }
        }
    }
}

/// "3 questions", "1 question".
pub fn questions_text(n: usize) -> String {
    super::plural::count(n, "question")
}

/// A practice session over one list (Today with `?list=`): every question of the list that
/// still exists, those due for review first (soonest due first), then those never rated in
/// the list's order, then the rest ahead of their schedule (soonest due first).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSession {
    pub due: Vec<String>,
    pub new: Vec<String>,
    pub ahead: Vec<String>,
}

impl ListSession {
    pub fn of(
        list: &List,
        progress: &super::progress::Progress,
        now_ms: i64,
        exists: impl Fn(&str) -> bool,
    ) -> ListSession {
        let mut due = Vec::new();
        let mut ahead = Vec::new();
        let mut new = Vec::new();
        for id in list.questions.iter().filter(|id| exists(id)) {
            match progress.get(id).and_then(|p| p.review.as_ref()) {
                Some(r) if r.due_ms <= now_ms => due.push((r.due_ms, id.clone())),
                Some(r) => ahead.push((r.due_ms, id.clone())),
                None => new.push(id.clone()),
            }
        }
        // Stable sorts: questions due at the same moment keep the list's order.
        due.sort_by_key(|(at, _)| *at);
        ahead.sort_by_key(|(at, _)| *at);
        ListSession {
            due: due.into_iter().map(|(_, id)| id).collect(),
            new,
            ahead: ahead.into_iter().map(|(_, id)| id).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.due.len() + self.new.len() + self.ahead.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// "List “Meta onsite”: 5 questions: 2 due for review, 1 new, 2 ahead of schedule."
    pub fn describe(&self, name: &str) -> String {
        let mut parts = Vec::new();
        if !self.due.is_empty() {
            parts.push(format!("{} due for review", self.due.len()));
        }
        if !self.new.is_empty() {
            parts.push(format!("{} new", self.new.len()));
        }
        if !self.ahead.is_empty() {
            parts.push(format!("{} ahead of schedule", self.ahead.len()));
        }
        let mut s = format!("List {}: {}", Quoted(name), questions_text(self.len()));
        if !parts.is_empty() {
            s.push_str(": ");
            s.push_str(&parts.join(", "));
        }
        s.push('.');
        s
    }
}
