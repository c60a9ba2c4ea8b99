//! "Abandon interview", asked twice: the first press opens an inline confirmation.

use crate::components::form_error::FormError;
use crate::stores::interview::use_interview;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

#[component]
pub fn AbandonInterview() -> impl IntoView {
    let store = use_interview();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let confirm = move |_| {
        let id = store
            .current
            .with_untracked(|c| c.as_ref().map(|iv| iv.id.clone()));
        match store.act(|iv, now| iv.abandon(now)) {
            Ok(()) => {
                asking.set(false);
                if let Some(id) = id {
                    navigate(
                        &format!("/interview/report/{id}"),
                        NavigateOptions::default(),
                    );
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };
    // Focus the safe answer when the question appears (a side effect, no signal written).
    Effect::new(move |_| {
        if asking.get() {
            crate::platform::web::focus_id("abandon-no");
        }
    });
    view! {
        <div class="abandon">
            {move || {
                if !asking.get() {
                    return view! {
                        <button
                            type="button"
                            class="button secondary danger"
                            data-testid="abandon"
                            on:click=move |_| asking.set(true)
                        >
                            "Abandon interview…"
                        </button>
                    }
                        .into_any();
                }
                view! {
                    <div class="confirm" role="group" aria-labelledby="abandon-q">
                        <p id="abandon-q">
                            <strong>"Abandon this interview?"</strong>
                            " What you answered so far is kept in its report; the rest is left unanswered."
                        </p>
                        <p class="actions">
                            <button
                                type="button"
                                class="button danger"
                                data-testid="abandon-yes"
                                on:click=confirm.clone()
                            >
                                "Yes, abandon"
                            </button>
                            <button
                                type="button"
                                id="abandon-no"
                                class="button secondary"
                                on:click=move |_| asking.set(false)
                            >
                                "Keep going"
                            </button>
                        </p>
                    </div>
                }
                    .into_any()
            }} <FormError error=error />
        </div>
    }
}
