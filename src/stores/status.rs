//! What went wrong with storage, for the banner: documents that could not be read (and where
//! their original bytes were kept), and writes that are failing (retried until they succeed).
//! It also holds back writes to a key whose unreadable original could not be copied aside,
//! until the user has downloaded it.

use crate::platform::storage::{self, StorageError};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// How often failed writes are tried again.
const RETRY_MS: u64 = 10_000;

/// A stored document that could not be read when the app started.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadProblem {
    /// Where it is stored.
    pub key: &'static str,
    /// What the user would call it, e.g. "progress".
    pub what: &'static str,
    /// Why it could not be read.
    pub message: String,
    /// Where the original bytes were copied, if that worked. When it did not, nothing is
    /// written to `key` until [`StorageStatus::release`].
    pub backup_key: Option<String>,
    /// The original bytes, kept in memory so they can be downloaded even if the copy failed.
    pub raw: String,
}

/// A write waiting for a retry or a release: new text, or removal.
type Pending = Option<String>;

#[derive(Clone, Copy)]
pub struct StorageStatus {
    pub problems: RwSignal<Vec<LoadProblem>>,
    /// Keys whose latest write failed, with the reason.
    pub write_errors: RwSignal<BTreeMap<&'static str, StorageError>>,
    /// The latest write for each key that failed or is held, done on the next retry (or
    /// release).
    pending: StoredValue<BTreeMap<&'static str, Pending>>,
    /// Keys whose unreadable original exists only there: never written until released.
    held: StoredValue<Vec<&'static str>>,
}

impl StorageStatus {
    pub fn provide() -> StorageStatus {
        let status = StorageStatus {
            problems: RwSignal::new(Vec::new()),
            write_errors: RwSignal::new(BTreeMap::new()),
            pending: StoredValue::new(BTreeMap::new()),
            held: StoredValue::new(Vec::new()),
        };
        if let Ok(handle) = set_interval_with_handle(
            move || status.retry(),
            std::time::Duration::from_millis(RETRY_MS),
        ) {
            on_cleanup(move || handle.clear());
        }
        provide_context(status);
        status
    }

    /// Writes `value` under `key`; on failure keeps it for a retry and reports the error.
    /// A held key keeps it until released.
    pub fn save(self, key: &'static str, value: String) {
        self.apply(key, Some(value));
    }

    /// Removes `key`; a failure is reported like a failed write.
    pub fn remove(self, key: &'static str) {
        self.apply(key, None);
    }

    fn apply(self, key: &'static str, op: Pending) {
        if self.is_held(key) {
            self.pending.update_value(|p| {
                p.insert(key, op);
            });
            return;
        }
        let outcome = match &op {
            Some(value) => storage::write(key, value),
            None => storage::remove(key),
        };
        match outcome {
            Ok(()) => self.succeeded(key),
            Err(e) => {
                self.pending.update_value(|p| {
                    p.insert(key, op);
                });
                if self.write_errors.with_untracked(|m| m.get(key) != Some(&e)) {
                    self.write_errors.update(|m| {
                        m.insert(key, e);
                    });
                }
            }
        }
    }

    /// True when no write to `key` is waiting for a retry or a release.
    pub fn is_saved(self, key: &str) -> bool {
        self.pending.with_value(|p| !p.contains_key(key))
    }

    /// True while writes to `key` are held back (see [`StorageStatus::keep_unreadable`]).
    pub fn is_held(self, key: &str) -> bool {
        self.held.with_value(|h| h.contains(&key))
    }

    /// Holds back every write to `key`: its original must not be overwritten yet.
    pub fn hold(self, key: &'static str) {
        self.held.update_value(|h| {
            if !h.contains(&key) {
                h.push(key);
            }
        });
    }

    /// Lets writes to `key` through again (the user has the original), and does the latest
    /// one held back.
    pub fn release(self, key: &'static str) {
        self.held.update_value(|h| h.retain(|k| *k != key));
        if let Some(op) = self.pending.try_update_value(|p| p.remove(key)).flatten() {
            self.apply(key, op);
        }
    }

    fn succeeded(self, key: &'static str) {
        self.pending.update_value(|p| {
            p.remove(key);
        });
        if self.write_errors.with_untracked(|m| m.contains_key(key)) {
            self.write_errors.update(|m| {
                m.remove(key);
            });
        }
    }

    /// Tries every failed write again (held ones stay held).
    pub fn retry(self) {
        let pending = self.pending.get_value();
        for (key, op) in pending {
            if !self.is_held(key) {
                self.apply(key, op);
            }
        }
    }

    pub fn report(self, problem: LoadProblem) {
        self.problems.update(|p| p.push(problem));
    }

    /// Records a document that could not be read: copies its bytes to a backup key and tells
    /// the user. When even the copy fails, writes to `key` are held until the user has
    /// downloaded the original ([`StorageStatus::release`]).
    pub fn keep_unreadable(self, key: &'static str, what: &'static str, raw: String, why: String) {
        let backup = storage::back_up(key, &raw).ok();
        if backup.is_none() {
            self.hold(key);
        }
        self.report(LoadProblem {
            key,
            what,
            message: why,
            backup_key: backup,
            raw,
        });
    }

    /// Records that `key` could not be read at all (the browser refused).
    pub fn read_failed(self, key: &'static str, e: StorageError) {
        self.write_errors.update(|m| {
            m.insert(key, e);
        });
    }
}

pub fn use_storage_status() -> StorageStatus {
    expect_context::<StorageStatus>()
}
