//! Recorded answers: their descriptions, read from the device's database the first time a page
//! shows recordings; the audio stays in the database and is read when a recording is played.
//! Recordings a reload or crash interrupted are found here and kept as they are. Deleting
//! keeps the deleted audio in memory until the next delete, so Undo can put it back.

use crate::domain::recording::{Recording, newest_first};
use crate::domain::speech::figures;
use crate::platform::recorder::{join, levels};
use crate::platform::recordings_db::RecordingsDb;
use crate::platform::transcriber::on_device;
use crate::stores::at_root;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

/// Whether recordings can be stored.
#[derive(Clone, Debug, PartialEq)]
pub enum DbState {
    Opening,
    Ready,
    /// No database (private mode, storage turned off): why.
    Unavailable(String),
}

/// What the last delete removed, for Undo.
type Deleted = Vec<(Recording, Vec<web_sys::Blob>)>;

#[derive(Clone, Copy)]
pub struct RecordingsStore {
    /// Every recording, newest first.
    pub list: RwSignal<Vec<Recording>>,
    pub state: RwSignal<DbState>,
    /// The last change that failed, as a sentence (cleared by the next one that works).
    pub problem: RwSignal<Option<String>>,
    /// What Undo would bring back: "Recording deleted." or "3 recordings deleted."
    pub undo_label: RwSignal<Option<String>>,
    /// Descriptions the database holds but cannot read.
    pub damaged: RwSignal<usize>,
    /// Whether transcripts can be made on this device (`None` until known).
    pub transcripts: RwSignal<Option<bool>>,
    db: StoredValue<Option<Rc<RecordingsDb>>, LocalStorage>,
    deleted: StoredValue<Deleted, LocalStorage>,
    /// Recordings whose figures are being computed (each once).
    measuring: StoredValue<Vec<String>>,
}

/// The recordings store, opened on first use.
pub fn use_recordings() -> RecordingsStore {
    if let Some(s) = use_context::<RecordingsStore>() {
        return s;
    }
    at_root(|| {
        let store = RecordingsStore {
            list: RwSignal::new(Vec::new()),
            state: RwSignal::new(DbState::Opening),
            problem: RwSignal::new(None),
            undo_label: RwSignal::new(None),
            damaged: RwSignal::new(0),
            transcripts: RwSignal::new(None),
            db: StoredValue::new_local(None),
            deleted: StoredValue::new_local(Vec::new()),
            measuring: StoredValue::new(Vec::new()),
        };
        provide_context(store);
        spawn_local(store.open());
        spawn_local(async move {
            store.transcripts.try_set(Some(on_device().await));
        });
        store
    })
}

impl RecordingsStore {
    async fn open(self) {
        let db = match RecordingsDb::open().await {
            Ok(db) => Rc::new(db),
            Err(e) => {
                self.state.try_set(DbState::Unavailable(e));
                return;
            }
        };
        let (mut list, damaged) = match db.list().await {
            Ok(found) => found,
            Err(e) => {
                self.state.try_set(DbState::Unavailable(e));
                return;
            }
        };
        // Not finished and not being recorded (this tab has only just opened the database):
        // a reload or crash ended it. What was saved is kept.
        for rec in list.iter_mut().filter(|r| !r.finished) {
            rec.finished = true;
            rec.interrupted = true;
            if let Err(e) = db.put(rec).await {
                self.problem.try_set(Some(e));
            }
        }
        newest_first(&mut list);
        self.db.set_value(Some(db));
        self.damaged.try_set(damaged);
        self.list.try_set(list);
        self.state.try_set(DbState::Ready);
    }

    pub fn db(&self) -> Option<Rc<RecordingsDb>> {
        self.db.try_get_value().flatten()
    }

    /// Adds or replaces a recording's description in the list (not in the database).
    pub fn show(&self, rec: &Recording) {
        self.list.try_update(|list| {
            match list.iter_mut().find(|r| r.id == rec.id) {
                Some(r) => *r = rec.clone(),
                None => list.push(rec.clone()),
            }
            newest_first(list);
        });
    }

    fn report<T>(&self, r: Result<T, String>) -> Option<T> {
        match r {
            Ok(v) => {
                self.problem.try_set(None);
                Some(v)
            }
            Err(e) => {
                self.problem.try_set(Some(e));
                None
            }
        }
    }

    /// A finished recording's speaking figures, from its audio; saved with it. Runs once per
    /// recording and session; a recording that cannot be decoded keeps no figures.
    pub fn measure(&self, rec: Recording) {
        if rec.figures.is_some() || !rec.finished {
            return;
        }
        let mut started = false;
        self.measuring.update_value(|m| {
            if !m.contains(&rec.id) {
                m.push(rec.id.clone());
                started = true;
            }
        });
        if !started {
            return;
        }
        let store = *self;
        spawn_local(async move {
            let Some(db) = store.db() else { return };
            let Ok(chunks) = db.chunks(&rec.id).await else {
                return;
            };
            if chunks.is_empty() {
                return;
            }
            let Ok(audio) = join(&chunks, &rec.mime) else {
                return;
            };
            if let Ok(levels) = levels(&audio).await {
                let mut rec = rec;
                let f = figures(&levels);
                rec.duration_ms = f.duration_ms;
                rec.figures = Some(f);
                if store.report(db.put(&rec).await).is_some() {
                    store.show(&rec);
                }
            }
        });
    }

    /// Deletes recordings; Undo brings them back until the next delete.
    pub fn delete(&self, ids: Vec<String>) {
        let store = *self;
        spawn_local(async move {
            let Some(db) = store.db() else { return };
            let mut gone: Deleted = Vec::new();
            for id in ids {
                let Some(rec) = store
                    .list
                    .with_untracked(|l| l.iter().find(|r| r.id == id).cloned())
                else {
                    continue;
                };
                let Some(audio) = store.report(db.chunks(&id).await) else {
                    break;
                };
                if store.report(db.delete(&id).await).is_none() {
                    break;
                }
                store.list.try_update(|l| l.retain(|r| r.id != id));
                gone.push((rec, audio));
            }
            if gone.is_empty() {
                return;
            }
            let label = match gone.len() {
                1 => "Recording deleted.".to_string(),
                n => format!("{n} recordings deleted."),
            };
            store.deleted.set_value(gone);
            store.undo_label.try_set(Some(label));
        });
    }

    /// Every recording.
    pub fn delete_all(&self) {
        let ids = self
            .list
            .with_untracked(|l| l.iter().map(|r| r.id.clone()).collect());
        self.delete(ids);
    }

    /// Puts back what the last delete removed.
    pub fn undo(&self) {
        let store = *self;
        let gone = store
            .deleted
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        store.undo_label.try_set(None);
        spawn_local(async move {
            let Some(db) = store.db() else { return };
            for (rec, audio) in gone {
                if store.report(db.restore(&rec, &audio).await).is_some() {
                    store.show(&rec);
                }
            }
        });
    }

    /// Bytes of audio stored.
    pub fn bytes(&self) -> u64 {
        self.list.with(|l| l.iter().map(|r| r.bytes).sum())
    }
}
