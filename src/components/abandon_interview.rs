//! "Abandon interview", asked twice: the first press opens an inline confirmation.

use crate::components::confirm::Confirm;
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
    let confirm = move |()| {
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
                    <Confirm
                        id="abandon".to_string()
                        question="Abandon this interview?"
                        detail="What you answered so far is kept in its report; the rest is left unanswered."
                        action="Yes, abandon"
                        action_testid="abandon-yes"
                        on_confirm=Callback::new(confirm.clone())
                        on_cancel=Callback::new(move |()| asking.set(false))
                        back="Keep going"
                        focus_back=true
                    />
                }
                    .into_any()
            }} <FormError error=error />
        </div>
    }
}
