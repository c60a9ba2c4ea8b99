//! The user's progress: loaded once at start, saved after every change, merged with changes
//! made in other tabs of the same browser.

use crate::clock::now_ms;
use crate::domain::progress::{Progress, merge};
use crate::domain::store_doc::{load, to_stored_json};
use crate::storage::{self, PROGRESS_KEY};
use crate::stores::status::StorageStatus;
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub progress: RwSignal<Progress>,
    /// The text last read from or written to storage, so an unchanged state is not rewritten
    /// and a change that came from another tab is not echoed back.
    synced: StoredValue<String>,
    /// False when the stored document could not be read and not even backed up:
    /// it must not be overwritten until the user has downloaded it.
    can_save: StoredValue<bool>,
    /// Whether this session already asked for persistent storage.
    persist_asked: StoredValue<bool>,
}

impl ProgressStore {
    pub fn provide(status: StorageStatus) -> ProgressStore {
        let (initial, can_save) = load_initial(status);
        let store = ProgressStore {
            progress: RwSignal::new(initial),
            synced: StoredValue::new(String::new()),
            can_save: StoredValue::new(can_save),
            persist_asked: StoredValue::new(false),
        };
        if let Ok(text) = store.progress.with_untracked(to_stored_json) {
            store.synced.set_value(text);
        }
        Effect::new(move |_| {
            let text = match store.progress.with(to_stored_json) {
                Ok(t) => t,
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    return;
                }
            };
            if text == store.synced.get_value() || !store.can_save.get_value() {
                return;
            }
            store.synced.set_value(text.clone());
            status.save(PROGRESS_KEY, text);
            // Once the user has something worth keeping, ask the browser (once) not to evict
            // it when space runs low. The Data page explains the answer.
            if !store.persist_asked.get_value() {
                store.persist_asked.set_value(true);
                leptos::task::spawn_local(async {
                    let _ = storage::persistence().await;
                });
            }
        });
        let handle = window_event_listener(ev::storage, move |e| {
            if e.key().as_deref() != Some(PROGRESS_KEY) {
                return;
            }
            let Some(text) = e.new_value() else {
                return;
            };
            if let Ok(theirs) = load(&text) {
                store.synced.set_value(text);
                let merged = store.progress.with_untracked(|mine| merge(mine, &theirs));
                store.progress.set(merged);
            }
        });
        on_cleanup(move || handle.remove());
        provide_context(store);
        store
    }

    /// Applies a change stamped with the current time.
    pub fn update(self, change: impl FnOnce(&mut Progress, i64)) {
        let now = now_ms();
        self.progress.update(|p| change(p, now));
    }

    /// Allows saving again after the user has been offered the unreadable original.
    pub fn allow_saving(self) {
        self.can_save.set_value(true);
        self.progress.update(|_| {});
    }
}

fn load_initial(status: StorageStatus) -> (Progress, bool) {
    match storage::read(PROGRESS_KEY) {
        Ok(None) => (Progress::default(), true),
        Ok(Some(raw)) => match load(&raw) {
            Ok(p) => (p, true),
            Err(e) => {
                let backed_up =
                    status.keep_unreadable(PROGRESS_KEY, "progress", raw, e.to_string());
                (Progress::default(), backed_up)
            }
        },
        Err(e) => {
            status.write_errors.update(|m| {
                m.insert(PROGRESS_KEY, e);
            });
            (Progress::default(), true)
        }
    }
}

pub fn use_progress() -> ProgressStore {
    expect_context::<ProgressStore>()
}
