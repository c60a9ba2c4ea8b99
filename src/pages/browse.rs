//! Browse: every question, filtered and searched, with the view kept in the URL.

use crate::components::later::{Later, grow_in_slices};
use crate::components::list_controls::AddShownToList;
use crate::components::own_question_actions::DeletedNotice;
use crate::components::question_filters::QuestionFilters;
use crate::components::question_row::QuestionRow;
use crate::domain::catalog::{Catalog, Question};
use crate::domain::search::{Filters, Found, SHOWN_FIRST};
use crate::platform::web::{href, mark_once, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::filters::use_filters;
use crate::stores::key_points::use_key_points;
use crate::stores::lists::use_lists;
use crate::stores::search::use_results;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// How many rows the list without search text shows before "Show all".
const LIST_FIRST: usize = 500;

#[component]
pub fn BrowsePage() -> impl IntoView {
    let cat = use_catalog();
    let url_filters = use_filters();
    let navigate = use_navigate();
    let go = Callback::new(move |(f, replace): (Filters, bool)| {
        navigate(
            &format!("/browse{}", f.to_query_string()),
            NavigateOptions {
                replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    });
    // The search text as typed, ahead of the address bar: the list follows every keystroke,
    // the URL follows once typing pauses or the search box is left (one history write per
    // search, not one per key). The URL stays the state: a link, Back or a reload read it.
    let typed = RwSignal::new(None::<String>);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
        }
    };
    on_cleanup(cancel);
    Effect::new(move |_| {
        url_filters.track();
        // A new URL while nothing is being typed (Back, a link): the URL is the truth.
        if pending.get_value().is_none() {
            typed.set(None);
        }
    });
    let filters = Memo::new(move |_| {
        let mut f = url_filters.get();
        if let Some(q) = typed.get() {
            f.query = q;
        }
        f
    });
    let settle = Callback::new(move |()| {
        if pending.get_value().is_some() {
            cancel();
            go.run((filters.get_untracked(), true));
        }
    });
    let apply = Callback::new(move |(f, typing): (Filters, bool)| {
        cancel();
        if typing {
            typed.set(Some(f.query.clone()));
            let handle = set_timeout_with_handle(
                move || {
                    pending.set_value(None);
                    go.run((filters.get_untracked(), true));
                },
                Duration::from_millis(300),
            );
            pending.set_value(handle.ok());
        } else {
            typed.set(None);
            go.run((f, false));
        }
    });
    // A search shows its best matches first; "Show all" lifts the limit until the search
    // changes. Without search text every question is listed.
    let shown = RwSignal::new(SHOWN_FIRST);
    Effect::new(move |_| {
        filters.track();
        shown.set(SHOWN_FIRST);
    });
    let searching = Memo::new(move |_| filters.with(|f| !f.query.trim().is_empty()));
    let results = use_results(filters, shown.into());
    // The list without the search text stays mounted (hidden) while a search shows its
    // ranked rows in a list of its own: starting or clearing a search hides one element
    // instead of removing and rebuilding every row.
    let base_filters = Memo::new(move |_| Filters {
        query: String::new(),
        ..filters.get()
    });
    let base = use_results(base_filters, Signal::stored(0));
    // With thousands of own questions, the list shows its first rows until asked for all
    // (the guide's 180 always fit).
    let base_limit = RwSignal::new(LIST_FIRST);
    let drawn = grow_in_slices(SLICE, move || base.try_with_untracked(|r| r.rows.len()));
    let base_rows = move || {
        let limit = base_limit.get().min(drawn.get());
        base.with(|r| {
            r.rows
                .iter()
                .take(limit)
                .map(|row| row.q)
                .collect::<Vec<_>>()
        })
    };
    let base_hidden = move || {
        let n = base.with(|r| r.rows.len());
        (!searching.get() && n > base_limit.get()).then_some(n)
    };
    let base_query = Memo::new(move |_| base_filters.with(Filters::to_query_string));
    let hidden = move || {
        let n = results.with(|r| r.rows.len());
        (searching.get() && n > shown.get()).then_some(n)
    };
    // Each shown row's match, in a signal of the row's own: a keystroke updates only the
    // rows whose marks changed, and a row leaving the list unsubscribes from nothing
    // shared (hundreds of rows leave at once when a search starts).
    let cells = StoredValue::new(HashMap::<&'static str, RwSignal<Option<Found>>>::new());
    let rows = move || {
        if !searching.get() {
            return Vec::new();
        }
        let limit = shown.get();
        results.with(|r| {
            let rows: Vec<(&'static Question, Option<Found>)> = r
                .rows
                .iter()
                .take(limit)
                .map(|row| (row.q, row.found.clone()))
                .collect();
            cells.update_value(|cells| {
                let kept: HashSet<&str> = rows.iter().map(|(q, _)| q.id.as_str()).collect();
                cells.retain(|id, _| kept.contains(id));
                for (q, found) in &rows {
                    if let Some(cell) = cells.get(q.id.as_str())
                        && cell.try_with_untracked(|f| f != found) == Some(true)
                    {
                        cell.try_set(found.clone());
                    }
                }
            });
            rows
        })
    };
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
    // Key points are searched once loaded; if they cannot be, the search says so. (Asked
    // only while searching: a plain Browse never loads them.)
    let key_points = use_key_points();
    let key_points_error = move || {
        if filters.with(|f| f.query.trim().is_empty()) {
            return None;
        }
        key_points.get().and_then(Result::err)
    };
    let shown_ids = Signal::derive(move || {
        results.with(|r| {
            r.rows
                .iter()
                .map(|row| row.q.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // The list's query string, which every row's link keeps.
    let query = Memo::new(move |_| filters.with(Filters::to_query_string));
    let count = move || {
        let n = results.with(|r| r.rows.len());
        match n {
            1 => "1 question".to_string(),
            n => format!("{n} questions"),
        }
    };
    view! {
        <div class="page-head">
            <h1>"Browse questions"</h1>
            <a class="button secondary" href=href("/questions/new") data-testid="add-own">
                "Add your own question"
            </a>
        </div>
        <DeletedNotice />
        {move || {
            filters
                .with(|f| f.list.clone())
                .map(|id| {
                    let name = use_lists()
                        .lists
                        .with(|l| l.get(&id).map(|x| x.name.clone()))
                        .unwrap_or_else(|| "a list that no longer exists".to_string());
                    view! {
                        <p class="list-banner" data-testid="list-banner">
                            "Showing your list “"
                            {name}
                            "”, in its order. "
                            <a href=href("/lists")>"Your lists"</a>
                        </p>
                    }
                })
        }}
        // Behind a prerendered copy, the filters are drawn a task later.
        <Later>
            <QuestionFilters filters=filters apply=apply settle=settle />
        </Later>
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
        <Show when=move || results.with(|r| !r.rows.is_empty())>
            <AddShownToList ids=shown_ids />
        </Show>
        {move || {
            key_points_error()
                .map(|e| {
                    view! {
                        <p class="search-note" data-testid="search-note">
                            "Key points are not searched: "
                            {e}
                            "."
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| key_points.retry()
                            >
                                "Try again"
                            </button>
                        </p>
                    }
                })
        }}
        // Keyed rows: a row is built once and kept while its question stays in the list.
        <ol
            class="question-list"
            data-testid=move || if searching.get() { "unsearched-list" } else { "question-list" }
            hidden=move || searching.get()
        >
            <For
                each=base_rows
                key=|q| q.id.as_str()
                children=move |q| view! { <QuestionRow q=q query=base_query /> }
            />
        </ol>
        <Show when=move || searching.get()>
            <ol class="question-list" data-testid="question-list">
                <For
                    each=rows
                    key=|(q, _)| q.id.as_str()
                    children=move |(q, found)| {
                        let cell = RwSignal::new(found);
                        cells
                            .update_value(|c| {
                                c.insert(q.id.as_str(), cell);
                            });
                        view! { <QuestionRow q=q query=query found=cell /> }
                    }
                />
            </ol>
        </Show>
        {move || {
            base_hidden()
                .map(|n| {
                    view! {
                        <button
                            type="button"
                            class="button secondary show-all"
                            data-testid="show-all-list"
                            on:click=move |_| base_limit.set(usize::MAX)
                        >
                            {format!("Show all {n} questions")}
                        </button>
                    }
                })
        }}
        {move || {
            hidden()
                .map(|n| {
                    view! {
                        <button
                            type="button"
                            class="button secondary show-all"
                            data-testid="show-all"
                            on:click=move |_| shown.set(usize::MAX)
                        >
                            {format!("Show all {n} results")}
                        </button>
                    }
                })
        }}
        <Show when=move || results.with(|r| r.rows.is_empty())>
            <div class="empty" data-testid="empty">
                <p>
                    <strong>"No questions match."</strong>
                    " "
                    {move || explain_empty(cat, &filters.get())}
                </p>
                {move || did_you_mean(&filters.get(), &results.with(|r| r.suggestions.clone()))}
                <button
                    type="button"
                    class="button"
                    on:click=move |_| apply.run((Filters::default(), false))
                >
                    "Clear all filters"
                </button>
            </div>
        </Show>
    }
}

/// Rows drawn in one task while the app draws itself behind a prerendered copy.
const SLICE: usize = 10;

/// Links to the same search with a misspelt word corrected, when that finds something.
fn did_you_mean(f: &Filters, suggestions: &[String]) -> Option<impl IntoView + use<>> {
    if suggestions.is_empty() {
        return None;
    }
    let links = suggestions
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let target = Filters {
                query: s.clone(),
                ..f.clone()
            };
            let url = href(&format!("/browse{}", target.to_query_string()));
            view! {
                {(i > 0).then_some(", ")}
                <a href=url data-testid="suggestion">
                    {s.clone()}
                </a>
            }
        })
        .collect_view();
    Some(view! { <p class="did-you-mean">"Did you mean " {links} "?"</p> })
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
    if f.mine {
        parts.push("your own questions only".to_string());
    }
    if f.list.is_some() {
        parts.push("the list".to_string());
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
