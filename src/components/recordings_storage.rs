//! The Data page's recordings: how many and how much space they take on this device, and
//! "Delete all recordings" (with Undo). Recordings are not part of the export file.

use crate::components::recording_list::RecordingsNotices;
use crate::stores::recordings::{DbState, use_recordings};
use leptos::prelude::*;

/// "1.4 MB", "320 KB".
fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = bytes * 10 / (1024 * 1024);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[component]
pub fn RecordingsStorage() -> impl IntoView {
    let store = use_recordings();
    let summary = move || match store.state.get() {
        DbState::Opening => "Looking for recordings…".to_string(),
        DbState::Unavailable(why) => format!("Recordings cannot be kept in this browser: {why}."),
        DbState::Ready => match store.list.with(Vec::len) {
            0 => "No recorded answers on this device.".to_string(),
            1 => format!(
                "1 recorded answer, {} on this device.",
                size_text(store.bytes())
            ),
            n => format!(
                "{n} recorded answers, {} on this device.",
                size_text(store.bytes())
            ),
        },
    };
    let any = move || store.list.with(|l| !l.is_empty());
    view! {
        <section aria-labelledby="recordings-title" data-testid="recordings-storage">
            <h2 id="recordings-title">"Recorded answers"</h2>
            <p data-testid="recordings-summary">{summary}</p>
            <p class="muted">
                "Recordings stay in this browser and are not in the export file: download the ones you want to keep from their question page."
            </p>
            <Show when=any>
                <button
                    type="button"
                    class="button danger"
                    data-testid="delete-all-recordings"
                    on:click=move |_| store.delete_all()
                >
                    "Delete all recordings"
                </button>
            </Show>
            <RecordingsNotices />
        </section>
    }
}
