//! What the storage banner says: a document that could not be read (with its backup offered
//! for download) or writes that keep failing (with an export offered). Its code is fetched
//! only when there is something to say (see `storage_banner.rs`).

use crate::platform::storage::download;
use crate::stores::download_export;
use crate::stores::status::use_storage_status;
use leptos::prelude::*;

#[component]
pub fn StorageProblems() -> impl IntoView {
    let status = use_storage_status();
    // Why the last export failed, shown in the warning (cleared by one that works).
    let export_failed = RwSignal::new(None::<String>);
    let export_now = move |_| {
        let export = download_export();
        leptos::task::spawn_local(async move {
            export_failed.set(export.await.err());
        });
    };
    view! {
        <>
            <For
                each=move || status.problems.get().into_iter().enumerate()
                key=|(i, p)| (*i, p.backup_key.clone())
                children=move |(i, p)| {
                    let raw = p.raw.clone();
                    let name = format!("ml-interview-prep-unreadable-{}.json", p.what);
                    let where_kept = match &p.backup_key {
                        Some(k) => {
                            format!(
                                "The original was kept untouched in this browser under “{k}”.",
                            )
                        }
                        None => {
                            "It could not be copied aside, so it is left in place and will not be overwritten until you download it."
                                .to_string()
                        }
                    };
                    let blocked = p.backup_key.is_none();
                    let key = p.key;
                    let download_failed = RwSignal::new(None::<String>);
                    // Why the last download failed; saving resumes only after one succeeds.
                    view! {
                        <div class="banner warn" role="alert" data-testid="storage-problem">
                            <p>
                                <strong>
                                    {format!("Your saved {} could not be read.", p.what)}
                                </strong>
                                " "
                                {p.message.clone()}
                                ". "
                                {where_kept}
                                " The app started with what it could read."
                            </p>
                            <p class="banner-actions">
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="download-backup"
                                    on:click=move |_| {
                                        match download(&name, &raw, "application/json") {
                                            Ok(()) => {
                                                download_failed.set(None);
                                                if blocked {
                                                    status.release(key);
                                                }
                                            }
                                            Err(why) => download_failed.set(Some(why)),
                                        }
                                    }
                                >
                                    "Download the original"
                                </button>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| {
                                        status
                                            .problems
                                            .update(|v| {
                                                if i < v.len() {
                                                    v.remove(i);
                                                }
                                            });
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </p>
                            {move || {
                                download_failed
                                    .get()
                                    .map(|why| {
                                        view! {
                                            <p class="form-error" data-testid="download-error">
                                                {format!("The download did not work: {why}. ")}
                                                {if blocked {
                                                    "Nothing has been overwritten; saving stays paused until a download works."
                                                } else {
                                                    "The original is still kept in this browser."
                                                }}
                                            </p>
                                        }
                                    })
                            }}
                        </div>
                    }
                }
            />
            <Show when=move || !status.write_errors.with(|m| m.is_empty())>
                <div class="banner warn" role="alert" data-testid="write-warning">
                    <p>
                        <strong>"Your changes are not being saved."</strong>
                        " "
                        {move || {
                            status
                                .write_errors
                                .with(|m| {
                                    m.values().next().map(|e| format!("{e}.")).unwrap_or_default()
                                })
                        }}
                        " They are kept in this tab and saving is retried every few seconds; what was saved before is untouched. "
                        "To be safe, download a copy."
                    </p>
                    <p class="banner-actions">
                        <button type="button" class="button secondary" on:click=export_now>
                            "Export progress"
                        </button>
                        <button type="button" class="link-button" on:click=move |_| status.retry()>
                            "Try saving again"
                        </button>
                    </p>
                    {move || {
                        export_failed
                            .get()
                            .map(|why| {
                                view! {
                                    <p class="form-error" data-testid="export-error">
                                        {format!("The export did not work: {why}.")}
                                    </p>
                                }
                            })
                    }}
                </div>
            </Show>
        </>
    }
}
