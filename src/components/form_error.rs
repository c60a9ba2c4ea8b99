//! Why the last action failed, announced at once; nothing when all is well.

use leptos::prelude::*;

#[component]
pub fn FormError(error: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p class="form-error" role="alert">
            {move || error.get()}
        </p>
    }
}
