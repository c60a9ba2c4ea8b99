//! An inline confirmation for a destructive action: the question, what it means, the
//! action and a way back. It takes the keyboard's focus when it opens.

use crate::platform::web::focus_id;
use leptos::prelude::*;

/// `id` must be unique in the page: it names the question for assistive technology and
/// the two buttons (`{id}-yes`, `{id}-no`) for focus. Focus lands on the action, or with
/// `focus_back` on the way back (for actions that cannot be undone). `children`: more
/// buttons shown before the action, such as "Export first".
#[component]
pub fn Confirm(
    id: String,
    question: &'static str,
    detail: &'static str,
    action: &'static str,
    action_testid: &'static str,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
    #[prop(default = "Cancel")] back: &'static str,
    #[prop(optional)] focus_back: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let yes = format!("{id}-yes");
    let no = format!("{id}-no");
    let first = if focus_back { no.clone() } else { yes.clone() };
    // Once it is in the page (an effect runs after the view is mounted; not a frame
    // callback, which a paused page clock would hold back).
    Effect::new(move |_| {
        focus_id(&first);
    });
    let label = format!("{id}-q");
    let labelled_by = label.clone();
    view! {
        <div class="notice confirm" role="alertdialog" aria-labelledby=labelled_by>
            <p id=label>
                <strong>{question}</strong>
                " "
                {detail}
            </p>
            <p class="banner-actions">
                {children.map(|c| c())}
                <button
                    type="button"
                    id=yes
                    class="button danger"
                    data-testid=action_testid
                    on:click=move |_| on_confirm.run(())
                >
                    {action}
                </button>
                <button
                    type="button"
                    id=no
                    class="button secondary"
                    on:click=move |_| on_cancel.run(())
                >
                    {back}
                </button>
            </p>
        </div>
    }
}
