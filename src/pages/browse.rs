//! Browse: every question, filtered and searched, with the view kept in the URL.

use crate::components::question_filters::QuestionFilters;
use crate::components::question_row::QuestionRow;
use crate::domain::catalog::Catalog;
use crate::domain::search::{Filters, filter};
use crate::platform::web::{mark_once, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::filters::use_filters;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

#[component]
pub fn BrowsePage() -> impl IntoView {
    let cat = use_catalog();
    let filters = use_filters();
    let navigate = use_navigate();
    let apply = Callback::new(move |(f, replace): (Filters, bool)| {
        let url = format!("/browse{}", f.to_query_string());
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    });
    let store = use_progress();
    let results = Memo::new(move |_| {
        let f = filters.get();
        store.progress.with(|p| filter(cat, &f, p))
    });
    Effect::new(move |_| {
        set_title(if filters.with(Filters::is_empty) {
            "Browse questions"
        } else {
            "Search results"
        });
    });
    Effect::new(move |_| {
        results.track();
        mark_once("questions-rendered");
    });
    // The list's query string, which every row's link keeps.
    let query = Memo::new(move |_| filters.with(Filters::to_query_string));
    let count = move || {
        let n = results.with(Vec::len);
        match n {
            1 => "1 question".to_string(),
            n => format!("{n} questions"),
        }
    };
    view! {
        <h1>"Browse questions"</h1>
        <QuestionFilters filters=filters apply=apply />
        <div class="results-bar">
            <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
                {count}
            </p>
            <Show when=move || !filters.with(Filters::is_empty)>
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| apply.run((Filters::default(), false))
                >
                    "Clear filters"
                </button>
            </Show>
        </div>
        <Show
            when=move || results.with(|list| !list.is_empty())
            fallback=move || {
                view! {
                    <div class="empty" data-testid="empty">
                        <p>
                            <strong>"No questions match."</strong>
                            " "
                            {move || explain_empty(cat, &filters.get())}
                        </p>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| apply.run((Filters::default(), false))
                        >
                            "Clear all filters"
                        </button>
                    </div>
                }
            }
        >
            // Keyed rows: a row is built once and kept while its question stays in the list.
            <ol class="question-list" data-testid="question-list">
                <For each=move || results.get() key=|q| q.id.as_str() let(q)>
                    <QuestionRow q=q query=query />
                </For>
            </ol>
        </Show>
    }
}

/// A sentence saying which filters together leave nothing, and a hint when the guide
/// simply has no such data (recent questions carry no difficulty).
fn explain_empty(cat: &Catalog, f: &Filters) -> String {
    let mut parts = Vec::new();
    if !f.query.trim().is_empty() {
        parts.push(format!("the search “{}”", f.query.trim()));
    }
    if let Some(s) = &f.section {
        parts.push(format!("section {}", cat.section_title(s)));
    }
    if let Some(d) = f.difficulty {
        parts.push(format!("difficulty {}", d.label()));
    }
    if let Some(c) = &f.company {
        parts.push(format!("company {c}"));
    }
    if let Some(y) = f.year {
        parts.push(format!("year {y}"));
    }
    if let Some(r) = &f.round_type {
        parts.push(format!("round type {}", cat.round_type_title(r)));
    }
    if let Some(s) = f.status {
        parts.push(format!("status {}", s.label()));
    }
    if f.bookmarked {
        parts.push("bookmarked only".to_string());
    }
    let mut out = format!("Nothing fits {} together.", parts.join(", "));
    let recent_only = f.company.is_some()
        || f.year.is_some()
        || f.round_type.is_some()
        || f.section.as_deref() == Some("recent");
    if f.difficulty.is_some() && recent_only {
        out.push_str(
            " The guide gives difficulty only for the topic tables, not for recent company questions.",
        );
    } else if f.round_type.is_some() && f.section.as_deref().is_some_and(|s| s != "recent") {
        out.push_str(" Round types are given only for the recent company questions.");
    }
    out
}
