//! Global keyboard shortcuts: `/` focuses the search box (opening Browse first if needed).

use crate::platform::web::{focus_id, typing_in_field};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use std::cell::Cell;

/// The id of the search field on the Browse page.
pub const SEARCH_ID: &str = "search";

thread_local! {
    /// Set when `/` asked for the search box before it was on the page (Browse's code may
    /// still be loading); the box takes focus when it mounts.
    static SEARCH_FOCUS_WANTED: Cell<bool> = const { Cell::new(false) };
}

/// Whether `/` asked for the search box since it was last on the page; clears the request.
pub fn take_search_focus_request() -> bool {
    SEARCH_FOCUS_WANTED.with(|w| w.replace(false))
}

#[component]
pub fn Shortcuts() -> impl IntoView {
    let navigate = use_navigate();
    let location = use_location();
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_field() {
            return;
        }
        e.prevent_default();
        if location.pathname.get_untracked() != crate::platform::web::href("/browse") {
            navigate("/browse", NavigateOptions::default());
        }
        // On Browse the box is there; otherwise it takes focus when the page mounts it.
        if !focus_id(SEARCH_ID) {
            SEARCH_FOCUS_WANTED.with(|w| w.set(true));
        }
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
        if previous.as_ref().is_some_and(|p| *p != path) && !crate::platform::web::typing_in_field()
        {
            focus_id("main");
        }
        path
    });
}
