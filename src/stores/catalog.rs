//! The question catalog, embedded at compile time and shared with every page, joined with
//! the user's own questions (see [`crate::stores::own`]).

use crate::domain::catalog::{Catalog, CatalogError};
use crate::domain::catalog_compact;
use crate::domain::own_questions::{OwnQuestions, merge};
use leptos::prelude::*;

/// The catalog in the compact form `build.rs` writes.
const CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.compact"));

/// The catalog shared with every page: the built-in one, and the current one (with the
/// user's questions). Catalogs live for the whole session: pages and search results borrow
/// them as `&'static`, so each change to the own questions (a user's edit or import, never
/// a timer) leaves the previous joined catalog in memory.
#[derive(Clone, Copy)]
pub struct CatalogCtx {
    base: &'static Catalog,
    current: RwSignal<&'static Catalog>,
}

impl CatalogCtx {
    /// Reads the embedded catalog and provides it to the app.
    pub fn provide() -> Result<(), CatalogError> {
        let catalog: &'static Catalog = Box::leak(Box::new(catalog_compact::decode(CATALOG)?));
        provide_context(CatalogCtx {
            base: catalog,
            current: RwSignal::new(catalog),
        });
        Ok(())
    }

    /// Joins `own` to the built-in catalog; pages opened from now on see it.
    pub fn set_own(self, own: &OwnQuestions) {
        let joined = if own.questions.is_empty() {
            self.base
        } else {
            Box::leak(Box::new(merge(self.base, own)))
        };
        self.current.set(joined);
    }

    pub fn base(self) -> &'static Catalog {
        self.base
    }

    /// The current catalog, tracked.
    pub fn get(self) -> &'static Catalog {
        self.current.get()
    }

    pub fn get_untracked(self) -> &'static Catalog {
        self.current.get_untracked()
    }
}

pub fn use_catalog_ctx() -> CatalogCtx {
    expect_context::<CatalogCtx>()
}

/// The catalog with the user's questions, as it is now (not tracked: a page reads it once
/// when it opens).
pub fn use_catalog() -> &'static Catalog {
    expect_context::<CatalogCtx>().current.get_untracked()
}
