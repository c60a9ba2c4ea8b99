//! Key points are kept out of the embedded catalog to keep the first load small. This module
//! reads them from `catalog.json` the first time a page needs them, once per session. The
//! single-file build carries the catalog inline, in `<script type="application/json"
//! id="catalog-data">`, because a page opened from disk cannot fetch files; that copy is read
//! first when present.

use crate::domain::catalog::Catalog;
use crate::stores::catalog::{CatalogCtx, use_catalog_ctx};
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub type KeyPointMap = Arc<HashMap<String, Vec<String>>>;

/// The key points once read, or why they could not be.
pub type Loaded = Result<KeyPointMap, String>;

/// Shared across pages through context. The key points are read by a [`LocalResource`],
/// created the first time a page asks (under the app's root, so it lives for the session).
#[derive(Clone, Copy)]
pub struct KeyPoints {
    root: StoredValue<Option<Owner>>,
    resource: StoredValue<Option<LocalResource<Loaded>>, LocalStorage>,
    /// The loaded points joined with the own questions' points, and what they were joined
    /// from (the loaded map's and the catalog's addresses).
    joined: StoredValue<Option<(usize, usize, KeyPointMap)>>,
    catalog: CatalogCtx,
}

#[derive(Deserialize)]
struct FileShape {
    questions: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    #[serde(default)]
    key_points: Vec<String>,
}

impl KeyPoints {
    pub fn provide() {
        provide_context(KeyPoints {
            root: StoredValue::new(Owner::current()),
            resource: StoredValue::new_local(None),
            joined: StoredValue::new(None),
            catalog: use_catalog_ctx(),
        });
    }

    /// The resource, created (and so loading started) on the first call.
    fn resource(self) -> LocalResource<Loaded> {
        if let Some(r) = self.resource.get_value() {
            return r;
        }
        let create = || LocalResource::new(load);
        let r = match self.root.get_value() {
            Some(root) => root.with(create),
            None => create(),
        };
        self.resource.set_value(Some(r));
        r
    }

    /// Starts loading, so the points are usually ready by the time they are shown.
    pub fn load(self) {
        self.resource();
    }

    /// The key points (tracked, with the catalog): `None` while loading.
    pub fn get(self) -> Option<Loaded> {
        let loaded = self.resource().get()?;
        let catalog = self.catalog.get();
        Some(loaded.map(|map| self.join(map, catalog)))
    }

    /// The key points if they are loaded, without tracking (and without starting a load).
    pub fn ready(self) -> Option<KeyPointMap> {
        let map = self
            .resource
            .get_value()?
            .get_untracked()
            .and_then(Result::ok)?;
        Some(self.join(map, self.catalog.get_untracked()))
    }

    /// `map` with the key points of the own questions in `catalog` (built-in questions carry
    /// none there), made once per map and catalog.
    fn join(self, map: KeyPointMap, catalog: &'static Catalog) -> KeyPointMap {
        let key = (
            Arc::as_ptr(&map) as usize,
            std::ptr::from_ref(catalog) as usize,
        );
        if let Some(joined) = self.joined.with_value(|j| {
            j.as_ref()
                .filter(|(m, c, _)| (*m, *c) == key)
                .map(|(_, _, joined)| joined.clone())
        }) {
            return joined;
        }
        let own: Vec<_> = catalog
            .questions
            .iter()
            .filter(|q| !q.key_points.is_empty())
            .collect();
        let joined = if own.is_empty() {
            map
        } else {
            let mut all = (*map).clone();
            for q in own {
                all.insert(q.id.clone(), q.key_points.clone());
            }
            Arc::new(all)
        };
        self.joined.set_value(Some((key.0, key.1, joined.clone())));
        joined
    }

    /// Loads again after a failure (showing "loading" meanwhile).
    pub fn retry(self) {
        let r = self.resource();
        r.set(None);
        r.refetch();
    }
}

/// Reads the key points: from the single file's inline copy when present, else from
/// `catalog.json`.
async fn load() -> Loaded {
    match inline_catalog() {
        Some(text) => parse(&text),
        None => parse(&fetch_text("catalog.json").await?),
    }
}

pub fn use_key_points() -> KeyPoints {
    expect_context::<KeyPoints>()
}

/// Parses the key points out of a catalog file.
pub fn parse(text: &str) -> Result<KeyPointMap, String> {
    let file: FileShape =
        serde_json::from_str(text).map_err(|e| format!("catalog.json could not be read ({e})"))?;
    Ok(Arc::new(
        file.questions
            .into_iter()
            .map(|q| (q.id, q.key_points))
            .collect(),
    ))
}

/// The id of the inline copy of the catalog in the single-file build.
pub const INLINE_CATALOG_ID: &str = "catalog-data";

/// The text of the inline catalog, when the page carries one.
fn inline_catalog() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(INLINE_CATALOG_ID)?
        .text_content()
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let offline = "the key points could not be downloaded; check your connection and try again";
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| offline.to_string())?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| offline.to_string())?;
    if !resp.ok() {
        return Err(format!(
            "catalog.json answered with status {}",
            resp.status()
        ));
    }
    let text = JsFuture::from(resp.text().map_err(|_| offline.to_string())?)
        .await
        .map_err(|_| offline.to_string())?;
    text.as_string().ok_or_else(|| offline.to_string())
}
