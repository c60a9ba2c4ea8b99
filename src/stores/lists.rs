//! The user's lists of questions: one stored document (`mlip.lists`, a [`PersistedDoc`]),
//! read the first time a page asks for the store (so its JSON reader is never in the first
//! load) and saved by each change. An unreadable document is backed up and reported, and the
//! lists start empty meanwhile.

use crate::domain::lists::{DeletedList, Lists};
use crate::platform::clock::now_ms;
use crate::platform::storage::LISTS_KEY;
use crate::stores::at_root;
use crate::stores::own::OwnStore;
use crate::stores::persist::{PersistedDoc, on_other_tab};
use crate::stores::status::use_storage_status;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ListsStore {
    /// Changed only through [`ListsStore::update`], which saves it.
    pub lists: RwSignal<Lists>,
    /// The last list deleted, until it is restored or another is deleted.
    pub deleted: RwSignal<Option<DeletedList>>,
    doc: PersistedDoc,
}

impl ListsStore {
    fn create() -> ListsStore {
        let status = use_storage_status();
        let (doc, lists) =
            PersistedDoc::open_or_report(status, LISTS_KEY, "your lists", Lists::from_json);
        let store = ListsStore {
            lists: RwSignal::new(lists.unwrap_or_default()),
            deleted: RwSignal::new(None),
            doc,
        };
        on_other_tab(vec![LISTS_KEY], move |_, text| {
            if let Ok(theirs) = Lists::from_json(&text) {
                store.doc.adopt(text);
                store.lists.set(theirs);
            }
        });
        provide_context(store);
        store
    }

    /// Applies a change (given the time) and saves it.
    pub fn update(self, change: impl FnOnce(&mut Lists, i64)) {
        self.lists.update(|l| change(l, now_ms()));
        let text = self
            .lists
            .with_untracked(|l| (!l.lists.is_empty() || self.doc.is_stored()).then(|| l.to_json()));
        match text {
            Some(Ok(text)) => {
                self.doc.save(text);
            }
            Some(Err(e)) => leptos::logging::warn!("lists not saved: {e}"),
            None => {}
        }
    }

    /// A new list with `name` (already checked); returns its id.
    pub fn create_list(self, name: String) -> String {
        let id = OwnStore::new_id().replacen("own-", "list-", 1);
        let made = id.clone();
        self.update(move |l, now| l.create(made, name, now));
        id
    }

    pub fn delete(self, id: &str) {
        let mut gone = None;
        self.update(|l, _| gone = l.delete(id));
        if gone.is_some() {
            self.deleted.set(gone);
        }
    }

    pub fn undo_delete(self) {
        if let Some(d) = self.deleted.get_untracked() {
            self.update(move |l, _| l.restore(d));
            self.deleted.set(None);
        }
    }
}

/// The store, created (and its document read) on the first call.
pub fn use_lists() -> ListsStore {
    use_context::<ListsStore>().unwrap_or_else(|| at_root(ListsStore::create))
}
