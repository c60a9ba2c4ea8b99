//! Search for Browse and the question page: the indexes (the catalog's, with key points
//! once they are loaded, and the user's notes), built the first time a search needs them,
//! and the filtered, ranked list. Loading the key points starts with the first search.

use crate::domain::catalog::Catalog;
use crate::domain::search::index::FieldIndex;
use crate::domain::search::{Filters, Indexes, Results, index_catalog, index_notes, results};
use crate::platform::web::timed;
use crate::stores::catalog::use_catalog_ctx;
use crate::stores::key_points::use_key_points;
use crate::stores::lists::use_lists;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use std::sync::Arc;

/// An index, compared by identity (so a memo holding it never compares its contents).
#[derive(Clone)]
struct Shared {
    index: Arc<FieldIndex>,
    with_key_points: bool,
    /// The catalog it was built from.
    catalog: &'static Catalog,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Arc::ptr_eq(&self.index, &other.index) && self.with_key_points == other.with_key_points
    }
}

fn searching(filters: Memo<Filters>) -> bool {
    filters.with(|f| !f.query.trim().is_empty())
}

/// The questions of the list `filters` describe, best match first, with what the first
/// `describe` rows show of their match.
pub fn use_results(filters: Memo<Filters>, describe: Signal<usize>) -> Memo<Results<'static>> {
    // Tracked: the list follows a change to the user's own questions (an undone delete).
    let catalog = use_catalog_ctx();
    let key_points = use_key_points();
    let store = use_progress();
    // Built on the first search and kept; rebuilt once when the key points arrive.
    let catalog_index = Memo::new(move |prev: Option<&Option<Shared>>| {
        let prev = prev.cloned().flatten();
        if !searching(filters) {
            return prev;
        }
        let cat = catalog.get();
        let points = key_points.get().and_then(Result::ok);
        if let Some(p) =
            prev.filter(|p| p.with_key_points == points.is_some() && std::ptr::eq(p.catalog, cat))
        {
            return Some(p);
        }
        Some(Shared {
            index: Arc::new(index_catalog(cat, points.as_deref())),
            with_key_points: points.is_some(),
            catalog: cat,
        })
    });
    // The notes, rebuilt only when a note changes (not on every status or rating).
    let notes = Memo::new(move |_| {
        if !searching(filters) {
            return None;
        }
        let cat = catalog.get();
        Some(store.progress.with(|p| {
            cat.questions
                .iter()
                .map(|q| p.get(&q.id).map(|e| e.notes.clone()).unwrap_or_default())
                .collect::<Vec<String>>()
        }))
    });
    let notes_index = Memo::new(move |_| {
        notes.track();
        if !searching(filters) {
            return None;
        }
        let cat = catalog.get_untracked();
        let index = store.progress.with_untracked(|p| index_notes(cat, p));
        Some(Shared {
            index: Arc::new(index),
            with_key_points: false,
            catalog: cat,
        })
    });
    Memo::new(move |_| {
        let cat = catalog.get();
        let mut f = filters.get();
        // A list's questions, from the lists store (opened only when a list is asked for).
        if let Some(id) = &f.list {
            let members = use_lists()
                .lists
                .with(|l| l.get(id).map(|l| l.questions.clone()).unwrap_or_default());
            f.members = Some(Arc::new(members));
        }
        let catalog_ix = catalog_index.get();
        let notes_ix = notes_index.get();
        let empty = FieldIndex::default();
        let indexes = Indexes {
            catalog: catalog_ix.as_ref().map_or(&empty, |s| &s.index),
            notes: notes_ix.as_ref().map(|s| s.index.as_ref()),
        };
        let points = key_points.ready();
        let describe = describe.get();
        timed("search-results", || {
            store
                .progress
                .with(|p| results(cat, &f, p, indexes, points.as_deref(), describe))
        })
    })
}
