//! The user's own text with Markdown and maths: shown as typed until the renderer (a chunk
//! fetched on first use) has turned it into HTML, which is safe to insert
//! (`domain::markdown`). Text without markup is shown as it is, with no chunk.

use crate::domain::markdown::has_markup;
use crate::split::later::markdown;
use leptos::prelude::*;

/// `inline`: for a heading or a list item (a `<span>`), else blocks (a `<div>`).
#[component]
pub fn RichText(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let html = LocalResource::new(move || {
        let text = text.get();
        async move {
            if has_markup(&text) {
                markdown(text, inline).await.ok()
            } else {
                None
            }
        }
    });
    move || {
        let rendered = html.get().flatten();
        match (rendered, inline) {
            (Some(h), true) => view! { <span class="rich" inner_html=h></span> }.into_any(),
            (Some(h), false) => view! { <div class="rich" inner_html=h></div> }.into_any(),
            (None, true) => view! { <span>{text.get()}</span> }.into_any(),
            (None, false) => view! { <div class="rich plain">{text.get()}</div> }.into_any(),
        }
    }
}
