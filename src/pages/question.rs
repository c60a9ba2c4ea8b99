//! One question at its stable URL `/q/<id>`, with previous / next in the list it came from.

use crate::components::key_point_list::KeyPointReveal;
use crate::components::later::Later;
use crate::components::list_controls::QuestionLists;
use crate::components::not_found::NotFound;
use crate::components::own_question_actions::OwnQuestionActions;
use crate::components::progress_controls::{NotesEditor, RatingButtons, StatusAndBookmark};
use crate::components::question_meta::QuestionMeta;
use crate::components::rich_text::RichText;
use crate::domain::catalog::Question;
use crate::domain::own_questions::is_own;
use crate::domain::search::{Filters, neighbours};
use crate::platform::web::{href, set_title};
use crate::split::later::{RecordingsSlot, recordings_view};
use crate::stores::catalog::use_catalog;
use crate::stores::filters::use_filters;
use crate::stores::search::use_results;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn QuestionPage() -> impl IntoView {
    let cat = use_catalog();
    let params = use_params_map();
    let filters = use_filters();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match cat.question(&id.get()) {
        Some(q) => {
            set_title(&q.text);
            view! { <QuestionDetail q=q filters=filters /> }.into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn QuestionDetail(q: &'static Question, filters: Memo<Filters>) -> impl IntoView {
    // Only the neighbours are needed: no row is described.
    let results = use_results(filters, Signal::stored(0));
    let nav = move || {
        let f = filters.get();
        let list: Vec<&'static Question> =
            results.with(|r| r.rows.iter().map(|row| row.q).collect());
        let (prev, next) = neighbours(&list, &q.id);
        let query = f.to_query_string();
        let position = list
            .iter()
            .position(|x| x.id == q.id)
            .map(|i| format!("{} of {}", i + 1, list.len()));
        let link = |target: Option<&'static Question>, rel: &'static str, label: &'static str| {
            target.map(|t| {
                view! {
                    <a
                        class=format!("step {rel}")
                        rel=rel
                        href=href(&format!("/q/{}{}", t.id, query))
                        data-testid=rel
                        title=t.text.clone()
                    >
                        {label}
                    </a>
                }
            })
        };
        view! {
            <nav class="question-nav" aria-label="Question list">
                <a href=href(&format!("/browse{query}")) data-testid="back-to-list">
                    "← Back to list"
                </a>
                <span class="position">{position}</span>
                <span class="steps">
                    {link(prev, "prev", "Previous")} {link(next, "next", "Next")}
                </span>
            </nav>
        }
    };
    view! {
        <article class="question" data-testid="question">
            {nav}
            <h1 class="question-text">
                {if is_own(&q.id) {
                    view! { <RichText text=q.text.clone() inline=true /> }.into_any()
                } else {
                    q.text.clone().into_any()
                }}
            </h1>
            <QuestionMeta q=q />
            {is_own(&q.id).then(|| view! { <OwnQuestionActions id=q.id.clone() /> })}
            {q
                .note
                .clone()
                .map(|note| {
                    view! {
                        <p class="question-note" data-testid="question-note">
                            <strong>"Scope: "</strong>
                            {note}
                        </p>
                    }
                })}
            {q
                .answer_url
                .clone()
                .map(|url| {
                    view! {
                        <p>
                            <a
                                class="answer-link"
                                href=url
                                target="_blank"
                                rel="noopener noreferrer"
                                data-testid="answer-link"
                            >
                                "Read a worked answer (opens a new tab)"
                            </a>
                        </p>
                    }
                })}
            // Behind a prerendered copy, the controls are drawn in two more tasks.
            <Later>
                <StatusAndBookmark id=q.id.clone() />
                <QuestionLists id=q.id.clone() />
                <KeyPointReveal id=q.id.clone() />
            </Later>
            <Later>
                <RatingButtons id=q.id.clone() />
                <NotesEditor id=q.id.clone() />
                // Recording is its own chunk, fetched when a question page first shows.
                {Suspend::new(recordings_view(RecordingsSlot::Question(q)))}
            </Later>
        </article>
    }
}
