//! The user's own text with Markdown and maths: shown as typed until the renderer (a chunk
//! fetched on first use) has turned it into HTML, which is safe to insert
//! (`domain::markdown`). Text without markup is shown as it is, with no chunk.

use crate::domain::markdown::has_markup;
use crate::split::later::{Rich, markdown};
use leptos::prelude::*;

/// `inline`: for a heading or a list item (a `<span>`), else blocks (a `<div>`);
/// `in_link`: inline, inside a link, so the text's own links are shown as text.
#[component]
pub fn RichText(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] inline: bool,
    #[prop(optional)] in_link: bool,
) -> impl IntoView {
    let inline = inline || in_link;
    let mode = match (in_link, inline) {
        (true, _) => Rich::InLink,
        (false, true) => Rich::Inline,
        (false, false) => Rich::Blocks,
    };
    let html = LocalResource::new(move || {
        let text = text.get();
        async move {
            if has_markup(&text) {
                markdown(text, mode).await.ok()
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
