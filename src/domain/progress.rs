//! Per-question user progress: status, bookmark, notes, ratings and the review schedule.
//!
//! Every change takes `now_ms` (epoch milliseconds) and bumps the entry's `modified_ms`,
//! which is what [`merge`] uses to pick a winner per question (last writer wins).

use super::schedule::{self, ReviewState};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

mod merge;

pub(crate) use merge::incoming_wins;
pub use merge::{merge, merge_all};

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

    pub fn from_slug(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.slug() == s)
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

    /// Rebuilds every review state from its rating history with the current scheduler
    /// (for states written by an earlier one). Ratings, counts and every other field are
    /// kept; a question queued but never rated keeps its state.
    pub fn rebuild_schedules(&mut self) {
        for q in self.questions.values_mut() {
            if let Some(state) = schedule::replay(&q.ratings) {
                q.review = Some(state);
            }
        }
    }

    /// Records a self-rating, reschedules the question and updates its status:
    ///
    /// - `New` becomes `Practicing` on any rating;
    /// - two passes in a row (Good or Easy, this one and the previous) make it `Confident`;
    /// - `Again` on a `Confident` question moves it back to `Practicing`;
    /// - otherwise the status stays as it is (a status the user set by hand is kept).
    pub fn rate(&mut self, id: &str, rating: Rating, now_ms: i64) {
        self.rate_with(id, rating, now_ms, schedule::REQUEST_RETENTION);
    }

    /// [`Progress::rate`] for a desired retention (see [`schedule::next_states_with`]).
    pub fn rate_with(&mut self, id: &str, rating: Rating, now_ms: i64, retention: f64) {
        let q = self.entry(id);
        let previous_pass = q.ratings.last().is_some_and(|e| e.rating.is_pass());
        q.ratings.push(RatingEvent {
            rating,
            at_ms: now_ms,
        });
        q.review =
            Some(schedule::next_states_with(q.review.as_ref(), now_ms, retention)[rating.index()]);
        q.status = match (q.status, rating) {
            (_, r) if r.is_pass() && previous_pass => Status::Confident,
            (Status::Confident, Rating::Again) => Status::Practicing,
            (Status::New, _) => Status::Practicing,
            (s, _) => s,
        };
        q.touch(now_ms);
    }

    /// Puts an entry back as it was before a change (`None`: there was none), to undo it.
    /// The entry is stamped now, so the undo wins over the change in every merge.
    pub fn restore(&mut self, id: &str, before: Option<QuestionProgress>, now_ms: i64) {
        let q = self.entry(id);
        let stamp = q.modified_ms;
        *q = before.unwrap_or_default();
        q.modified_ms = stamp;
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
