//! Per-question user progress: status, bookmark, notes, ratings and the review schedule.
//!
//! Every change takes `now_ms` (epoch milliseconds) and bumps the entry's `modified_ms`,
//! which is what [`merge`] uses to pick a winner per question (last writer wins).

use super::schedule::{self, ReviewState};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// How well the user says they know a question.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    New,
    Practicing,
    Confident,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::New, Status::Practicing, Status::Confident];

    /// The value used in URLs and stored documents.
    pub fn slug(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Practicing => "practicing",
            Status::Confident => "confident",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::New => "New",
            Status::Practicing => "Practicing",
            Status::Confident => "Confident",
        }
    }
}

/// How an answer went, as in Anki/FSRS: Again (forgot), Hard, Good, Easy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Again,
    Hard,
    Good,
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// Position in [`Rating::ALL`] (Again = 0 .. Easy = 3).
    pub fn index(self) -> usize {
        match self {
            Rating::Again => 0,
            Rating::Hard => 1,
            Rating::Good => 2,
            Rating::Easy => 3,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    /// Good or Easy: the answer was recalled well.
    pub fn is_pass(self) -> bool {
        matches!(self, Rating::Good | Rating::Easy)
    }
}

/// One self-rating, with when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RatingEvent {
    pub rating: Rating,
    pub at_ms: i64,
}

/// Everything the user has recorded about one question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionProgress {
    pub status: Status,
    pub bookmarked: bool,
    pub notes: String,
    /// Every rating, oldest first.
    pub ratings: Vec<RatingEvent>,
    /// The spaced-repetition schedule; `None` until the first rating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewState>,
    /// When this entry last changed (epoch ms). Decides merges.
    pub modified_ms: i64,
}

impl QuestionProgress {
    /// Marks the entry changed at `now_ms`. The stamp never goes backwards, so a later
    /// edit on this device beats an earlier one even if the clock was set back.
    fn touch(&mut self, now_ms: i64) {
        self.modified_ms = now_ms.max(self.modified_ms.saturating_add(1));
    }

    /// Total order used by [`merge`]: newer `modified_ms` first, then the serialized
    /// JSON as a deterministic tie-break.
    fn merge_order(&self, other: &QuestionProgress) -> Ordering {
        self.modified_ms.cmp(&other.modified_ms).then_with(|| {
            let a = serde_json::to_string(self).unwrap_or_default();
            let b = serde_json::to_string(other).unwrap_or_default();
            a.cmp(&b)
        })
    }
}

/// Counts of questions by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub new: usize,
    pub practicing: usize,
    pub confident: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: Status) {
        match status {
            Status::New => self.new += 1,
            Status::Practicing => self.practicing += 1,
            Status::Confident => self.confident += 1,
        }
    }

    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::New => self.new,
            Status::Practicing => self.practicing,
            Status::Confident => self.confident,
        }
    }

    pub fn total(&self) -> usize {
        self.new + self.practicing + self.confident
    }
}

/// The user's progress over all questions, keyed by question id.
/// Serialized (in export files) as a plain JSON object `{ "<question id>": { ... } }`.
///
/// `cleared_ms` records the latest reset, if any: everything changed at or before it was
/// deliberately deleted, so a merge drops such entries instead of bringing them back (e.g.
/// from another open tab). Every entry is newer than it. It is kept in storage, not in
/// export files.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Progress {
    pub questions: BTreeMap<String, QuestionProgress>,
    #[serde(skip)]
    pub cleared_ms: Option<i64>,
}

impl Progress {
    /// Deletes everything, for this device and, through merges, for every copy that is
    /// older than now (other tabs).
    pub fn clear(&mut self, now_ms: i64) {
        let newest = self.questions.values().map(|q| q.modified_ms);
        let previous = self.cleared_ms.into_iter();
        self.cleared_ms = Some(newest.chain(previous).fold(now_ms, i64::max));
        self.questions.clear();
    }

    /// Makes this progress exactly `other`'s entries, as a change made now: everything here
    /// is cleared, and `other`'s entries are stamped just after that, so merges keep them
    /// and drop what was here. Used by "replace" imports and by undoing a reset.
    pub fn replace_with(&mut self, other: &Progress, now_ms: i64) {
        self.clear(now_ms);
        let stamp = self.cleared_ms.unwrap_or(now_ms).saturating_add(1);
        self.questions = other.questions.clone();
        for q in self.questions.values_mut() {
            q.modified_ms = stamp;
        }
    }

    /// Drops entries the reset at `cleared_ms` deleted (see [`Progress::clear`]).
    pub fn drop_cleared(&mut self) {
        if let Some(cleared) = self.cleared_ms {
            self.questions.retain(|_, q| q.modified_ms > cleared);
        }
    }

    pub fn get(&self, id: &str) -> Option<&QuestionProgress> {
        self.questions.get(id)
    }

    /// The question's status; questions never touched are `New`.
    pub fn status(&self, id: &str) -> Status {
        self.get(id).map(|q| q.status).unwrap_or_default()
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.get(id).is_some_and(|q| q.bookmarked)
    }

    /// The entry for `id`, created if missing. A new entry starts at `cleared_ms`, so its
    /// first change is stamped after the last reset even if the clock was set back.
    fn entry(&mut self, id: &str) -> &mut QuestionProgress {
        let cleared = self.cleared_ms.unwrap_or_default();
        self.questions
            .entry(id.to_string())
            .or_insert_with(|| QuestionProgress {
                modified_ms: cleared,
                ..QuestionProgress::default()
            })
    }

    /// Sets the status. Setting the status it already has changes nothing.
    pub fn set_status(&mut self, id: &str, status: Status, now_ms: i64) {
        if self.get(id).is_some_and(|q| q.status == status) {
            return;
        }
        let q = self.entry(id);
        q.status = status;
        q.touch(now_ms);
    }

    /// Flips the bookmark and returns the new value.
    pub fn toggle_bookmark(&mut self, id: &str, now_ms: i64) -> bool {
        let q = self.entry(id);
        q.bookmarked = !q.bookmarked;
        q.touch(now_ms);
        q.bookmarked
    }

    /// Replaces the notes. Saving identical text changes nothing.
    pub fn set_notes(&mut self, id: &str, notes: &str, now_ms: i64) {
        if self.get(id).is_some_and(|q| q.notes == notes) {
            return;
        }
        let q = self.entry(id);
        q.notes = notes.to_string();
        q.touch(now_ms);
    }

    /// Records a self-rating, reschedules the question and updates its status:
    ///
    /// - `New` becomes `Practicing` on any rating;
    /// - two passes in a row (Good or Easy, this one and the previous) make it `Confident`;
    /// - `Again` on a `Confident` question moves it back to `Practicing`;
    /// - otherwise the status stays as it is (a status the user set by hand is kept).
    pub fn rate(&mut self, id: &str, rating: Rating, now_ms: i64) {
        let q = self.entry(id);
        let previous_pass = q.ratings.last().is_some_and(|e| e.rating.is_pass());
        q.ratings.push(RatingEvent {
            rating,
            at_ms: now_ms,
        });
        q.review = Some(schedule::review(q.review.as_ref(), rating, now_ms));
        q.status = match (q.status, rating) {
            (_, r) if r.is_pass() && previous_pass => Status::Confident,
            (Status::Confident, Rating::Again) => Status::Practicing,
            (Status::New, _) => Status::Practicing,
            (s, _) => s,
        };
        q.touch(now_ms);
    }

    /// Puts questions in the review queue: each becomes due at `now_ms` (one already due
    /// keeps its earlier date). No rating is recorded and the status is left alone; a
    /// question never reviewed gets a [`schedule::queued`] state, so its first rating
    /// schedules it like any first review. Returns how many entries changed.
    pub fn queue_for_review<S: AsRef<str>>(&mut self, ids: &[S], now_ms: i64) -> usize {
        let mut changed = 0;
        for id in ids {
            let q = self.entry(id.as_ref());
            match q.review.as_mut() {
                Some(r) if r.due_ms <= now_ms => continue,
                Some(r) => r.due_ms = now_ms,
                None => q.review = Some(schedule::queued(now_ms)),
            }
            q.touch(now_ms);
            changed += 1;
        }
        changed
    }

    /// Ids of questions whose review is due at `now_ms`, most overdue first
    /// (ties by id). Questions never rated have no schedule and are not listed.
    pub fn due(&self, now_ms: i64) -> Vec<String> {
        let mut due: Vec<(i64, &String)> = self
            .questions
            .iter()
            .filter_map(|(id, q)| q.review.as_ref().map(|r| (r.due_ms, id)))
            .filter(|(due_ms, _)| *due_ms <= now_ms)
            .collect();
        due.sort();
        due.into_iter().map(|(_, id)| id.clone()).collect()
    }

    /// Counts of the tracked entries by status (questions without an entry are not seen;
    /// see `stats::status_counts` for counts over the whole catalog).
    pub fn counts_by_status(&self) -> StatusCounts {
        let mut counts = StatusCounts::default();
        for q in self.questions.values() {
            counts.add(q.status);
        }
        counts
    }

    /// Ids of bookmarked questions, in id order.
    pub fn bookmarked_ids(&self) -> Vec<&str> {
        self.questions
            .iter()
            .filter(|(_, q)| q.bookmarked)
            .map(|(id, _)| id.as_str())
            .collect()
    }
}

/// Combines two progress records (e.g. this device's and an imported file).
///
/// Per question the entry with the larger `modified_ms` wins whole; on a tie the one whose
/// JSON sorts last wins. That is a total order on entries, so merge is commutative,
/// associative and idempotent.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    let mut out = a.clone();
    out.cleared_ms = a.cleared_ms.max(b.cleared_ms);
    for (id, theirs) in &b.questions {
        match out.questions.get_mut(id) {
            Some(ours) => {
                if theirs.merge_order(ours) == Ordering::Greater {
                    *ours = theirs.clone();
                }
            }
            None => {
                out.questions.insert(id.clone(), theirs.clone());
            }
        }
    }
    out.drop_cleared();
    out
}

impl Progress {
    /// Merges `other` into `self` in place, by the same rule as [`merge`], without copying.
    pub fn absorb(&mut self, other: Progress) {
        let cleared = self.cleared_ms.max(other.cleared_ms);
        self.absorb_entries(other);
        self.cleared_ms = cleared;
        self.drop_cleared();
    }

    fn absorb_entries(&mut self, other: Progress) {
        if self.questions.is_empty() {
            self.questions = other.questions;
        } else if other.questions.len() * 8 < self.questions.len() {
            // A few entries into many (e.g. a change from another tab): insert them.
            for (id, theirs) in other.questions {
                match self.questions.get_mut(&id) {
                    Some(ours) if theirs.merge_order(ours) != Ordering::Greater => {}
                    Some(ours) => *ours = theirs,
                    None => {
                        self.questions.insert(id, theirs);
                    }
                }
            }
        } else {
            // Comparable sizes (e.g. the stored parts at start-up): one pass over both
            // sorted lists, and the map is built once from the sorted result.
            let ours = std::mem::take(&mut self.questions).into_iter();
            let mut merged = Vec::with_capacity(ours.len() + other.questions.len());
            let mut ours = ours.peekable();
            let mut theirs = other.questions.into_iter().peekable();
            loop {
                let order = match (ours.peek(), theirs.peek()) {
                    (Some(a), Some(b)) => a.0.cmp(&b.0),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => break,
                };
                let next = match order {
                    Ordering::Less => ours.next(),
                    Ordering::Greater => theirs.next(),
                    Ordering::Equal => match (ours.next(), theirs.next()) {
                        (Some(a), Some(b)) if b.1.merge_order(&a.1) == Ordering::Greater => Some(b),
                        (a, _) => a,
                    },
                };
                merged.extend(next);
            }
            self.questions = merged.into_iter().collect();
        }
    }
}

/// Merges many records at once, by the same rule as [`merge`]: e.g. the stored parts at
/// start-up. One sort over all entries instead of a merge per part.
pub fn merge_all(parts: Vec<Progress>) -> Progress {
    let cleared_ms = parts.iter().map(|p| p.cleared_ms).max().flatten();
    let mut all: Vec<(String, QuestionProgress)> =
        parts.into_iter().flat_map(|p| p.questions).collect();
    // Stable, and the parts are sorted runs, so this is close to one linear pass.
    all.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<(String, QuestionProgress)> = Vec::with_capacity(all.len());
    for (id, q) in all {
        match out.last_mut() {
            Some(last) if last.0 == id => {
                if q.merge_order(&last.1) == Ordering::Greater {
                    last.1 = q;
                }
            }
            _ => out.push((id, q)),
        }
    }
    let mut merged = Progress {
        questions: out.into_iter().collect(),
        cleared_ms,
    };
    merged.drop_cleared();
    merged
}

/// True when merging `incoming` into `current` would replace `current`.
pub(crate) fn incoming_wins(current: &QuestionProgress, incoming: &QuestionProgress) -> bool {
    incoming.merge_order(current) == Ordering::Greater
}
