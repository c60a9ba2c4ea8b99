//! Own questions from a CSV file, into a new list named after the file. A file with any
//! problem is refused whole, each problem naming its line.

use crate::domain::catalog::{Question, Section};
use crate::domain::lists::{Lists, questions_text};
use crate::domain::sheet::read_csv;
use crate::platform::clock::now_ms;
use crate::platform::web::{chosen_file, file_bytes, href};
use crate::stores::catalog::use_catalog;
use crate::stores::lists::use_lists;
use crate::stores::own::{OwnStore, use_own};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
enum State {
    Idle,
    Problems(String, Vec<String>),
    Ready(String, Vec<Question>, Vec<Section>),
    Done(String, String),
}

/// "interview.csv" → "interview", made unique among the lists.
fn list_name(lists: &Lists, file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s).trim();
    let base = if stem.is_empty() { "Imported" } else { stem };
    let base: String = base.chars().take(60).collect();
    let mut name = base.clone();
    let mut n = 2;
    while lists
        .lists
        .iter()
        .any(|l| l.name.eq_ignore_ascii_case(&name))
    {
        name = format!("{base} ({n})");
        n += 1;
    }
    name
}

#[component]
pub fn CsvImport() -> impl IntoView {
    let cat = use_catalog();
    let own = use_own();
    let lists = use_lists();
    let state = RwSignal::new(State::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some((file, name)) = chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let next = match file_bytes(file, &name).await {
                Err(e) => State::Problems(name, vec![e]),
                Ok(bytes) => match read_csv(&bytes, cat, &mut OwnStore::new_id) {
                    Ok((questions, sections)) => State::Ready(name, questions, sections),
                    Err(problems) => State::Problems(name, problems),
                },
            };
            state.set(next);
        });
    };
    let add = move || {
        let State::Ready(file, questions, sections) = state.get_untracked() else {
            return;
        };
        let ids: Vec<String> = questions.iter().map(|q| q.id.clone()).collect();
        own.update(|doc| {
            let now = now_ms();
            for q in questions {
                let section = sections.iter().find(|s| s.id == q.section).cloned();
                doc.put(q, section, now);
            }
        });
        let name = lists.lists.with_untracked(|l| list_name(l, &file));
        let id = lists.create_list(name.clone());
        let n = ids.len();
        lists.update(|l, now| {
            l.add(&id, &ids, now);
        });
        state.set(State::Done(
            format!(
                "Added {} to your own questions, in the list “{name}”.",
                questions_text(n)
            ),
            href(&format!("/browse?list={id}")),
        ));
    };
    view! {
        <section aria-labelledby="csv-import-title" class="pack-import">
            <h2 id="csv-import-title">"Import questions from a spreadsheet"</h2>
            <p class="muted">
                "A CSV file whose first line names the columns: question (required), section, difficulty, company, year, round_type, answer_url, key_points (one per line in the cell)."
            </p>
            <label class="button secondary file-button">
                "Choose a CSV file…"
                <input
                    type="file"
                    accept=".csv,text/csv"
                    data-testid="csv-file"
                    on:change=on_file
                />
            </label>
            {move || match state.get() {
                State::Idle => ().into_any(),
                State::Problems(file, problems) => {
                    view! {
                        <div class="notice" role="alert" data-testid="csv-error">
                            <p>
                                <strong>
                                    {format!("“{file}” was not imported. Nothing was changed:")}
                                </strong>
                            </p>
                            <ul>
                                {problems
                                    .into_iter()
                                    .map(|p| view! { <li>{p}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                        .into_any()
                }
                State::Ready(file, questions, sections) => {
                    let extra = match sections.len() {
                        0 => String::new(),
                        1 => " and 1 new section".to_string(),
                        n => format!(" and {n} new sections"),
                    };
                    view! {
                        <div class="import-preview" data-testid="csv-preview">
                            <p>
                                {format!(
                                    "“{file}” holds {}{extra}: they become your own questions, in a new list.",
                                    questions_text(questions.len()),
                                )}
                            </p>
                            <p class="banner-actions">
                                <button
                                    type="button"
                                    class="button"
                                    data-testid="csv-add"
                                    on:click=move |_| add()
                                >
                                    "Add them"
                                </button>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| state.set(State::Idle)
                                >
                                    "Cancel"
                                </button>
                            </p>
                        </div>
                    }
                        .into_any()
                }
                State::Done(msg, link) => {
                    view! {
                        <p role="status" data-testid="csv-done">
                            {msg}
                            " "
                            <a href=link>"Browse it"</a>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
