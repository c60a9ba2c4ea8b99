//! Putting questions in lists: one question's lists (its page), several questions at once
//! (Browse), and a new list made on the spot.

use crate::domain::lists::{check_name, questions_text};
use crate::platform::web::href;
use crate::stores::lists::{ListsStore, use_lists};
use leptos::prelude::*;

/// Makes a list named `name` if the name is fine; its id, or why not.
fn make_list(store: ListsStore, name: &str) -> Result<String, String> {
    let name = store.lists.with_untracked(|l| check_name(l, name, None))?;
    Ok(store.create_list(name))
}

/// A name field and "Create list"; `made` gets the new list's id.
#[component]
fn NewList(id_prefix: &'static str, made: Callback<String>) -> impl IntoView {
    let store = use_lists();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input_id = format!("{id_prefix}-new-list");
    let error_id = format!("{id_prefix}-new-list-error");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match make_list(store, &name.get_untracked()) {
            Ok(id) => {
                error.set(None);
                name.set(String::new());
                made.run(id);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="new-list" on:submit=submit novalidate>
            <label for=input_id.clone()>"New list"</label>
            <span class="inline-field">
                <input
                    id=input_id
                    type="text"
                    placeholder="e.g. Meta onsite"
                    autocomplete="off"
                    data-testid=format!("{id_prefix}-new-list")
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" class="button secondary">
                    "Create"
                </button>
            </span>
            <p class="field-error" id=format!("{id_prefix}-new-list-error") role="alert">
                {move || error.get()}
            </p>
        </form>
    }
}

/// The lists one question is in, as checkboxes, and a new list (which gets the question).
#[component]
pub fn QuestionLists(id: String) -> impl IntoView {
    let store = use_lists();
    let id = StoredValue::new(id);
    let count = move || {
        store
            .lists
            .with(|l| id.with_value(|q| l.holding(q).count()))
    };
    let made = Callback::new(move |list: String| {
        store.update(|l, now| {
            l.add(&list, &[id.get_value()], now);
        });
    });
    view! {
        <details class="lists-control" data-testid="question-lists">
            <summary>
                {move || match count() {
                    0 => "Add to a list".to_string(),
                    1 => "In 1 list".to_string(),
                    n => format!("In {n} lists"),
                }}
            </summary>
            <fieldset>
                <legend class="visually-hidden">"Lists with this question"</legend>
                <For
                    each=move || {
                        store
                            .lists
                            .with(|l| {
                                l.lists
                                    .iter()
                                    .map(|x| (x.id.clone(), x.name.clone()))
                                    .collect::<Vec<_>>()
                            })
                    }
                    key=|(list, name)| (list.clone(), name.clone())
                    children=move |(list, name)| {
                        let key = list.clone();
                        let checked = move || {
                            store
                                .lists
                                .with(|l| {
                                    l.get(&key).is_some_and(|x| id.with_value(|q| x.contains(q)))
                                })
                        };
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    data-testid="list-check"
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let q = id.get_value();
                                        store
                                            .update(|l, now| {
                                                if on {
                                                    l.add(&list, &[q], now);
                                                } else {
                                                    l.remove(&list, &q, now);
                                                }
                                            });
                                    }
                                />
                                {name}
                            </label>
                        }
                    }
                />
            </fieldset>
            <NewList id_prefix="q" made=made />
            <p class="small">
                <a href=href("/lists")>"Your lists"</a>
            </p>
        </details>
    }
}

/// Adds every question shown (`ids`) to a list, an existing one or a new one.
#[component]
pub fn AddShownToList(ids: Signal<Vec<String>>) -> impl IntoView {
    let store = use_lists();
    let chosen = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let add_to = move |list: String| {
        let questions = ids.get_untracked();
        let mut added = 0;
        store.update(|l, now| added = l.add(&list, &questions, now));
        let name = store
            .lists
            .with_untracked(|l| l.get(&list).map(|x| x.name.clone()))
            .unwrap_or_default();
        let already = questions.len() - added;
        message.set(Some(if already == 0 {
            format!("Added {} to “{name}”.", questions_text(added))
        } else {
            let verb = if already == 1 { "was" } else { "were" };
            format!(
                "Added {} to “{name}” ({already} {verb} in it already).",
                questions_text(added)
            )
        }));
    };
    let lists = move || {
        store.lists.with(|l| {
            l.lists
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <details class="lists-control" data-testid="add-shown">
            <summary>{move || format!("Add these {} to a list", ids.with(Vec::len))}</summary>
            <Show when=move || !lists().is_empty()>
                <form
                    class="inline-field"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        let list = chosen.get_untracked();
                        let list = if list.is_empty() {
                            lists().first().map(|(id, _)| id.clone()).unwrap_or_default()
                        } else {
                            list
                        };
                        add_to(list);
                    }
                >
                    <label for="add-shown-list" class="visually-hidden">
                        "List"
                    </label>
                    <select
                        id="add-shown-list"
                        data-testid="add-shown-list"
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                    >
                        {move || {
                            lists()
                                .into_iter()
                                .map(|(id, name)| {
                                    let v = id.clone();
                                    view! {
                                        <option value=id prop:selected=move || chosen.get() == v>
                                            {name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                    <button type="submit" class="button secondary" data-testid="add-shown-go">
                        "Add"
                    </button>
                </form>
            </Show>
            <NewList id_prefix="shown" made=Callback::new(add_to) />
            <p class="muted" role="status" data-testid="add-shown-done">
                {move || message.get()}
            </p>
        </details>
    }
}
