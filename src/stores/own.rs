//! The user's own questions: one stored document (`mlip.own`, a [`PersistedDoc`]), joined to
//! the catalog ([`CatalogCtx::set_own`]) so that every page finds them.
//!
//! The document is JSON, and the JSON reader is not in the first load: when the document
//! exists, the app reads it through `split::later::read_own` before it shows a page
//! ([`OwnStore::ready`]); users without own questions never fetch that code. An unreadable
//! document is backed up and reported, and the app goes on with the built-in questions.

use crate::domain::catalog::{Question, Section};
use crate::domain::own_questions::{OwnQuestion, OwnQuestions, new_id};
use crate::platform::clock::now_ms;
use crate::platform::storage::OWN_KEY;
use crate::platform::web::{random_u32, timed};
use crate::split::later::read_own;
use crate::stores::catalog::{CatalogCtx, use_catalog_ctx};
use crate::stores::persist::{Opened, PersistedDoc, on_other_tab};
use crate::stores::status::{LoadProblem, StorageStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub at: usize,
    pub entry: OwnQuestion,
    pub sections: Vec<Section>,
}

#[derive(Clone, Copy)]
pub struct OwnStore {
    /// Changed only through the methods below, which save it.
    pub doc: RwSignal<OwnQuestions>,
    /// The last question deleted, until it is restored or another is deleted.
    pub deleted: RwSignal<Option<Deleted>>,
    /// False until the stored document has been read (or found absent or unreadable).
    pub ready: RwSignal<bool>,
    persisted: PersistedDoc,
    catalog: CatalogCtx,
}

impl OwnStore {
    pub fn provide(status: StorageStatus) {
        let catalog = use_catalog_ctx();
        let (persisted, opened) = PersistedDoc::open(status, OWN_KEY, |_| None::<()>);
        let store = OwnStore {
            doc: RwSignal::new(OwnQuestions::default()),
            deleted: RwSignal::new(None),
            ready: RwSignal::new(true),
            persisted,
            catalog,
        };
        if let Opened::Undecoded(raw) = opened {
            store.ready.set(false);
            spawn_local(async move {
                match read_own(raw.clone()).await {
                    Ok(Ok(doc)) => store.take(doc),
                    Ok(Err(why)) => persisted.unreadable("your own questions", raw, why),
                    // Not a problem with the document: keep it, unwritten.
                    Err(why) => {
                        status.hold(OWN_KEY);
                        status.report(LoadProblem {
                            key: OWN_KEY,
                            what: "your own questions",
                            message: why,
                            backup_key: None,
                            raw,
                        });
                    }
                }
                store.ready.set(true);
            });
        }
        on_other_tab(vec![OWN_KEY], move |_, text| {
            spawn_local(async move {
                if let Ok(Ok(theirs)) = read_own(text.clone()).await {
                    store.persisted.adopt(text);
                    store.take(theirs);
                }
            });
        });
        provide_context(store);
    }

    /// Takes a document read from storage.
    fn take(self, doc: OwnQuestions) {
        timed("own-join", || self.catalog.set_own(&doc));
        self.doc.set(doc);
    }

    /// Applies a change, joins the result to the catalog and saves it.
    pub fn update(self, change: impl FnOnce(&mut OwnQuestions)) {
        self.doc.update(change);
        self.doc.with_untracked(|doc| {
            self.catalog.set_own(doc);
            // Nothing is written for a user who never had own questions.
            if doc.is_empty() && !self.persisted.is_stored() {
                return;
            }
            match timed("own-save", || doc.to_json()) {
                Ok(text) => {
                    self.persisted.save(text);
                }
                Err(e) => leptos::logging::warn!("own questions not saved: {e}"),
            }
        });
    }

    /// A fresh id for a new question or section.
    pub fn new_id() -> String {
        new_id(now_ms(), random_u32())
    }

    /// Adds or replaces a question (and the new section it names).
    pub fn put(self, q: Question, section: Option<Section>) {
        self.update(|doc| doc.put(q, section, now_ms()));
    }

    /// Deletes a question; it can be put back with [`OwnStore::undo_delete`].
    pub fn delete(self, id: &str) {
        let mut removed = None;
        self.update(|doc| removed = doc.remove(id));
        if let Some((at, entry, sections)) = removed {
            self.deleted.set(Some(Deleted {
                at,
                entry,
                sections,
            }));
        }
    }

    pub fn undo_delete(self) {
        if let Some(d) = self.deleted.get_untracked() {
            self.update(|doc| doc.restore(d.at, d.entry, d.sections));
            self.deleted.set(None);
        }
    }

    /// The whole document replaced (import, reset, their undo).
    pub fn replace(self, doc: OwnQuestions) {
        self.update(|mine| *mine = doc);
    }
}

pub fn use_own() -> OwnStore {
    expect_context::<OwnStore>()
}
