//! `/interview/history`: past interviews with their scores over time. Deleting one can be
//! undone for a few seconds.

use crate::components::score_chart::ScoreChart;
use crate::domain::history::InterviewSummary;
use crate::platform::clock::day_text;
use crate::platform::web::{href, set_title};
use crate::stores::interview::use_interview;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::time::Duration;

/// How long "Undo" is offered after a delete.
const UNDO_FOR: Duration = Duration::from_secs(10);

#[component]
pub fn InterviewHistoryPage() -> impl IntoView {
    set_title("Past interviews");
    let store = use_interview();
    let deleted = RwSignal::new(None::<InterviewSummary>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let clear_timer = move || {
        if let Some(h) = timer.try_update_value(Option::take).flatten() {
            h.clear();
        }
    };
    on_cleanup(clear_timer);
    let delete = move |id: String| {
        clear_timer();
        deleted.set(store.delete_from_history(&id));
        let handle = set_timeout_with_handle(move || deleted.set(None), UNDO_FOR).ok();
        timer.set_value(handle);
    };
    let undo = move |_| {
        clear_timer();
        if let Some(entry) = deleted.get_untracked() {
            store.restore_to_history(entry);
        }
        deleted.set(None);
    };
    // The deleted row's button is gone: focus goes to "Undo".
    Effect::new(move |_| {
        if deleted.with(Option::is_some) {
            crate::platform::web::focus_id("undo");
        }
    });
    let entries = move || store.history.with(|h| h.entries().to_vec());
    view! {
        <h1>"Past interviews"</h1>
        <p class="undo-line" role="status" data-testid="undo-status">
            {move || {
                deleted
                    .get()
                    .map(|e| {
                        view! {
                            {format!(
                                "Deleted “{}” of {}. ",
                                e.label,
                                day_text(Some(e.started_ms)),
                            )}
                            <button
                                type="button"
                                id="undo"
                                class="link-button"
                                data-testid="undo"
                                on:click=undo
                            >
                                "Undo"
                            </button>
                        }
                    })
            }}
        </p>
        {move || {
            let list = entries();
            if list.is_empty() {
                return view! {
                    <p class="empty" data-testid="history-empty">
                        "No finished interviews yet. "
                        <a href=href("/interview")>"Start one"</a>
                        "."
                    </p>
                }
                    .into_any();
            }
            view! {
                <ScoreChart entries=list.clone() />
                <HistoryTable entries=list delete=Callback::new(delete) />
            }
                .into_any()
        }}
        <p>
            <a class="button secondary" href=href("/interview")>
                "New mock interview"
            </a>
        </p>
    }
}

#[component]
fn HistoryTable(entries: Vec<InterviewSummary>, delete: Callback<String>) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label="Past interviews" tabindex="0">
            <table class="report-table history-table" data-testid="history">
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Interview"</th>
                        <th scope="col">"Score"</th>
                        <th scope="col">
                            <span class="visually-hidden">"Actions"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {entries
                        .into_iter()
                        .map(|e| {
                            let id = e.id.clone();
                            view! {
                                <tr data-testid="history-row">
                                    <td>{day_text(Some(e.started_ms))}</td>
                                    <th scope="row">
                                        <a href=href(
                                            &format!("/interview/report/{}", e.id),
                                        )>{e.label.clone()}</a>
                                        {e
                                            .abandoned
                                            .then_some(
                                                view! { <span class="muted">" (abandoned)"</span> },
                                            )}
                                    </th>
                                    <td data-testid="history-score">{e.overall}</td>
                                    <td>
                                        <button
                                            type="button"
                                            class="link-button"
                                            data-testid="delete"
                                            aria-label=format!(
                                                "Delete {} of {}",
                                                e.label,
                                                day_text(Some(e.started_ms)),
                                            )
                                            on:click=move |_| delete.run(id.clone())
                                        >
                                            "Delete"
                                        </button>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
