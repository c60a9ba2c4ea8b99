//! Shown for any URL the app does not know.

use crate::platform::web::{href, set_title};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>"Page not found"</h1>
            <p>
                "There is no page at this address. The link may be mistyped, or the question may have moved."
            </p>
            <p>
                <a class="button" href=href("/")>
                    "Go to the home page"
                </a>
                " "
                <a href=href("/browse")>"Browse all questions"</a>
            </p>
        </section>
    }
}
