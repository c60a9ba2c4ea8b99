//! The mock interview in progress and the history of past interviews. Each is one stored
//! document, loaded the first time a page asks for the store (so the first load of the app
//! carries none of this) and saved by its own `Effect` after every change; a change made in
//! another tab is adopted. An unreadable document is backed up and reported, never
//! a crash, and is not overwritten unless the backup worked.

use crate::clock::now_ms;
use crate::domain::history::{History, InterviewSummary};
use crate::domain::interview::{Interview, Phase};
use crate::domain::report::report;
use crate::storage::{self, HISTORY_KEY, INTERVIEW_KEY};
use crate::stores::status::{StorageStatus, use_storage_status};
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct InterviewStore {
    /// The current interview: in progress, or the last one finished (its report).
    pub current: RwSignal<Option<Interview>>,
    /// One summary per past interview, newest first.
    pub history: RwSignal<History>,
    current_doc: SyncState,
    history_doc: SyncState,
}

/// What a document's `Effect` needs to avoid rewriting unchanged text and to protect an
/// unreadable original.
#[derive(Clone, Copy)]
struct SyncState {
    /// The text last read from or written to storage.
    synced: StoredValue<String>,
    /// False when the stored document could not be read nor backed up.
    can_save: StoredValue<bool>,
}

impl SyncState {
    fn new(can_save: bool) -> SyncState {
        SyncState {
            synced: StoredValue::new(String::new()),
            can_save: StoredValue::new(can_save),
        }
    }
}

/// Where the store is created on first use: the app's root, so that it lives for the whole
/// session whichever page created it.
#[derive(Clone)]
struct StoreHome(Owner);

impl InterviewStore {
    /// Lets pages create the store when they first need it (see [`use_interview`]).
    pub fn provide_on_first_use() {
        if let Some(owner) = Owner::current() {
            provide_context(StoreHome(owner));
        }
    }

    fn create(status: StorageStatus) -> InterviewStore {
        let (current, current_ok) = load(status, INTERVIEW_KEY, "mock interview", |t| {
            Interview::from_json(t).map_err(|e| e.to_string())
        });
        let (history, history_ok) = load(status, HISTORY_KEY, "interview history", |t| {
            History::from_json(t).map_err(|e| e.to_string())
        });
        let store = InterviewStore {
            current: RwSignal::new(current),
            history: RwSignal::new(history.unwrap_or_default()),
            current_doc: SyncState::new(current_ok),
            history_doc: SyncState::new(history_ok),
        };
        persist(
            status,
            INTERVIEW_KEY,
            store.current,
            store.current_doc,
            |c| c.as_ref().and_then(|iv| iv.to_json().ok()),
        );
        persist(status, HISTORY_KEY, store.history, store.history_doc, |h| {
            h.to_json().ok()
        });
        let handle = window_event_listener(ev::storage, move |e| {
            let (Some(key), Some(text)) = (e.key(), e.new_value()) else {
                return;
            };
            if key == INTERVIEW_KEY
                && let Ok(iv) = Interview::from_json(&text)
            {
                store.current_doc.synced.set_value(text);
                store.current.set(Some(iv));
            } else if key == HISTORY_KEY
                && let Ok(h) = History::from_json(&text)
            {
                store.history_doc.synced.set_value(text);
                store.history.set(h);
            }
        });
        on_cleanup(move || handle.remove());
        provide_context(store);
        store
    }

    /// Replaces the current interview with `iv` (already built and started).
    pub fn begin(self, iv: Interview) {
        self.current.set(Some(iv));
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
            self.record_if_finished();
        }
        outcome
    }

    /// Saves the scratchpad of the question in hand.
    pub fn set_scratchpad(self, text: &str) {
        self.current.update(|c| {
            if let Some(iv) = c.as_mut() {
                let _ = iv.set_scratchpad(text);
            }
        });
    }

    /// Removes a past interview from the history and returns it, for an undo.
    pub fn delete_from_history(self, id: &str) -> Option<InterviewSummary> {
        let entry = self.history.with_untracked(|h| h.get(id).cloned())?;
        self.history.update(|h| {
            h.delete(id);
        });
        Some(entry)
    }

    /// Puts back an entry removed by [`InterviewStore::delete_from_history`].
    pub fn restore_to_history(self, entry: InterviewSummary) {
        self.history.update(|h| h.add(entry));
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
            self.history.update(|h| h.add(s));
        }
    }
}

/// Reads `key` and parses it. Returns the document (if any) and whether it may be
/// overwritten: false only when it could not be read and its backup failed.
fn load<T>(
    status: StorageStatus,
    key: &'static str,
    what: &'static str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> (Option<T>, bool) {
    match storage::read(key) {
        Ok(None) => (None, true),
        Ok(Some(raw)) => match parse(&raw) {
            Ok(doc) => (Some(doc), true),
            Err(why) => (None, status.keep_unreadable(key, what, raw, why)),
        },
        Err(e) => {
            status.write_errors.update(|m| {
                m.insert(key, e);
            });
            (None, true)
        }
    }
}

/// One `Effect` that writes the document whenever its text changes.
fn persist<T: Send + Sync + 'static>(
    status: StorageStatus,
    key: &'static str,
    signal: RwSignal<T>,
    sync: SyncState,
    to_json: fn(&T) -> Option<String>,
) {
    if let Some(text) = signal.with_untracked(to_json) {
        sync.synced.set_value(text);
    }
    Effect::new(move |_| {
        let Some(text) = signal.with(to_json) else {
            return;
        };
        if text == sync.synced.get_value() || !sync.can_save.get_value() {
            return;
        }
        sync.synced.set_value(text.clone());
        status.save(key, text);
    });
}

/// The store, created (and its documents read) on the first call.
pub fn use_interview() -> InterviewStore {
    if let Some(store) = use_context::<InterviewStore>() {
        return store;
    }
    let status = use_storage_status();
    match use_context::<StoreHome>() {
        Some(StoreHome(root)) => root.with(|| InterviewStore::create(status)),
        None => InterviewStore::create(status),
    }
}
