//! A lasting banner for storage trouble. The banner's text and actions
//! ([`StorageProblems`](crate::components::storage_problems::StorageProblems)) are fetched
//! the first time there is a problem to show, so the first load does not carry them.

use crate::stores::status::use_storage_status;
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let status = use_storage_status();
    let needed = move || {
        status.problems.with(|p| !p.is_empty()) || status.write_errors.with(|m| !m.is_empty())
    };
    view! {
        <div class="banners" aria-live="polite">
            <Show when=needed>{Suspend::new(crate::split::later::storage_problems())}</Show>
        </div>
    }
}
