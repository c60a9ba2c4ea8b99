//! Key points are kept out of the embedded catalog to keep the first load small. This module
//! reads them from `catalog.json` the first time a page needs them, once per session. The
//! single-file build carries the catalog inline, in `<script type="application/json"
//! id="catalog-data">`, because a page opened from disk cannot fetch files; that copy is read
//! first when present.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub type KeyPointMap = Arc<HashMap<String, Vec<String>>>;

/// Where loading the key points stands.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyPointsState {
    NotLoaded,
    Loading,
    Ready(KeyPointMap),
    Failed(String),
}

/// Shared across pages through context.
#[derive(Clone, Copy)]
pub struct KeyPoints(RwSignal<KeyPointsState>);

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
        provide_context(KeyPoints(RwSignal::new(KeyPointsState::NotLoaded)));
    }

    pub fn state(self) -> KeyPointsState {
        self.0.get()
    }

    /// Starts loading unless it is loaded or loading already. A failed load is retried.
    pub fn load(self) {
        if matches!(
            self.0.get_untracked(),
            KeyPointsState::Loading | KeyPointsState::Ready(_)
        ) {
            return;
        }
        if let Some(text) = inline_catalog() {
            self.0.set(match parse(&text) {
                Ok(map) => KeyPointsState::Ready(map),
                Err(e) => KeyPointsState::Failed(e),
            });
            return;
        }
        self.0.set(KeyPointsState::Loading);
        let signal = self.0;
        spawn_local(async move {
            let next = match fetch_text("catalog.json").await {
                Ok(text) => parse(&text),
                Err(e) => Err(e),
            };
            signal.set(match next {
                Ok(map) => KeyPointsState::Ready(map),
                Err(e) => KeyPointsState::Failed(e),
            });
        });
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
