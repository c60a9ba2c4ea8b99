//! Work the first load does not carry. In the route-split build (`--features split`) each
//! function here is a split point: its code (and what only it uses) is a wasm chunk fetched
//! the first time it runs. Elsewhere it simply runs.

use crate::domain::progress::Progress;
use leptos::prelude::Owner;

/// What a caller gets when the chunk could not be fetched.
#[cfg(feature = "split")]
const NOT_FETCHED: &str =
    "this part of the app could not be downloaded; check the connection and try again";

/// Downloads the export file (progress and interview history), reading the stores from
/// `owner`'s context.
pub async fn download_export(owner: Option<Owner>) -> Result<(), String> {
    #[cfg(feature = "split")]
    {
        export_chunk(owner)
            .await
            .unwrap_or_else(|_| Err(NOT_FETCHED.to_string()))
    }
    #[cfg(not(feature = "split"))]
    {
        export_with(owner)
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(export_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn export_chunk(
    owner: Option<Owner>,
) -> Result<Result<(), String>, leptos::wasm_split::SplitLoaderError> {
    Ok(export_with(owner))
}

fn export_with(owner: Option<Owner>) -> Result<(), String> {
    match owner {
        Some(owner) => owner.with(crate::stores::download_export),
        None => crate::stores::download_export(),
    }
}

/// Reads stored progress documents that [`crate::domain::store_doc::load_current`] did not
/// take (older versions, reformatted or damaged ones): for each, its progress or why it
/// cannot be read. `Err` when the code for it could not be fetched.
pub async fn read_progress(texts: Vec<String>) -> Result<Vec<Result<Progress, String>>, String> {
    #[cfg(feature = "split")]
    {
        read_progress_chunk(texts)
            .await
            .map_err(|_| NOT_FETCHED.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(read_progress_now(texts))
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(read_progress_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_progress_chunk(
    texts: Vec<String>,
) -> Result<Vec<Result<Progress, String>>, leptos::wasm_split::SplitLoaderError> {
    Ok(read_progress_now(texts))
}

fn read_progress_now(texts: Vec<String>) -> Vec<Result<Progress, String>> {
    texts
        .iter()
        .map(|t| crate::domain::store_doc::load(t).map_err(|e| e.to_string()))
        .collect()
}
