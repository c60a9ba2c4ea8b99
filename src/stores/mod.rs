//! Reactive stores shared through context. Each owns one stored document and persists it
//! through `crate::storage`, the only module that touches localStorage.

pub mod interview;
pub mod progress;
pub mod status;

use crate::clock::{now_ms, tz_offset_minutes};
use crate::domain::store_doc::{export_file_name, export_json_with};
use leptos::prelude::*;

/// Downloads one export file with all progress and the interview history.
pub fn download_export() -> Result<(), String> {
    let now = now_ms();
    let progress = progress::use_progress();
    let interviews = interview::use_interview()
        .history
        .with_untracked(|h| serde_json::to_value(h))
        .map_err(|e| format!("the interview history could not be written out ({e})"))?;
    let text = progress
        .progress
        .with_untracked(|p| export_json_with(p, interviews, now))
        .map_err(|e| e.to_string())?;
    crate::storage::download(
        &export_file_name(now, tz_offset_minutes()),
        &text,
        "application/json",
    )
}
