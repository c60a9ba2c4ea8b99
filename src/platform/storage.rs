//! The only module that touches `localStorage`. Every call returns a `Result`; nothing here
//! panics, and nothing here decides what a document means: callers parse and migrate.

use crate::domain::store_doc::SHARDS;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Stored progress (statuses, bookmarks, notes, ratings, review state), split into
/// [`SHARDS`] documents: question `id` lives under `PROGRESS_KEYS[shard_of(id)]`.
pub const PROGRESS_KEYS: [&str; SHARDS] = [
    "mlip.progress.0",
    "mlip.progress.1",
    "mlip.progress.2",
    "mlip.progress.3",
    "mlip.progress.4",
    "mlip.progress.5",
    "mlip.progress.6",
    "mlip.progress.7",
];
/// Where progress was kept as one document before it was split (schema versions 1 to 3).
/// Still read and merged in; removed once every part has been written.
pub const LEGACY_PROGRESS_KEY: &str = "mlip.progress";
/// The mock interview in progress.
pub const INTERVIEW_KEY: &str = "mlip.interview";
/// Past interviews.
pub const HISTORY_KEY: &str = "mlip.interview-history";
/// The interviews the user prepares for, the desired retention and answer times.
pub const PLANS_KEY: &str = "mlip.plans";
/// The user's own questions and the sections they made.
pub const OWN_KEY: &str = "mlip.own";
/// The user's lists of questions.
pub const LISTS_KEY: &str = "mlip.lists";
/// Set once `navigator.storage.persist()` has been asked.
pub const PERSIST_ASKED_KEY: &str = "mlip.persist-asked";
/// Documents that could not be read are copied here, untouched: `<key>.backup`.
pub const BACKUP_SUFFIX: &str = ".backup";

/// Why a read or write failed, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no localStorage at all.
    Unavailable,
    /// Storage is full (QuotaExceededError).
    Quota,
    /// Storage is disabled, e.g. by privacy settings (SecurityError).
    Disabled,
    /// Anything else the browser reported.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "this browser offers no local storage"),
            StorageError::Quota => write!(f, "the browser's storage for this site is full"),
            StorageError::Disabled => write!(
                f,
                "the browser does not allow this site to store data (private mode or a privacy setting)"
            ),
            StorageError::Other(msg) => write!(f, "the browser refused to store data ({msg})"),
        }
    }
}

fn classify(err: JsValue) -> StorageError {
    if let Some(ex) = err.dyn_ref::<web_sys::DomException>() {
        return match ex.name().as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Quota,
            "SecurityError" => StorageError::Disabled,
            other => StorageError::Other(format!("{other}: {}", ex.message())),
        };
    }
    StorageError::Other(err.as_string().unwrap_or_else(|| "unknown error".into()))
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    window
        .local_storage()
        .map_err(classify)?
        .ok_or(StorageError::Unavailable)
}

/// The text stored under `key`, or `None` when nothing is stored.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

/// Stores `value` under `key`. On failure the previous value is left as it was.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(classify)
}

/// Copies `raw` to a backup key for `key`, never overwriting an earlier backup: the first
/// free one of `<key>.backup`, `<key>.backup.2`, ... Returns the key used.
pub fn back_up(key: &str, raw: &str) -> Result<String, StorageError> {
    let base = format!("{key}{BACKUP_SUFFIX}");
    for n in 1..100 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}.{n}")
        };
        match read(&candidate)? {
            Some(existing) if existing == raw => return Ok(candidate),
            Some(_) => continue,
            None => {
                write(&candidate, raw)?;
                return Ok(candidate);
            }
        }
    }
    Err(StorageError::Other("too many backups already".into()))
}

/// Whether the browser keeps this site's storage even when space runs low. The first time it
/// is called it also asks for that (`navigator.storage.persist()`); afterwards it only reads
/// the answer. `None` when the browser cannot tell.
pub async fn persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let asked = matches!(read(PERSIST_ASKED_KEY), Ok(Some(_)));
    let promise = if asked {
        storage.persisted().ok()?
    } else {
        // Only remembers that the question was asked: if it cannot be stored, the next
        // session asks again, which is harmless.
        let _ = write(PERSIST_ASKED_KEY, "1");
        storage.persist().ok()?
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Offers `text` to the user as a downloaded file called `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |_| "the browser could not create the file".to_string();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "the browser could not create a link".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.set_rel("external");
    let body = doc
        .body()
        .ok_or("the page has no body to start the download from")?;
    body.append_child(&a)
        .map_err(|_| "the browser could not start the download".to_string())?;
    a.click();
    // Clean-up only: the download has started either way.
    let _ = body.remove_child(&a);
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
