//! Your data: export everything to a file, import a file (merge or replace, after a preview),
//! reset with confirmation and undo.

use crate::components::confirm::Confirm;
use crate::domain::history::History;
use crate::domain::lists::Lists;
use crate::domain::own_questions::{OwnQuestions, count_text};
use crate::domain::plan::Plans;
use crate::domain::plural::count;
use crate::domain::progress::Progress;
use crate::domain::store_doc::{
    ExportFile, ImportMode, ImportPreview, apply, parse_import, preview,
};
use crate::platform::storage;
use crate::platform::web::{chosen_file, file_bytes, set_title};
use crate::split::later::{RecordingsSlot, recordings_view};
use crate::stores::download_export;
use crate::stores::interview::use_interview;
use crate::stores::lists::use_lists;
use crate::stores::own::use_own;
use crate::stores::plan::use_plan;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A file read and checked, waiting for Merge or Replace.
#[derive(Clone)]
struct Incoming {
    file: ExportFile,
    history: Option<History>,
    own: Option<OwnQuestions>,
    /// How many of its own questions are not here yet.
    own_new: usize,
    lists: Option<Lists>,
}

#[derive(Clone)]
enum ImportState {
    Idle,
    Problem(String),
    Ready(Box<Incoming>, ImportPreview, String),
    Done(String),
}

#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Your data");
    let (message, set_message) = signal(None::<String>);
    let export = move || {
        let export = download_export();
        spawn_local(async move {
            set_message.set(Some(match export.await {
                Ok(()) => "Export downloaded.".to_string(),
                Err(e) => format!("Export failed: {e}."),
            }));
        });
    };
    // Whether the browser keeps this site's data when space runs low (`None` until known, or
    // when it cannot tell).
    let persisted = LocalResource::new(storage::persistence);
    view! {
        <h1>"Your data"</h1>
        <p class="lead">
            "Your progress lives only in this browser. Export it to keep a copy or to move it to another device."
        </p>
        // Its answer arrives after the page is drawn: room is kept for it, so nothing moves.
        <p class="muted small persistence" data-testid="persistence">
            {move || match persisted.get().flatten() {
                Some(true) => {
                    "This browser has agreed to keep your progress even when disk space runs low."
                }
                Some(false) => {
                    "This browser may clear site data when disk space runs low (it decides, not this app). Export now and then to be safe."
                }
                None => "",
            }}
        </p>
        <section aria-labelledby="export-title">
            <h2 id="export-title">"Export"</h2>
            <p>
                "One JSON file with your statuses, bookmarks, notes, ratings, review schedule, past mock interviews, your own questions and your lists (recorded answers are not in it)."
            </p>
            <button type="button" class="button" data-testid="export" on:click=move |_| export()>
                "Export progress"
            </button>
            <p class="muted" aria-live="polite">
                {message}
            </p>
        </section>
        <ImportSection />
        <ResetSection export=Callback::new(move |_| export()) />
        // Recordings live in their own database, read by their own chunk: last, so that
        // nothing moves when it arrives.
        {Suspend::new(recordings_view(RecordingsSlot::Data))}
    }
}

#[component]
fn ImportSection() -> impl IntoView {
    let store = use_progress();
    let own_store = use_own();
    let lists_store = use_lists();
    let (state, set_state) = signal(ImportState::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some((file, name)) = chosen_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let bytes = match file_bytes(file, &name).await {
                Ok(bytes) => bytes,
                Err(e) => {
                    set_state.set(ImportState::Problem(e));
                    return;
                }
            };
            set_state.set(match parse_import(&bytes) {
                Ok(file) => {
                    let p = store.progress.with_untracked(|cur| preview(cur, &file));
                    let history = if file.interviews.is_null() {
                        Ok(None)
                    } else {
                        History::from_json(&file.interviews.to_string()).map(Some)
                    };
                    let own = if file.own_questions.is_null() {
                        Ok(None)
                    } else {
                        OwnQuestions::from_value(file.own_questions.clone()).map(Some)
                    };
                    let lists = if file.lists.is_null() {
                        Ok(None)
                    } else {
                        Lists::from_value(file.lists.clone()).map(Some)
                    };
                    match (history, own, lists) {
                        (Ok(history), Ok(own), Ok(lists)) => {
                            let own_new = own.as_ref().map_or(0, |theirs| {
                                own_store.doc.with_untracked(|mine| {
                                    theirs
                                        .questions
                                        .iter()
                                        .filter(|o| mine.get(&o.question.id).is_none())
                                        .count()
                                })
                            });
                            let incoming = Incoming {
                                file,
                                history,
                                own,
                                own_new,
                                lists,
                            };
                            ImportState::Ready(Box::new(incoming), p, name)
                        }
                        (Err(e), _, _) => ImportState::Problem(format!("“{name}” was not imported: its interview history is not valid ({e}). Nothing was changed.")),
                        (_, Err(e), _) => ImportState::Problem(format!("“{name}” was not imported: its own questions are not valid ({e}). Nothing was changed.")),
                        (_, _, Err(e)) => ImportState::Problem(format!("“{name}” was not imported: its lists are not valid ({e}). Nothing was changed.")),
                    }
                }
                Err(e) => ImportState::Problem(format!(
                    "“{name}” was not imported: {e}. Nothing was changed."
                )),
            });
        });
    };
    let interviews = use_interview();
    let run = move |mode: ImportMode| {
        if let ImportState::Ready(incoming, _, name) = state.get_untracked() {
            let Incoming {
                file,
                history,
                own,
                lists,
                ..
            } = *incoming;
            if let Some(theirs) = lists {
                lists_store.update(|mine, _| match mode {
                    ImportMode::Merge => mine.merge_from(&theirs),
                    ImportMode::Replace => *mine = theirs,
                });
            }
            store.update(move |p, now| *p = apply(p, &file, mode, now));
            if let Some(theirs) = own {
                match mode {
                    ImportMode::Merge => own_store.update(|mine| mine.merge_from(&theirs)),
                    ImportMode::Replace => own_store.replace(theirs),
                }
            }
            if let Some(h) = history {
                interviews.update_history(|mine| match mode {
                    ImportMode::Merge => {
                        mine.merge_from(&h);
                    }
                    ImportMode::Replace => *mine = h,
                });
            }
            let how = match mode {
                ImportMode::Merge => "merged with",
                ImportMode::Replace => "replaced",
            };
            set_state.set(ImportState::Done(format!("“{name}” {how} your progress.")));
        }
    };
    view! {
        <section aria-labelledby="import-title">
            <h2 id="import-title">"Import"</h2>
            <label class="button secondary file-button">
                "Choose an export file…"
                <input
                    type="file"
                    accept="application/json,.json"
                    data-testid="import-file"
                    on:change=on_file
                />
            </label>
            {move || match state.get() {
                ImportState::Idle => ().into_any(),
                ImportState::Problem(msg) => {
                    view! {
                        <p class="notice" role="alert" data-testid="import-error">
                            {msg}
                        </p>
                    }
                        .into_any()
                }
                ImportState::Done(msg) => {
                    view! {
                        <p class="muted" role="status" data-testid="import-done">
                            {msg}
                        </p>
                    }
                        .into_any()
                }
                ImportState::Ready(incoming, p, name) => {
                    let history = incoming.history.clone();
                    let own = incoming.own.as_ref().map(|o| (o.questions.len(), incoming.own_new));
                    let lists = incoming.lists.as_ref().map(|l| l.lists.len());
                    view! {
                        <div class="import-preview" data-testid="import-preview">
                            <p>
                                {format!(
                                    "“{name}” holds {} question records:",
                                    p.new + p.updated + p.unchanged + p.older_in_file,
                                )}
                            </p>
                            <ul>
                                <li data-testid="preview-new">{format!("{} new", p.new)}</li>
                                <li data-testid="preview-updated">
                                    {format!("{} updated (newer in the file)", p.updated)}
                                </li>
                                <li data-testid="preview-unchanged">
                                    {format!("{} unchanged", p.unchanged)}
                                </li>
                                {(p.older_in_file > 0)
                                    .then(|| {
                                        view! {
                                            <li>
                                                {format!(
                                                    "{} older in the file than here (merge keeps yours)",
                                                    p.older_in_file,
                                                )}
                                            </li>
                                        }
                                    })}
                                {(p.only_here > 0)
                                    .then(|| {
                                        view! {
                                            <li>
                                                {format!(
                                                    "{} only in this browser (replace removes them)",
                                                    p.only_here,
                                                )}
                                            </li>
                                        }
                                    })}
                                {history
                                    .map(|h| {
                                        view! {
                                            <li data-testid="preview-interviews">
                                                {format!("{} past mock interviews", h.len())}
                                            </li>
                                        }
                                    })}
                                {lists
                                    .map(|n| {
                                        view! {
                                            <li data-testid="preview-lists">{count(n, "list")}</li>
                                        }
                                    })}
                                {own
                                    .map(|(n, new)| {
                                        view! {
                                            <li data-testid="preview-own">
                                                {format!("{} ({new} not here yet)", count_text(n))}
                                            </li>
                                        }
                                    })}
                            </ul>
                            <p class="banner-actions">
                                <button
                                    type="button"
                                    class="button"
                                    data-testid="import-merge"
                                    on:click=move |_| run(ImportMode::Merge)
                                >
                                    {format!("Merge ({} changes)", p.changes(ImportMode::Merge))}
                                </button>
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="import-replace"
                                    on:click=move |_| run(ImportMode::Replace)
                                >
                                    {format!(
                                        "Replace ({} changes)",
                                        p.changes(ImportMode::Replace),
                                    )}
                                </button>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| set_state.set(ImportState::Idle)
                                >
                                    "Cancel"
                                </button>
                            </p>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ResetSection(export: Callback<()>) -> impl IntoView {
    let store = use_progress();
    let interviews = use_interview();
    let (confirming, set_confirming) = signal(false);
    let plan = use_plan();
    let own = use_own();
    let lists = use_lists();
    let undo = StoredValue::new(None::<(Progress, History, Plans, OwnQuestions, Lists)>);
    let (can_undo, set_can_undo) = signal(false);
    view! {
        <section aria-labelledby="reset-title">
            <h2 id="reset-title">"Reset"</h2>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button danger"
                            data-testid="reset"
                            on:click=move |_| set_confirming.set(true)
                        >
                            "Reset all progress…"
                        </button>
                    }
                }
            >
                <Confirm
                    id="reset".to_string()
                    question="Delete all statuses, bookmarks, notes, ratings, past mock interviews, your interview plan, your own questions and your lists in this browser?"
                    detail="Export first if you may want them back later."
                    action="Delete everything"
                    action_testid="reset-confirm"
                    on_confirm=Callback::new(move |()| {
                        undo.set_value(
                            Some((
                                store.progress.get_untracked(),
                                interviews.history.get_untracked(),
                                plan.plans.get_untracked(),
                                own.doc.get_untracked(),
                                lists.lists.get_untracked(),
                            )),
                        );
                        store.update(move |p, now| p.clear(now));
                        interviews.update_history(|h| *h = History::new());
                        plan.update(|p| *p = Plans::default());
                        own.replace(OwnQuestions::default());
                        lists.update(|l, _| *l = Lists::default());
                        set_confirming.set(false);
                        set_can_undo.set(true);
                    })
                    on_cancel=Callback::new(move |()| set_confirming.set(false))
                    focus_back=true
                >
                    <button type="button" class="button secondary" on:click=move |_| export.run(())>
                        "Export first"
                    </button>
                </Confirm>
            </Show>
            <Show when=move || can_undo.get()>
                <p role="status" data-testid="reset-done">
                    "All progress was deleted. "
                    <button
                        type="button"
                        class="link-button"
                        data-testid="undo-reset"
                        on:click=move |_| {
                            if let Some((progress, history, plans, questions, saved_lists)) = undo
                                .get_value()
                            {
                                store.update(move |p, now| p.replace_with(&progress, now));
                                interviews.update_history(|h| *h = history);
                                plan.update(|p| *p = plans);
                                own.replace(questions);
                                lists.update(|l, _| *l = saved_lists);
                            }
                            set_can_undo.set(false);
                        }
                    >
                        "Undo"
                    </button>
                </p>
            </Show>
        </section>
    }
}
