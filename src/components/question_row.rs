//! One question in a list, linking to its page while keeping the list it came from.

use crate::components::question_meta::QuestionMeta;
use crate::domain::catalog::Question;
use crate::domain::progress::Status;
use crate::platform::web::href;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn QuestionRow(
    q: &'static Question,
    /// The list's query string (filters), kept in the link so Back returns to the same list.
    #[prop(into)]
    query: Signal<String>,
) -> impl IntoView {
    let store = use_progress();
    let status = move || store.progress.with(|p| p.status(&q.id));
    let marked = move || store.progress.with(|p| p.is_bookmarked(&q.id));
    view! {
        <li class="question-row" data-testid="question-row" data-id=q.id.clone()>
            <a
                class="question-link"
                href=move || query.with(|query| href(&format!("/q/{}{query}", q.id)))
            >
                {q.text.clone()}
            </a>
            <div class="row-meta">
                <QuestionMeta q=q />
                <span class="row-status" data-testid="row-status">
                    {move || {
                        (status() != Status::New)
                            .then(|| {
                                view! {
                                    <span class=format!(
                                        "status-pill status-{}",
                                        status().slug(),
                                    )>{status().label()}</span>
                                }
                            })
                    }}
                    {move || {
                        marked()
                            .then(|| {
                                view! {
                                    <span class="star" title="Bookmarked" aria-label="Bookmarked">
                                        "★"
                                    </span>
                                }
                            })
                    }}
                </span>
            </div>
        </li>
    }
}
