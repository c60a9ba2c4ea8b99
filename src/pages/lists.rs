//! Your lists (`/lists`): each with its questions in order (move up, down, out), rename,
//! delete with undo, and links to browse it or draw a mock interview from it.

use crate::components::confirm::Confirm;
use crate::components::csv_import::CsvImport;
use crate::components::pack_import::PackImport;
use crate::components::rich_text::RichText;
use crate::domain::lists::{List, check_name, questions_text};
use crate::domain::own_questions::is_own;
use crate::domain::pack::{pack_of, slug as pack_slug};
use crate::domain::share::{from_fragment, to_fragment};
use crate::domain::sheet::anki_tsv;
use crate::platform::file_mode;
use crate::platform::storage;
use crate::platform::web::{copy_text, focus_id, fragment, href, set_title, site_url};
use crate::stores::catalog::use_catalog;
use crate::stores::key_points::use_key_points;
use crate::stores::lists::use_lists;
use crate::stores::own::use_own;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ListsPage() -> impl IntoView {
    set_title("Your lists");
    let store = use_lists();
    let ids = move || {
        store
            .lists
            .with(|l| l.lists.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    };
    // Packs leave personal progress out unless this is ticked (share links always do).
    let with_progress = RwSignal::new(false);
    view! {
        <h1>"Your lists"</h1>
        <p class="lead">
            "Group questions for an interview or a weak spot, in the order you want to practise them. Add questions from their page, or everything a Browse view shows."
        </p>
        {move || {
            store
                .deleted
                .with(|d| {
                    d.as_ref()
                        .map(|d| {
                            let name = d.list.name.clone();
                            view! {
                                <p
                                    class="notice undo-notice"
                                    role="status"
                                    data-testid="list-deleted"
                                >
                                    "Deleted the list “"
                                    {name}
                                    "”. "
                                    <button
                                        type="button"
                                        class="link-button"
                                        data-testid="list-undo"
                                        on:click=move |_| store.undo_delete()
                                    >
                                        "Undo"
                                    </button>
                                </p>
                            }
                        })
                })
        }}
        <Show when=move || store.lists.with(|l| l.lists.is_empty())>
            <div class="empty" data-testid="no-lists">
                <p>
                    <strong>"No lists yet."</strong>
                    " Open a question and use “Add to a list”, or add a whole Browse view at once."
                </p>
                <a class="button" href=href("/browse")>
                    "Browse questions"
                </a>
            </div>
        </Show>
        <Show when=move || store.lists.with(|l| !l.lists.is_empty())>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="pack-with-progress"
                    prop:checked=move || with_progress.get()
                    on:change=move |ev| with_progress.set(event_target_checked(&ev))
                />
                " Include my progress (status, bookmark, notes, ratings) in exported pack files"
            </label>
        </Show>
        <For
            each=ids
            key=|id| id.clone()
            children=move |id| view! { <ListCard id=id with_progress=with_progress /> }
        />
        // A shared link (`/lists#pack=…`) opens here with its preview.
        <PackImport shared=from_fragment(&fragment()) />
        <CsvImport />
    }
}

#[component]
fn ListCard(id: String, with_progress: RwSignal<bool>) -> impl IntoView {
    let store = use_lists();
    let cat = use_catalog();
    let id = StoredValue::new(id);
    let list = move || store.lists.with(|l| id.with_value(|id| l.get(id).cloned()));
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = store
            .lists
            .with_untracked(|l| check_name(l, &name.get_untracked(), Some(&id.get_value())));
        match checked {
            Ok(n) => {
                store.update(|l, now| l.rename(&id.get_value(), n, now));
                renaming.set(false);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let heading_id = move || format!("list-{}", id.get_value());
    let export = RwSignal::new(None::<Result<String, String>>);
    let own = use_own();
    let share = RwSignal::new(None::<Result<String, String>>);
    let share_link = move |list_id: &str| -> Result<String, String> {
        let pack = store.lists.with_untracked(|l| {
            l.get(list_id)
                .map(|list| own.doc.with_untracked(|o| pack_of(list, o)))
        });
        let fragment = to_fragment(&pack.ok_or("the list is gone")?)?;
        Ok(format!("{}/lists#{fragment}", site_url()))
    };
    let key_points = use_key_points();
    key_points.load();
    // Front: the question; back: its key points (the guide's come from catalog.json).
    let export_anki = move |list_id: &str| -> Result<String, String> {
        let points = key_points
            .ready()
            .ok_or("the key points are still loading; try again in a moment")?;
        let (name, notes) = store
            .lists
            .with_untracked(|l| {
                l.get(list_id).map(|list| {
                    let notes: Vec<_> = list
                        .questions
                        .iter()
                        .filter_map(|q| cat.question(q))
                        .map(|q| (q, points.get(&q.id).cloned().unwrap_or_default()))
                        .collect();
                    (list.name.clone(), anki_tsv(&notes))
                })
            })
            .ok_or("the list is gone")?;
        let file = format!("{}.anki.tsv", pack_slug(&name));
        storage::download(&file, &notes, "text/tab-separated-values")?;
        Ok(file)
    };
    let progress = use_progress();
    let export_pack = move |list_id: &str| -> Result<String, String> {
        let pack = store.lists.with_untracked(|l| {
            l.get(list_id)
                .map(|list| own.doc.with_untracked(|o| pack_of(list, o)))
        });
        let mut pack = pack.ok_or("the list is gone")?;
        if with_progress.get_untracked() {
            pack = progress.progress.with_untracked(|p| pack.with_progress(p));
        }
        let name = pack.file_name();
        storage::download(&name, &pack.to_json()?, "application/json")?;
        Ok(name)
    };
    move || {
        list()
            .map(|l: List| {
                let browse = href(&format!("/browse?list={}", l.id));
                let interview = href(&format!("/interview?list={}", l.id));
                let review = href(&format!("/today?list={}", l.id));
                let count = questions_text(l.questions.len());
                let rows = l
                    .questions
                    .iter()
                    .filter_map(|q| cat.question(q))
                    .map(|q| {
                        let qid = q.id.clone();
                        let up = qid.clone();
                        let down = qid.clone();
                        let out = qid.clone();
                        let text = q.text.clone();
                        view! {
                            <li data-testid="list-item">
                                <a href=href(
                                    &format!("/q/{}?list={}", q.id, l.id),
                                )>
                                    {if is_own(&q.id) {
                                        view! { <RichText text=q.text.clone() in_link=true /> }
                                            .into_any()
                                    } else {
                                        q.text.clone().into_any()
                                    }}
                                </a>
                                <span class="list-item-actions">
                                    <button
                                        type="button"
                                        class="icon-button"
                                        aria-label=format!("Move up: {text}")
                                        id=format!("list-up-{}", up)
                                        data-testid="list-up"
                                        on:click=move |_| {
                                            store
                                                .update(|l, now| l.shift(&id.get_value(), &up, -1, now));
                                            let again = format!("list-up-{}", up);
                                            request_animation_frame(move || {
                                                focus_id(&again);
                                            });
                                        }
                                    >
                                        "↑"
                                    </button>
                                    <button
                                        type="button"
                                        class="icon-button"
                                        aria-label=format!("Move down: {text}")
                                        id=format!("list-down-{}", down)
                                        data-testid="list-down"
                                        on:click=move |_| {
                                            store
                                                .update(|l, now| l.shift(&id.get_value(), &down, 1, now));
                                            let again = format!("list-down-{}", down);
                                            request_animation_frame(move || {
                                                focus_id(&again);
                                            });
                                        }
                                    >
                                        "↓"
                                    </button>
                                    <button
                                        type="button"
                                        class="icon-button"
                                        aria-label=format!("Remove from the list: {text}")
                                        data-testid="list-remove"
                                        on:click=move |_| {
                                            store.update(|l, now| l.remove(&id.get_value(), &out, now))
                                        }
                                    >
                                        "×"
                                    </button>
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let current = l.name.clone();
                view! {
                    <section class="list-card" aria-labelledby=heading_id data-testid="list-card">
                        <div class="page-head">
                            <h2 id=heading_id>{l.name.clone()}</h2>
                            <span class="muted">{count}</span>
                        </div>
                        <p class="banner-actions">
                            <a class="button" href=browse data-testid="list-browse">
                                "Browse"
                            </a>
                            <a class="button secondary" href=review data-testid="list-review">
                                "Review"
                            </a>
                            <a class="button secondary" href=interview data-testid="list-interview">
                                "Mock interview"
                            </a>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="list-export"
                                on:click=move |_| export.set(Some(export_pack(&id.get_value())))
                            >
                                "Export pack"
                            </button>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="list-anki"
                                on:click=move |_| export.set(Some(export_anki(&id.get_value())))
                            >
                                "Export for Anki"
                            </button>
                            {(!file_mode::active())
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            class="button secondary"
                                            data-testid="list-share"
                                            on:click=move |_| {
                                                share.set(Some(share_link(&id.get_value())))
                                            }
                                        >
                                            "Share link"
                                        </button>
                                    }
                                })}
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="list-rename"
                                on:click=move |_| {
                                    name.set(current.clone());
                                    renaming.set(true);
                                }
                            >
                                "Rename"
                            </button>
                            <button
                                type="button"
                                class="button secondary danger"
                                data-testid="list-delete"
                                on:click=move |_| confirming.set(true)
                            >
                                "Delete…"
                            </button>
                        </p>
                        {move || {
                            export
                                .get()
                                .map(|result| {
                                    view! {
                                        <p class="muted" role="status" data-testid="list-exported">
                                            {match result {
                                                Ok(name) => format!("Downloaded {name}."),
                                                Err(e) => format!("The pack could not be exported: {e}."),
                                            }}
                                        </p>
                                    }
                                })
                        }}
                        {move || {
                            share
                                .get()
                                .map(|result| match result {
                                    Ok(link) => {
                                        let copied = RwSignal::new(None::<bool>);
                                        let text = link.clone();
                                        view! {
                                            <div class="share-link" data-testid="share-box">
                                                <label for=format!(
                                                    "share-{}",
                                                    id.get_value(),
                                                )>
                                                    "Link to this list (it holds the list itself; nothing is uploaded)"
                                                </label>
                                                <span class="inline-field">
                                                    <input
                                                        id=format!("share-{}", id.get_value())
                                                        type="text"
                                                        readonly
                                                        data-testid="share-link"
                                                        prop:value=link
                                                    />
                                                    <button
                                                        type="button"
                                                        class="button secondary"
                                                        on:click=move |_| {
                                                            let text = text.clone();
                                                            spawn_local(async move {
                                                                copied.set(Some(copy_text(&text).await));
                                                            });
                                                        }
                                                    >
                                                        "Copy"
                                                    </button>
                                                </span>
                                                <p class="muted small" role="status">
                                                    {move || match copied.get() {
                                                        Some(true) => "Copied.",
                                                        Some(false) => {
                                                            "The browser did not allow copying: select the link and copy it."
                                                        }
                                                        None => "",
                                                    }}
                                                </p>
                                            </div>
                                        }
                                            .into_any()
                                    }
                                    Err(e) => {
                                        view! {
                                            <p class="notice" role="alert" data-testid="share-error">
                                                {e}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                })
                        }}
                        <Show when=move || renaming.get()>
                            <form class="inline-field" on:submit=rename novalidate>
                                <label for=format!("rename-{}", id.get_value())>"New name"</label>
                                <input
                                    id=format!("rename-{}", id.get_value())
                                    type="text"
                                    data-testid="list-name"
                                    prop:value=move || name.get()
                                    on:input=move |ev| name.set(event_target_value(&ev))
                                />
                                <button
                                    type="submit"
                                    class="button secondary"
                                    data-testid="list-name-save"
                                >
                                    "Save"
                                </button>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| renaming.set(false)
                                >
                                    "Cancel"
                                </button>
                            </form>
                            <p class="field-error" role="alert">
                                {move || error.get()}
                            </p>
                        </Show>
                        <Show when=move || confirming.get()>
                            <Confirm
                                id=format!("delete-{}", id.get_value())
                                question="Delete this list?"
                                detail="The questions themselves stay."
                                action="Delete list"
                                action_testid="list-delete-confirm"
                                on_confirm=Callback::new(move |()| store.delete(&id.get_value()))
                                on_cancel=Callback::new(move |()| confirming.set(false))
                            />
                        </Show>
                        <ol class="list-items">{rows}</ol>
                    </section>
                }
            })
    }
}
