//! Work the first load does not carry. In the route-split build (`--features split`) each
//! function here is a split point: its code (and what only it uses) is a wasm chunk fetched
//! the first time it runs. Elsewhere it simply runs.

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
