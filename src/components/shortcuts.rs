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

/// After an in-app navigation to another page, moves focus to the main region, so keyboard
/// and screen-reader users start at the new content rather than at the link they used.
/// The first render (a fresh load) leaves focus alone.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.as_ref().is_some_and(|p| *p != path) && !crate::web::typing_in_field() {
            focus_id("main");
        }
        path
    });
}
