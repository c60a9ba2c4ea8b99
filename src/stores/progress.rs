//! The user's progress: loaded once at start, saved after every change (only the parts that
//! changed, see [`crate::domain::store_doc::SHARDS`]), merged with changes made in other tabs of the same browser.
//!
//! Documents as this version writes them are read at once. Any other (an older version, or
//! one with a problem) goes through the full reader, which the route-split build fetches
//! only when needed ([`crate::later::read_progress`]); nothing is saved until it is done.

use crate::clock::now_ms;
use crate::domain::progress::{Progress, merge_all};
use crate::domain::store_doc::{load_current, to_stored_shards};
use crate::storage::{self, LEGACY_PROGRESS_KEY, PROGRESS_KEYS};
use crate::stores::status::{LoadProblem, StorageStatus};
use leptos::ev;
use leptos::prelude::LocalStorage;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub progress: RwSignal<Progress>,
    /// Per part, the text last read from or written to storage, so an unchanged part is not
    /// rewritten and a change that came from another tab is not echoed back.
    synced: StoredValue<Vec<String>>,
    /// False when a stored document could not be read and not even backed up:
    /// it must not be overwritten until the user has downloaded it.
    can_save: StoredValue<bool>,
    /// Whether this session already asked for persistent storage.
    persist_asked: StoredValue<bool>,
    /// Whether progress is still also stored in the old single document.
    legacy_stored: StoredValue<bool>,
    /// True while stored documents are still being read by the full reader.
    reading: StoredValue<bool>,
    /// Changes made while `reading`, with their times: applied in order once the documents
    /// are read, so that what is read later never overrides them.
    queued: StoredValue<Vec<Queued>, LocalStorage>,
    /// Set to skip saving once: the change is what was read, not something new.
    skip_save: StoredValue<bool>,
}

type Queued = (Box<dyn FnOnce(&mut Progress, i64)>, i64);

impl ProgressStore {
    pub fn provide(status: StorageStatus) -> ProgressStore {
        let loaded = load_initial(status);
        let reading = !loaded.unread.is_empty();
        let store = ProgressStore {
            progress: RwSignal::new(loaded.progress),
            synced: StoredValue::new(loaded.on_disk),
            can_save: StoredValue::new(loaded.can_save),
            persist_asked: StoredValue::new(false),
            legacy_stored: StoredValue::new(loaded.legacy_stored),
            reading: StoredValue::new(reading),
            queued: StoredValue::new_local(Vec::new()),
            skip_save: StoredValue::new(false),
        };
        if reading {
            leptos::task::spawn_local(read_the_rest(store, status, loaded.unread));
        }
        // Runs after every change. Nothing is written at start: a document that could not be
        // read stays in place (and keeps being reported) until the user saves something. The
        // first save writes every part that differs from what storage holds, which also
        // moves progress out of the old single document.
        Effect::new(move |started: Option<()>| {
            if started.is_none() {
                store.progress.track();
                return;
            }
            // Serialize only when something may be written (this is the costly part).
            store.progress.track();
            if store.skip_save.get_value() {
                store.skip_save.set_value(false);
                return;
            }
            if !store.can_save.get_value() {
                return;
            }
            let parts = store.progress.with_untracked(to_stored_shards);
            let mut wrote = false;
            for (i, text) in parts.into_iter().enumerate() {
                if store.synced.with_value(|s| s.get(i) == Some(&text)) {
                    continue;
                }
                store.synced.update_value(|s| {
                    if let Some(slot) = s.get_mut(i) {
                        slot.clone_from(&text);
                    }
                });
                status.save(PROGRESS_KEYS[i], text);
                wrote = true;
            }
            // The old single document goes once every part is safely stored.
            if store.legacy_stored.get_value() && PROGRESS_KEYS.iter().all(|k| status.is_saved(k)) {
                store.legacy_stored.set_value(false);
                status.remove(LEGACY_PROGRESS_KEY);
            }
            // Once the user has something worth keeping, ask the browser (once) not to evict
            // it when space runs low. The Data page explains the answer.
            if wrote && !store.persist_asked.get_value() {
                store.persist_asked.set_value(true);
                leptos::task::spawn_local(async {
                    let _ = storage::persistence().await;
                });
            }
        });
        let handle = window_event_listener(ev::storage, move |e| {
            let key = e.key();
            let part = PROGRESS_KEYS
                .iter()
                .position(|k| key.as_deref() == Some(*k));
            if part.is_none() && key.as_deref() != Some(LEGACY_PROGRESS_KEY) {
                return;
            }
            let Some(text) = e.new_value() else {
                return;
            };
            match load_current(&text) {
                Some(theirs) => store.take_from_other_tab(part, text, theirs),
                // Another version of the app wrote it: read it with the full reader.
                None => leptos::task::spawn_local(async move {
                    if let Ok(mut read) = crate::later::read_progress(vec![text.clone()]).await
                        && let Some(Ok(theirs)) = read.pop()
                    {
                        store.take_from_other_tab(part, text, theirs);
                    }
                }),
            }
        });
        on_cleanup(move || handle.remove());
        provide_context(store);
        store
    }

    /// Merges in what another tab stored (`text`, read as `theirs`) in `part`.
    fn take_from_other_tab(self, part: Option<usize>, text: String, theirs: Progress) {
        if let Some(i) = part {
            self.synced.update_value(|s| {
                if let Some(slot) = s.get_mut(i) {
                    *slot = text;
                }
            });
        }
        self.update(move |mine, _| mine.absorb(theirs));
    }

    /// Applies a change stamped with the current time (once stored progress is read).
    pub fn update(self, change: impl FnOnce(&mut Progress, i64) + 'static) {
        let now = now_ms();
        if self.reading.get_value() {
            self.queued
                .update_value(|q| q.push((Box::new(change), now)));
        } else {
            self.progress.update(|p| change(p, now));
        }
    }

    /// Allows saving again after the user has been offered the unreadable original.
    pub fn allow_saving(self) {
        self.can_save.set_value(true);
        self.progress.update(|_| {});
    }
}

/// What start-up found in storage.
struct Loaded {
    progress: Progress,
    /// Per part, the text stored for it (an absent part counts as an empty document, so
    /// nothing is written until there is something to keep).
    on_disk: Vec<String>,
    can_save: bool,
    legacy_stored: bool,
    /// Documents the fast reader did not take, with their keys, for the full reader.
    unread: Vec<(&'static str, String)>,
}

/// Reads the documents the fast reader did not take and merges them in; a document that
/// cannot be read is backed up and reported. Saving resumes afterwards (unless a document
/// could not even be backed up), without writing at once unless the user changed something
/// meanwhile.
async fn read_the_rest(
    store: ProgressStore,
    status: StorageStatus,
    unread: Vec<(&'static str, String)>,
) {
    let texts = unread.iter().map(|(_, raw)| raw.clone()).collect();
    let outcome = crate::later::read_progress(texts).await;
    let mut can_save = store.can_save.get_value();
    let mut found = Vec::new();
    match outcome {
        Ok(results) => {
            for ((key, raw), result) in unread.into_iter().zip(results) {
                match result {
                    Ok(progress) => found.push(progress),
                    Err(why) => can_save &= status.keep_unreadable(key, "progress", raw, why),
                }
            }
        }
        Err(why) => {
            // Not a problem with the documents: leave them as they are and save nothing.
            can_save = false;
            if let Some((_, raw)) = unread.into_iter().next() {
                status.report(LoadProblem {
                    what: "progress",
                    message: why,
                    backup_key: None,
                    raw,
                });
            }
        }
    }
    let queued = store
        .queued
        .try_update_value(std::mem::take)
        .unwrap_or_default();
    store.can_save.set_value(can_save);
    store.reading.set_value(false);
    // Nothing new to save unless the user changed something meanwhile.
    store.skip_save.set_value(queued.is_empty());
    store.progress.update(|p| {
        p.absorb(merge_all(found));
        for (change, at) in queued {
            change(p, at);
        }
    });
}

/// Reads every part and the old single document, merging them (per question the newest
/// entry wins). A document that cannot be read is backed up and reported; the others load.
fn load_initial(status: StorageStatus) -> Loaded {
    let mut loaded = Loaded {
        progress: Progress::default(),
        on_disk: to_stored_shards(&Progress::default()),
        can_save: true,
        legacy_stored: false,
        unread: Vec::new(),
    };
    let mut parts = Vec::new();
    // The parts, in order, then the old single document.
    for (i, &key) in PROGRESS_KEYS
        .iter()
        .chain([&LEGACY_PROGRESS_KEY])
        .enumerate()
    {
        let raw = match storage::read(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(e) => {
                status.write_errors.update(|m| {
                    m.insert(key, e);
                });
                continue;
            }
        };
        match load_current(&raw) {
            Some(part) => parts.push(part),
            None => loaded.unread.push((key, raw.clone())),
        }
        match loaded.on_disk.get_mut(i) {
            Some(slot) => *slot = raw,
            None => loaded.legacy_stored = true,
        }
    }
    loaded.progress = merge_all(parts);
    loaded
}

pub fn use_progress() -> ProgressStore {
    expect_context::<ProgressStore>()
}
