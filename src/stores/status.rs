//! What went wrong with storage, for the banner: documents that could not be read (and where
//! their original bytes were kept), and writes that are failing (retried until they succeed).

use crate::storage::{self, StorageError};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// How often failed writes are tried again.
const RETRY_MS: u64 = 10_000;

/// A stored document that could not be read when the app started.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadProblem {
    /// What the user would call it, e.g. "progress".
    pub what: &'static str,
    /// Why it could not be read.
    pub message: String,
    /// Where the original bytes were copied, if that worked.
    pub backup_key: Option<String>,
    /// The original bytes, kept in memory so they can be downloaded even if the copy failed.
    pub raw: String,
}

#[derive(Clone, Copy)]
pub struct StorageStatus {
    pub problems: RwSignal<Vec<LoadProblem>>,
    /// Keys whose latest write failed, with the reason.
    pub write_errors: RwSignal<BTreeMap<&'static str, StorageError>>,
    /// The latest value for each failing key, written again on the next retry.
    pending: StoredValue<BTreeMap<&'static str, String>>,
}

impl StorageStatus {
    pub fn provide() -> StorageStatus {
        let status = StorageStatus {
            problems: RwSignal::new(Vec::new()),
            write_errors: RwSignal::new(BTreeMap::new()),
            pending: StoredValue::new(BTreeMap::new()),
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
    pub fn save(self, key: &'static str, value: String) {
        match storage::write(key, &value) {
            Ok(()) => self.succeeded(key),
            Err(e) => {
                self.pending.update_value(|p| {
                    p.insert(key, value);
                });
                if self.write_errors.with_untracked(|m| m.get(key) != Some(&e)) {
                    self.write_errors.update(|m| {
                        m.insert(key, e);
                    });
                }
            }
        }
    }

    /// True when no write to `key` is waiting for a retry.
    pub fn is_saved(self, key: &str) -> bool {
        self.pending.with_value(|p| !p.contains_key(key))
    }

    /// Removes `key`; a failure is reported like a failed write.
    pub fn remove(self, key: &'static str) {
        match storage::remove(key) {
            Ok(()) => self.succeeded(key),
            Err(e) => self.write_errors.update(|m| {
                m.insert(key, e);
            }),
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

    /// Tries every failed write again.
    pub fn retry(self) {
        let pending = self.pending.get_value();
        for (key, value) in pending {
            self.save(key, value);
        }
    }

    pub fn report(self, problem: LoadProblem) {
        self.problems.update(|p| p.push(problem));
    }

    /// Records a document that could not be read: copies its bytes to a backup key
    /// and tells the user. Returns false when even the backup failed, in which case the
    /// caller must not overwrite the original.
    pub fn keep_unreadable(
        self,
        key: &'static str,
        what: &'static str,
        raw: String,
        why: String,
    ) -> bool {
        let backup = storage::back_up(key, &raw);
        let ok = backup.is_ok();
        self.report(LoadProblem {
            what,
            message: why,
            backup_key: backup.ok(),
            raw,
        });
        ok
    }
}

pub fn use_storage_status() -> StorageStatus {
    expect_context::<StorageStatus>()
}
