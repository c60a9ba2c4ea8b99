//! Importing a pack (a list with its own questions, and its maker's progress if they chose
//! to include it): what it would change first, a choice per question that differs, whether
//! to take the progress, then "Add to my lists". A bad file changes nothing.

use crate::domain::lists::questions_text;
use crate::domain::pack::{Change, Pack, PackPreview, apply, parse_pack, preview};
use crate::domain::progress::merge;
use crate::platform::clock::now_ms;
use crate::platform::web::{chosen_file, clear_fragment, file_bytes, href};
use crate::stores::catalog::use_catalog;
use crate::stores::lists::use_lists;
use crate::stores::own::use_own;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;

#[derive(Clone)]
enum State {
    Idle,
    Problem(String),
    Ready(Box<Pack>, PackPreview),
    Done(String, String),
}

/// `shared`: a pack from a shared link (`#pack=…`), previewed at once.
#[component]
pub fn PackImport(#[prop(default = None)] shared: Option<Result<Pack, String>>) -> impl IntoView {
    let cat = use_catalog();
    let own = use_own();
    let lists = use_lists();
    let state = RwSignal::new(State::Idle);
    // Ids whose pack copy replaces this device's.
    let take = RwSignal::new(HashSet::<String>::new());
    // Whether the progress a pack carries is taken (newer entries win); off until asked.
    let with_progress = RwSignal::new(false);
    let progress = use_progress();
    let show = move |pack: Pack| {
        let p = own
            .doc
            .with_untracked(|o| lists.lists.with_untracked(|l| preview(&pack, cat, o, l)));
        take.set(
            p.own
                .iter()
                .filter(|(_, c)| *c == Change::Updated)
                .map(|(id, _)| id.clone())
                .collect(),
        );
        State::Ready(Box::new(pack), p)
    };
    match shared {
        Some(Ok(pack)) => state.set(show(pack)),
        Some(Err(e)) => state.set(State::Problem(format!(
            "The shared link could not be read: {e}. Nothing was changed."
        ))),
        None => {}
    }
    let on_file = move |ev: leptos::ev::Event| {
        let Some((file, name)) = chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let next = match file_bytes(file, &name).await.and_then(|b| parse_pack(&b)) {
                Ok(pack) => show(pack),
                Err(e) => State::Problem(format!(
                    "“{name}” was not imported: {e}. Nothing was changed."
                )),
            };
            state.set(next);
        });
    };
    let run = move || {
        let State::Ready(pack, _) = state.get_untracked() else {
            return;
        };
        let mut o = own.doc.get_untracked();
        let mut l = lists.lists.get_untracked();
        apply(&pack, cat, &mut o, &mut l, &take.get_untracked(), now_ms());
        own.replace(o);
        lists.update(move |mine, _| *mine = l);
        let mut took = String::new();
        if with_progress.get_untracked()
            && let Some(theirs) = pack.progress.clone()
        {
            took = format!(
                " Progress taken on {}.",
                questions_text(pack.newer_progress(&progress.progress.get_untracked()))
            );
            progress.update(move |mine, _| *mine = merge(mine, &theirs));
        }
        // A shared link is offered once: a reload does not ask again.
        clear_fragment();
        state.set(State::Done(
            format!("“{}” is in your lists.{took}", pack.name.trim()),
            href(&format!("/browse?list={}", pack.list_id)),
        ));
    };
    view! {
        <section aria-labelledby="pack-import-title" class="pack-import">
            <h2 id="pack-import-title">"Import a pack"</h2>
            <p class="muted">
                "A pack is a list exported from this app, with the questions of its own that it holds."
            </p>
            <label class="button secondary file-button">
                "Choose a pack file…"
                <input
                    type="file"
                    accept="application/json,.json"
                    data-testid="pack-file"
                    on:change=on_file
                />
            </label>
            {move || match state.get() {
                State::Idle => ().into_any(),
                State::Problem(msg) => {
                    view! {
                        <p class="notice" role="alert" data-testid="pack-error">
                            {msg}
                        </p>
                    }
                        .into_any()
                }
                State::Done(msg, link) => {
                    view! {
                        <p role="status" data-testid="pack-done">
                            {msg}
                            " "
                            <a href=link>"Browse it"</a>
                        </p>
                    }
                        .into_any()
                }
                State::Ready(pack, p) => {
                    let newer = progress.progress.with_untracked(|mine| pack.newer_progress(mine));
                    view! {
                        <PackPreviewView
                            pack=*pack
                            preview=p
                            take=take
                            with_progress=with_progress
                            newer_progress=newer
                            run=Callback::new(move |()| run())
                            cancel=Callback::new(move |()| state.set(State::Idle))
                        />
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn PackPreviewView(
    pack: Pack,
    preview: PackPreview,
    take: RwSignal<HashSet<String>>,
    with_progress: RwSignal<bool>,
    newer_progress: usize,
    run: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let choices: Vec<_> = preview
        .own
        .iter()
        .filter(|(_, c)| matches!(c, Change::Updated | Change::Conflict))
        .filter_map(|(id, c)| {
            pack.own
                .get(id)
                .map(|o| (id.clone(), *c, o.question.text.clone()))
        })
        .collect();
    let summary = format!(
        "“{}”: {} questions ({} of the guide, {} of the list owner's own).",
        pack.name.trim(),
        pack.questions.len(),
        preview.known,
        preview.own.len()
    );
    let nothing = preview.nothing_to_do() && newer_progress == 0;
    let carried = pack.progress_count();
    let action = if preview.list_exists {
        "Update my list"
    } else {
        "Add to my lists"
    };
    view! {
        <div class="import-preview" data-testid="pack-preview">
            <p>{summary}</p>
            <ul>
                <li data-testid="pack-new">{format!("{} new", preview.count(Change::New))}</li>
                <li data-testid="pack-updated">
                    {format!("{} updated (newer in the pack)", preview.count(Change::Updated))}
                </li>
                <li data-testid="pack-unchanged">
                    {format!("{} unchanged", preview.count(Change::Unchanged))}
                </li>
                <li data-testid="pack-conflicts">
                    {format!(
                        "{} conflicting (changed here since)",
                        preview.count(Change::Conflict),
                    )}
                </li>
                {(!preview.unknown.is_empty())
                    .then(|| {
                        view! {
                            <li>
                                {format!(
                                    "{} questions this version of the app does not have are left out",
                                    preview.unknown.len(),
                                )}
                            </li>
                        }
                    })}
            </ul>
            {(!choices.is_empty())
                .then(|| {
                    view! {
                        <fieldset class="pack-choices">
                            <legend>"Questions that differ from yours"</legend>
                            {choices
                                .into_iter()
                                .map(|(id, change, text)| {
                                    let a = id.clone();
                                    let b = id.clone();
                                    let c = id.clone();
                                    let name = format!("choice-{id}");
                                    let label = match change {
                                        Change::Conflict => "changed here since",
                                        _ => "newer in the pack",
                                    };
                                    view! {
                                        <div class="pack-choice" data-testid="pack-choice">
                                            <p>
                                                <strong>{text}</strong>
                                                " ("
                                                {label}
                                                ")"
                                            </p>
                                            <label class="check">
                                                <input
                                                    type="radio"
                                                    name=name.clone()
                                                    data-testid="take-theirs"
                                                    prop:checked=move || take.with(|t| t.contains(&a))
                                                    on:change=move |_| {
                                                        take.update(|t| {
                                                            t.insert(b.clone());
                                                        })
                                                    }
                                                />
                                                "Take the pack's"
                                            </label>
                                            <label class="check">
                                                <input
                                                    type="radio"
                                                    name=name
                                                    data-testid="keep-mine"
                                                    prop:checked=move || take.with(|t| !t.contains(&id))
                                                    on:change=move |_| {
                                                        take.update(|t| {
                                                            t.remove(&c);
                                                        })
                                                    }
                                                />
                                                "Keep mine"
                                            </label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })}
            {(carried > 0)
                .then(|| {
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                data-testid="pack-take-progress"
                                prop:checked=move || with_progress.get()
                                on:change=move |ev| with_progress.set(event_target_checked(&ev))
                            />
                            {format!(
                                " Also take the progress it carries on {} (status, bookmark, notes, ratings; {newer_progress} newer than yours)",
                                questions_text(carried),
                            )}
                        </label>
                    }
                })}
            {nothing
                .then(|| {
                    view! {
                        <p data-testid="pack-nothing">
                            "You already have everything in this pack: importing it changes nothing."
                        </p>
                    }
                })}
            <p class="banner-actions">
                <button
                    type="button"
                    class="button"
                    data-testid="pack-apply"
                    on:click=move |_| run.run(())
                >
                    {action}
                </button>
                <button type="button" class="link-button" on:click=move |_| cancel.run(())>
                    "Cancel"
                </button>
            </p>
        </div>
    }
}
