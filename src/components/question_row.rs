//! One question in a list, linking to its page while keeping the list it came from.

use crate::components::question_meta::QuestionMeta;
use crate::components::rich_text::RichText;
use crate::domain::catalog::Question;
use crate::domain::own_questions::is_own;
use crate::domain::progress::Status;
use crate::domain::search::Found;
use crate::domain::search::excerpt::Segment;
use crate::platform::web::href;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn QuestionRow(
    q: &'static Question,
    /// The list's query string (filters), kept in the link so Back returns to the same list.
    #[prop(into)]
    query: Signal<String>,
    /// What matched the search, if there is one: the words to mark, and where else it
    /// matched (a key point, the user's note).
    #[prop(optional, into)]
    found: Option<Signal<Option<Found>>>,
) -> impl IntoView {
    let store = use_progress();
    let found = found.unwrap_or_else(|| Signal::stored(None));
    let title = move || match found.with(|f| f.as_ref().map(|f| f.title.clone())) {
        Some(segments) => marked(segments).into_any(),
        // Own questions may carry Markdown and maths; the guide's are plain text.
        None if is_own(&q.id) => view! { <RichText text=q.text.clone() in_link=true /> }.into_any(),
        None => q.text.clone().into_any(),
    };
    let place = move || {
        found
            .with(|f| f.as_ref().and_then(|f| f.place.clone()))
            .map(|p| {
                view! {
                    <p class="match-place" data-testid="match-place">
                        <span class="match-label">{p.label}": "</span>
                        {marked(p.excerpt)}
                    </p>
                }
            })
    };
    // One subscription to progress per row: the status pill and the star together.
    let state = move || {
        let (status, bookmarked) = store
            .progress
            .with(|p| (p.status(&q.id), p.is_bookmarked(&q.id)));
        let pill = (status != Status::New).then(|| {
            view! { <span class=format!("status-pill status-{}", status.slug())>{status.label()}</span> }
        });
        let star = bookmarked.then(|| {
            view! {
                <span class="star" title="Bookmarked" aria-label="Bookmarked">
                    "★"
                </span>
            }
        });
        (pill, star)
    };
    view! {
        <li class="question-row" data-testid="question-row" data-id=q.id.clone()>
            <a
                class="question-link"
                href=move || query.with(|query| href(&format!("/q/{}{query}", q.id)))
            >
                {title}
            </a>
            {place}
            <div class="row-meta">
                <QuestionMeta q=q />
                <span class="row-status" data-testid="row-status">
                    {state}
                </span>
            </div>
        </li>
    }
}

/// Text with its matched words in `<mark>`.
fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.marked {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}
