//! What the user can do with one of their own questions: edit it, or delete it (asked
//! first; Browse then offers Undo).

use crate::components::confirm::Confirm;
use crate::platform::web::{focus_id, href};
use crate::stores::own::use_own;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Edit and Delete, on the page of an own question.
#[component]
pub fn OwnQuestionActions(id: String) -> impl IntoView {
    let store = use_own();
    let navigate = use_navigate();
    let confirming = RwSignal::new(false);
    let id = StoredValue::new(id);
    let delete = move |()| {
        store.delete(&id.get_value());
        navigate("/browse?mine=1", Default::default());
    };
    view! {
        <div class="own-actions" data-testid="own-actions">
            <span class="badge">"Your question"</span>
            <a
                class="button secondary"
                href=href(&format!("/q/{}/edit", id.get_value()))
                data-testid="own-edit"
            >
                "Edit"
            </a>
            <button
                type="button"
                class="button secondary danger"
                data-testid="own-delete"
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.set(true)
            >
                "Delete…"
            </button>
            <Show when=move || confirming.get()>
                <Confirm
                    id="own-delete".to_string()
                    question="Delete this question?"
                    detail="Your progress on it is kept, and you can undo this from the list."
                    action="Delete question"
                    action_testid="own-delete-confirm"
                    on_confirm=Callback::new(delete.clone())
                    on_cancel=Callback::new(move |()| confirming.set(false))
                />
            </Show>
        </div>
    }
}

/// "Deleted …. Undo", while a deleted question can be put back.
#[component]
pub fn DeletedNotice() -> impl IntoView {
    let store = use_own();
    move || {
        store.deleted.with(|d| {
            d.as_ref().map(|d| {
                let text = d.entry.question.text.clone();
                view! {
                    <p class="notice undo-notice" role="status" data-testid="own-deleted">
                        "Deleted “"
                        {text}
                        "”. "
                        <button
                            type="button"
                            class="link-button"
                            data-testid="own-undo"
                            on:click=move |_| {
                                store.undo_delete();
                                focus_id("main");
                            }
                        >
                            "Undo"
                        </button>
                    </p>
                }
            })
        })
    }
}
