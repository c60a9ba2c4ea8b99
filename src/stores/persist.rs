//! The one way stores persist: a [`PersistedDoc`] per stored key, and [`on_other_tab`] for
//! changes other tabs make.
//!
//! A store owns its reactive state and, after each change, calls `save` with the document's
//! text: the primitive writes it unless storage already holds exactly that text (so an
//! unchanged document, or one that came from another tab, is never written back). Writes go
//! through [`StorageStatus`], which retries failed ones, and holds back writes to a key whose
//! unreadable original could not be copied aside until the user has downloaded it.
//!
//! ```text
//!   open(key) ──read──▶ text ──decode──▶ store's signal
//!                        │ undecodable: backed up and reported (held if no backup)
//!   change ──▶ store.save() ──▶ doc.save(text) ──▶ StorageStatus::save ──▶ localStorage
//!   other tab ──storage event──▶ on_other_tab ──▶ doc.adopt(text) + store merges it
//! ```

use crate::platform::storage;
use crate::stores::status::StorageStatus;
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct PersistedDoc {
    key: &'static str,
    status: StorageStatus,
    /// The text last read from or written to storage under `key` ("" when none).
    synced: StoredValue<String>,
}

/// What [`PersistedDoc::open`] found under a key.
pub enum Opened<T> {
    /// Nothing is stored (or the browser refused to read, which is reported).
    Empty,
    /// The decoded document.
    Read(T),
    /// Text the decoder did not take; the caller may try another reader, then call
    /// [`PersistedDoc::unreadable`] if none takes it.
    Undecoded(String),
}

impl PersistedDoc {
    /// Reads `key` and decodes it with `decode` (`None`: not this decoder's format).
    pub fn open<T>(
        status: StorageStatus,
        key: &'static str,
        decode: impl FnOnce(&str) -> Option<T>,
    ) -> (PersistedDoc, Opened<T>) {
        let doc = PersistedDoc {
            key,
            status,
            synced: StoredValue::new(String::new()),
        };
        let opened = match storage::read(key) {
            Ok(Some(raw)) => {
                doc.synced.set_value(raw.clone());
                match decode(&raw) {
                    Some(value) => Opened::Read(value),
                    None => Opened::Undecoded(raw),
                }
            }
            Ok(None) => Opened::Empty,
            Err(e) => {
                status.read_failed(key, e);
                Opened::Empty
            }
        };
        (doc, opened)
    }

    /// Opens a document whose only reader is `decode`; what it refuses is reported as
    /// unreadable (named `what`, for the user) and kept aside.
    pub fn open_or_report<T>(
        status: StorageStatus,
        key: &'static str,
        what: &'static str,
        decode: impl FnOnce(&str) -> Result<T, String>,
    ) -> (PersistedDoc, Option<T>) {
        let mut why = String::new();
        let (doc, opened) =
            PersistedDoc::open(status, key, |text| decode(text).map_err(|e| why = e).ok());
        let value = match opened {
            Opened::Read(value) => Some(value),
            Opened::Empty => None,
            Opened::Undecoded(raw) => {
                doc.unreadable(what, raw, why);
                None
            }
        };
        (doc, value)
    }

    /// Reports `raw`, stored under this key, as unreadable: it is copied aside and the user
    /// told; if the copy fails, nothing is written here until the user has downloaded it.
    pub fn unreadable(self, what: &'static str, raw: String, why: String) {
        self.status.keep_unreadable(self.key, what, raw, why);
    }

    /// Writes `text` unless storage already holds it. Returns whether a write was made (or
    /// queued for a retry or a release).
    pub fn save(self, text: String) -> bool {
        if self.synced.with_value(|s| *s == text) {
            return false;
        }
        self.synced.set_value(text.clone());
        self.status.save(self.key, text);
        true
    }

    /// Removes the stored document.
    pub fn remove(self) {
        self.synced.set_value(String::new());
        self.status.remove(self.key);
    }

    /// Records `text` as what storage holds: another tab wrote it.
    pub fn adopt(self, text: String) {
        self.synced.set_value(text);
    }

    /// Whether storage holds something under this key that this tab read or wrote.
    pub fn is_stored(self) -> bool {
        self.synced.with_value(|s| !s.is_empty())
    }

    /// Whether the last write is done (not waiting for a retry or a release).
    pub fn is_saved(self) -> bool {
        self.status.is_saved(self.key)
    }

    pub fn key(self) -> &'static str {
        self.key
    }
}

/// Calls `changed(key, text)` whenever another tab of this site stores new text under one of
/// `keys` (removals are ignored: a store decides what an absent document means). The
/// listener lives as long as the calling owner.
pub fn on_other_tab(keys: Vec<&'static str>, changed: impl Fn(&'static str, String) + 'static) {
    let handle = window_event_listener(ev::storage, move |e| {
        let Some(key) = e
            .key()
            .and_then(|k| keys.iter().copied().find(|&mine| mine == k))
        else {
            return;
        };
        if let Some(text) = e.new_value() {
            changed(key, text);
        }
    });
    on_cleanup(move || handle.remove());
}
