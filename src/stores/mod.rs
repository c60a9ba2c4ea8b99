//! Reactive stores shared through context, each with a `use_x()` accessor. Stores that keep
//! documents persist them through [`persist::PersistedDoc`] (and so through
//! `crate::platform::storage`, the only module that touches localStorage).

pub mod catalog;
pub mod filters;
pub mod interview;
pub mod key_points;
pub mod lists;
pub mod own;
pub mod persist;
pub mod plan;
pub mod progress;
pub mod recordings;
pub mod search;
pub mod status;

use crate::stores::interview::InterviewStore;
use leptos::prelude::*;

/// Where stores made on first use live: the app's root, so that a store lives for the whole
/// session whichever page created it.
#[derive(Clone)]
struct StoreHome(Owner);

/// Lets pages create stores when they first need them (see [`at_root`]). Called once, by the
/// app's root.
pub fn provide_store_home() {
    if let Some(owner) = Owner::current() {
        provide_context(StoreHome(owner));
    }
}

/// Runs `create` (which makes a store and provides it) under the app's root owner.
pub(crate) fn at_root<T>(create: impl FnOnce() -> T) -> T {
    match use_context::<StoreHome>() {
        Some(StoreHome(root)) => root.with(create),
        None => create(),
    }
}

/// Downloads one export file with all progress (as in memory, unsaved changes included), the
/// interview history, and the user's own questions and lists. The one way to export. The stores are looked up now, in the caller's
/// reactive context; the returned future does the rest.
pub fn download_export() -> impl Future<Output = Result<(), String>> {
    let progress = progress::use_progress().progress;
    // The interview store is opened only by pages that need it; if none did, the export
    // reads the history from storage.
    let history = use_context::<InterviewStore>().map(|s| s.history);
    let own = use_context::<own::OwnStore>().map(|s| s.doc.get_untracked());
    let lists = use_context::<lists::ListsStore>().map(|s| s.lists.get_untracked());
    crate::split::later::download_export(progress, history, own, lists)
}
