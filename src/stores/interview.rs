//! The mock interview in progress and the history of past interviews. Each is one stored
//! document ([`PersistedDoc`]), loaded the first time a page asks for the store (so the first
//! load of the app carries none of this) and saved by the method that changes it; a change
//! made in another tab is adopted. An unreadable document is backed up and reported, never a
//! crash, and is not overwritten unless the backup worked or the user downloaded it.

use crate::domain::history::{History, InterviewSummary};
use crate::domain::interview::{Interview, Phase};
use crate::domain::report::report;
use crate::platform::clock::now_ms;
use crate::platform::storage::{HISTORY_KEY, INTERVIEW_KEY};
use crate::stores::at_root;
use crate::stores::persist::{PersistedDoc, on_other_tab};
use crate::stores::status::{StorageStatus, use_storage_status};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct InterviewStore {
    /// The current interview: in progress, or the last one finished (its report). Changed
    /// only through this store's methods, which save it.
    pub current: RwSignal<Option<Interview>>,
    /// One summary per past interview, newest first. Changed only through this store's
    /// methods, which save it.
    pub history: RwSignal<History>,
    current_doc: PersistedDoc,
    history_doc: PersistedDoc,
}

impl InterviewStore {
    fn create(status: StorageStatus) -> InterviewStore {
        let (current_doc, current) =
            PersistedDoc::open_or_report(status, INTERVIEW_KEY, "mock interview", |t| {
                Interview::from_json(t).map_err(|e| e.to_string())
            });
        let (history_doc, history) =
            PersistedDoc::open_or_report(status, HISTORY_KEY, "interview history", |t| {
                History::from_json(t).map_err(|e| e.to_string())
            });
        let store = InterviewStore {
            current: RwSignal::new(current),
            history: RwSignal::new(history.unwrap_or_default()),
            current_doc,
            history_doc,
        };
        on_other_tab(vec![INTERVIEW_KEY, HISTORY_KEY], move |key, text| {
            if key == INTERVIEW_KEY
                && let Ok(iv) = Interview::from_json(&text)
            {
                store.current_doc.adopt(text);
                store.current.set(Some(iv));
            } else if key == HISTORY_KEY
                && let Ok(h) = History::from_json(&text)
            {
                store.history_doc.adopt(text);
                store.history.set(h);
            }
        });
        provide_context(store);
        store
    }

    /// Saves the current interview (when there is one).
    fn save_current(self) {
        if let Some(text) = self
            .current
            .with_untracked(|c| c.as_ref().and_then(|iv| iv.to_json().ok()))
        {
            self.current_doc.save(text);
        }
    }

    /// Saves the history.
    fn save_history(self) {
        if let Ok(text) = self.history.with_untracked(History::to_json) {
            self.history_doc.save(text);
        }
    }

    /// Changes the history and saves it.
    pub fn update_history(self, change: impl FnOnce(&mut History)) {
        self.history.update(change);
        self.save_history();
    }

    /// Changes the current interview (if any) and saves it.
    pub fn update_current(self, change: impl FnOnce(&mut Interview)) {
        self.current.update(|c| {
            if let Some(iv) = c.as_mut() {
                change(iv);
            }
        });
        self.save_current();
    }

    /// Replaces the current interview with `iv` (already built and started).
    pub fn begin(self, iv: Interview) {
        self.current.set(Some(iv));
        self.save_current();
    }

    /// Applies a transition to the current interview, stamped with the current time. An
    /// interview that reaches its report is added to the history.
    pub fn act(
        self,
        change: impl FnOnce(&mut Interview, i64) -> Result<(), crate::domain::interview::InterviewError>,
    ) -> Result<(), String> {
        let now = now_ms();
        let outcome = self.current.try_update(|c| match c.as_mut() {
            Some(iv) => change(iv, now).map_err(|e| e.to_string()),
            None => Err("there is no interview in progress".to_string()),
        });
        let outcome = outcome.unwrap_or_else(|| Err("the interview is closed".into()));
        if outcome.is_ok() {
            self.save_current();
            self.record_if_finished();
        }
        outcome
    }

    /// Saves the scratchpad of the question in hand.
    pub fn set_scratchpad(self, text: &str) {
        self.update_current(|iv| {
            // Refused only when no question is in hand, when there is nothing to keep.
            let _ = iv.set_scratchpad(text);
        });
    }

    /// Removes a past interview from the history and returns it, for an undo.
    pub fn delete_from_history(self, id: &str) -> Option<InterviewSummary> {
        let entry = self.history.with_untracked(|h| h.get(id).cloned())?;
        self.update_history(|h| {
            h.delete(id);
        });
        Some(entry)
    }

    /// Puts back an entry removed by [`InterviewStore::delete_from_history`].
    pub fn restore_to_history(self, entry: InterviewSummary) {
        self.update_history(|h| h.add(entry));
    }

    fn record_if_finished(self) {
        let summary = self.current.with_untracked(|c| {
            let iv = c.as_ref().filter(|iv| iv.phase() == Phase::Report)?;
            let r = report(iv).ok()?;
            InterviewSummary::from_report(iv, &r)
        });
        if let Some(s) = summary
            && self.history.with_untracked(|h| h.get(&s.id) != Some(&s))
        {
            self.update_history(|h| h.add(s));
        }
    }
}

/// The store, created (and its documents read) on the first call.
pub fn use_interview() -> InterviewStore {
    use_context::<InterviewStore>()
        .unwrap_or_else(|| at_root(|| InterviewStore::create(use_storage_status())))
}
