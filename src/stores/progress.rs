//! The user's progress: loaded once at start, saved after every change (only the parts that
//! changed, see [`crate::domain::store_doc::SHARDS`]), merged with changes made in other tabs
//! of the same browser. Each part is a [`PersistedDoc`].
//!
//! Documents as this version writes them are read at once. Any other (an older version, or
//! one with a problem) goes through the full reader, which the route-split build fetches
//! only when needed ([`crate::split::later::read_progress`]); until it is done, changes are
//! queued, not saved.

use crate::domain::progress::{Progress, merge_all};
use crate::domain::store_doc::{load_current, to_stored_shards};
use crate::platform::clock::now_ms;
use crate::platform::storage::{self, LEGACY_PROGRESS_KEY, PROGRESS_KEYS};
use crate::stores::persist::{Opened, PersistedDoc, on_other_tab};
use crate::stores::status::{LoadProblem, StorageStatus};
use leptos::prelude::LocalStorage;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub progress: RwSignal<Progress>,
    /// The stored parts, in the order of [`PROGRESS_KEYS`].
    parts: StoredValue<Vec<PersistedDoc>>,
    /// The old single document, while it still holds progress: removed once every part is
    /// stored.
    legacy: StoredValue<Option<PersistedDoc>>,
    /// Changes made while stored documents are still being read by the full reader, with
    /// their times (`None` once reading is done): applied in order afterwards, so that what
    /// is read later never overrides them.
    queued: StoredValue<Option<Vec<Queued>>, LocalStorage>,
    /// Whether this session already asked for persistent storage.
    persist_asked: StoredValue<bool>,
}

type Queued = (Box<dyn FnOnce(&mut Progress, i64)>, i64);

impl ProgressStore {
    pub fn provide(status: StorageStatus) -> ProgressStore {
        let empty_part = to_stored_shards(&Progress::default());
        let mut read = Vec::new();
        let mut unread = Vec::new();
        let mut parts = Vec::new();
        for (i, &key) in PROGRESS_KEYS.iter().enumerate() {
            let (doc, opened) = PersistedDoc::open(status, key, load_current);
            match opened {
                Opened::Read(p) => read.push(p),
                Opened::Undecoded(raw) => unread.push((doc, raw)),
                // An absent part counts as an empty one: nothing is written until there is
                // something to keep in it.
                Opened::Empty => doc.adopt(empty_part.get(i).cloned().unwrap_or_default()),
            }
            parts.push(doc);
        }
        let (legacy, opened) = PersistedDoc::open(status, LEGACY_PROGRESS_KEY, load_current);
        match opened {
            Opened::Read(p) => read.push(p),
            Opened::Undecoded(raw) => unread.push((legacy, raw)),
            Opened::Empty => {}
        }
        let reading = !unread.is_empty();
        let store = ProgressStore {
            progress: RwSignal::new(merge_all(read)),
            parts: StoredValue::new(parts),
            legacy: StoredValue::new(legacy.is_stored().then_some(legacy)),
            queued: StoredValue::new_local(reading.then(Vec::new)),
            persist_asked: StoredValue::new(false),
        };
        if reading {
            leptos::task::spawn_local(read_the_rest(store, status, unread));
        }
        let keys = PROGRESS_KEYS.iter().copied().chain([LEGACY_PROGRESS_KEY]);
        on_other_tab(keys.collect(), move |key, text| match load_current(&text) {
            Some(theirs) => store.take_from_other_tab(key, text, theirs),
            // Another version of the app wrote it: read it with the full reader.
            None => leptos::task::spawn_local(async move {
                if let Ok(mut read) = crate::split::later::read_progress(vec![text.clone()]).await
                    && let Some(Ok(theirs)) = read.pop()
                {
                    store.take_from_other_tab(key, text, theirs);
                }
            }),
        });
        provide_context(store);
        store
    }

    /// Merges in what another tab stored (`text`, read as `theirs`) under `key`.
    fn take_from_other_tab(self, key: &str, text: String, theirs: Progress) {
        if let Some(doc) = self
            .parts
            .with_value(|p| p.iter().copied().find(|d| d.key() == key))
        {
            doc.adopt(text);
        }
        self.update(move |mine, _| mine.absorb(theirs));
    }

    /// Applies a change stamped with the current time and saves it (once stored progress is
    /// read; until then it is queued).
    pub fn update(self, change: impl FnOnce(&mut Progress, i64) + 'static) {
        let now = now_ms();
        if self.queued.with_value(Option::is_some) {
            self.queued.update_value(|q| {
                if let Some(q) = q {
                    q.push((Box::new(change), now));
                }
            });
            return;
        }
        self.progress.update(|p| change(p, now));
        self.save();
    }

    /// Writes every part that differs from what storage holds; once all are stored, the old
    /// single document goes.
    pub fn save(self) {
        let texts = self.progress.with_untracked(to_stored_shards);
        let parts = self.parts.get_value();
        let mut wrote = false;
        for (doc, text) in parts.iter().zip(texts) {
            wrote |= doc.save(text);
        }
        if let Some(legacy) = self.legacy.get_value()
            && parts.iter().all(|d| d.is_saved())
        {
            self.legacy.set_value(None);
            legacy.remove();
        }
        // Once the user has something worth keeping, ask the browser (once) not to evict
        // it when space runs low. The Data page explains the answer.
        if wrote && !self.persist_asked.get_value() {
            self.persist_asked.set_value(true);
            leptos::task::spawn_local(async {
                // Only the asking matters here; the Data page reads the answer.
                storage::persistence().await;
            });
        }
    }
}

/// Reads the documents the fast reader did not take and merges them in; a document that
/// cannot be read is backed up and reported. Changes made meanwhile are applied on top and
/// saved; if there were none, nothing is written.
async fn read_the_rest(
    store: ProgressStore,
    status: StorageStatus,
    unread: Vec<(PersistedDoc, String)>,
) {
    let texts = unread.iter().map(|(_, raw)| raw.clone()).collect();
    let mut found = Vec::new();
    match crate::split::later::read_progress(texts).await {
        Ok(results) => {
            for ((doc, raw), result) in unread.into_iter().zip(results) {
                match result {
                    Ok(progress) => found.push(progress),
                    Err(why) => doc.unreadable("progress", raw, why),
                }
            }
        }
        // Not a problem with the documents: leave them as they are, unwritten.
        Err(why) => {
            for (doc, raw) in unread {
                status.hold(doc.key());
                status.report(LoadProblem {
                    key: doc.key(),
                    what: "progress",
                    message: why.clone(),
                    backup_key: None,
                    raw,
                });
            }
        }
    }
    let queued = store
        .queued
        .try_update_value(Option::take)
        .flatten()
        .unwrap_or_default();
    let changed = !queued.is_empty();
    store.progress.update(|p| {
        p.absorb(merge_all(found));
        for (change, at) in queued {
            change(p, at);
        }
    });
    if changed {
        store.save();
    }
}

pub fn use_progress() -> ProgressStore {
    expect_context::<ProgressStore>()
}
