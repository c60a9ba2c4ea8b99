//! Global keyboard shortcuts: `/` focuses the search box (opening Browse first if needed).

use crate::web::{focus_id, typing_in_field};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

/// The id of the search field on the Browse page.
pub const SEARCH_ID: &str = "search";

#[component]
pub fn Shortcuts() -> impl IntoView {
    let navigate = use_navigate();
    let location = use_location();
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_field() {
            return;
        }
        e.prevent_default();
        if location.pathname.get_untracked() != crate::web::href("/browse") {
            navigate("/browse", NavigateOptions::default());
        }
        // The Browse page may still be rendering: focus on the next frame as well.
        focus_id(SEARCH_ID);
        request_animation_frame(|| focus_id(SEARCH_ID));
    });
    on_cleanup(move || handle.remove());
}
