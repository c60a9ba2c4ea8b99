//! The search box and the filter menus of the Browse page. They only read and write the URL.

use crate::components::shortcuts::{SEARCH_ID, take_search_focus_request};
use crate::domain::catalog::Difficulty;
use crate::domain::own_questions::is_own;
use crate::domain::progress::Status;
use crate::domain::search::Filters;
use crate::stores::catalog::use_catalog;
use crate::stores::lists::use_lists;
use leptos::prelude::*;

/// `apply(new_filters, typing)` is called on every change (`typing`: a keystroke in the
/// search box); `settle()` when the search box is left or submitted.
#[component]
pub fn QuestionFilters(
    filters: Memo<Filters>,
    apply: Callback<(Filters, bool)>,
    settle: Callback<()>,
) -> impl IntoView {
    let cat = use_catalog();
    let change = move |edit: fn(&mut Filters, String), replace: bool| {
        move |ev: leptos::ev::Event| {
            let mut f = filters.get_untracked();
            edit(&mut f, event_target_value(&ev));
            apply.run((f, replace));
        }
    };
    let sections: Vec<(String, String)> = cat
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect();
    let difficulties: Vec<(String, String)> = Difficulty::ALL
        .iter()
        .map(|d| (d.slug().to_string(), d.label().to_string()))
        .collect();
    let companies: Vec<(String, String)> = cat
        .question_companies()
        .into_iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let years: Vec<(String, String)> = cat
        .years()
        .into_iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let statuses: Vec<(String, String)> = Status::ALL
        .iter()
        .map(|s| (s.slug().to_string(), s.label().to_string()))
        .collect();
    let lists: Vec<(String, String)> = use_lists().lists.with_untracked(|l| {
        l.lists
            .iter()
            .map(|x| (x.id.clone(), x.name.clone()))
            .collect()
    });
    let rounds: Vec<(String, String)> = cat
        .round_types
        .iter()
        .map(|r| (r.id.clone(), r.title.clone()))
        .collect();
    // On narrow screens the menus fold away behind a button; they start open when a filter
    // is already set, so the user sees why the list is short.
    let active = move || {
        filters.with(|f| {
            let mut bare = f.clone();
            bare.query.clear();
            bare.to_pairs().len()
        })
    };
    let (open, set_open) = signal(active() > 0);
    // `/` pressed on another page: the box takes focus once it is on the page.
    let search_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = search_ref.get()
            && take_search_focus_request()
        {
            let _ = input.focus();
        }
    });
    let bookmarked = Memo::new(move |_| filters.with(|f| f.bookmarked));
    let mine = Memo::new(move |_| filters.with(|f| f.mine));
    let has_own = cat.questions.iter().any(|q| is_own(&q.id));
    view! {
        <form
            class="filters"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                settle.run(());
            }
        >
            <div class="field search-field">
                <label for=SEARCH_ID>"Search questions"</label>
                <input
                    id=SEARCH_ID
                    node_ref=search_ref
                    type="search"
                    placeholder="e.g. bias-variance, attention, Bayes"
                    autocomplete="off"
                    data-testid="search"
                    prop:value=move || filters.get().query
                    on:input=change(|f, v| f.query = v, true)
                    on:blur=move |_| settle.run(())
                />
            </div>
            <button
                type="button"
                class="button secondary filter-toggle"
                aria-controls="filter-panel"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || match active() {
                    0 => "Filters".to_string(),
                    n => format!("Filters ({n} on)"),
                }}
            </button>
            <div id="filter-panel" class="filter-panel" class:collapsed=move || !open.get()>
                <FilterSelect
                    id="f-section"
                    label="Section"
                    options=sections
                    current=Signal::derive(move || filters.get().section.unwrap_or_default())
                    on_change=change(|f, v| f.section = (!v.is_empty()).then_some(v), false)
                />
                <FilterSelect
                    id="f-difficulty"
                    label="Difficulty"
                    options=difficulties
                    current=Signal::derive(move || {
                        filters.get().difficulty.map(|d| d.slug().to_string()).unwrap_or_default()
                    })
                    on_change=change(|f, v| f.difficulty = Difficulty::from_slug(&v), false)
                />
                <FilterSelect
                    id="f-company"
                    label="Company"
                    options=companies
                    current=Signal::derive(move || filters.get().company.unwrap_or_default())
                    on_change=change(|f, v| f.company = (!v.is_empty()).then_some(v), false)
                />
                <FilterSelect
                    id="f-year"
                    label="Year"
                    options=years
                    current=Signal::derive(move || {
                        filters.get().year.map(|y| y.to_string()).unwrap_or_default()
                    })
                    on_change=change(|f, v| f.year = v.parse().ok(), false)
                />
                <FilterSelect
                    id="f-round"
                    label="Round type"
                    options=rounds
                    current=Signal::derive(move || filters.get().round_type.unwrap_or_default())
                    on_change=change(|f, v| f.round_type = (!v.is_empty()).then_some(v), false)
                />
                {(!lists.is_empty())
                    .then(|| {
                        view! {
                            <FilterSelect
                                id="f-list"
                                label="List"
                                options=lists
                                current=Signal::derive(move || {
                                    filters.get().list.unwrap_or_default()
                                })
                                on_change=change(
                                    |f, v| f.list = (!v.is_empty()).then_some(v),
                                    false,
                                )
                            />
                        }
                    })}
                <FilterSelect
                    id="f-status"
                    label="Your status"
                    options=statuses
                    current=Signal::derive(move || {
                        filters.get().status.map(|s| s.slug().to_string()).unwrap_or_default()
                    })
                    on_change=change(|f, v| f.status = Status::from_slug(&v), false)
                />
                <div class="field check-field">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="f-bookmarked"
                            prop:checked=bookmarked
                            on:change=move |ev| {
                                let mut f = filters.get_untracked();
                                f.bookmarked = event_target_checked(&ev);
                                apply.run((f, false));
                            }
                        />
                        " Bookmarked only"
                    </label>
                </div>
                <Show when=move || has_own || mine.get()>
                    <div class="field check-field">
                        <label>
                            <input
                                type="checkbox"
                                data-testid="f-mine"
                                prop:checked=mine
                                on:change=move |ev| {
                                    let mut f = filters.get_untracked();
                                    f.mine = event_target_checked(&ev);
                                    apply.run((f, false));
                                }
                            />
                            " My questions only"
                        </label>
                    </div>
                </Show>
            </div>
        </form>
    }
}

/// A labelled `<select>` whose first option means "any".
#[component]
fn FilterSelect<F>(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    current: Signal<String>,
    on_change: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::Event) + 'static,
{
    // A memo, so typing in the search box (which changes other filters' source) does not
    // touch every option.
    let current = Memo::new(move |_| current.get());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id data-testid=id on:change=on_change>
                <option value="" prop:selected=move || current.get().is_empty()>
                    "Any"
                </option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        view! {
                            <option value=value prop:selected=move || current.get() == v>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
