//! The question catalog, embedded at compile time and shared with every page.

use crate::domain::catalog::{Catalog, CatalogError};
use crate::domain::catalog_compact;
use leptos::prelude::*;

/// The catalog in the compact form `build.rs` writes.
const CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.compact"));

/// The catalog shared with every page. It lives for the whole session.
#[derive(Clone, Copy)]
pub struct CatalogCtx(pub &'static Catalog);

impl CatalogCtx {
    /// Reads the embedded catalog and provides it to the app.
    pub fn provide() -> Result<(), CatalogError> {
        let catalog = catalog_compact::decode(CATALOG)?;
        provide_context(CatalogCtx(Box::leak(Box::new(catalog))));
        Ok(())
    }
}

/// The catalog, from context.
pub fn use_catalog() -> &'static Catalog {
    expect_context::<CatalogCtx>().0
}
