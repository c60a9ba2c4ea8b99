//! The header with the main navigation, and the footer.

use crate::platform::web::{base_path, href, reveal_current_nav, reveal_focused_in_nav};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const NAV: [(&str, &str); 7] = [
    ("/browse", "Browse"),
    ("/today", "Today"),
    ("/plan", "Plan"),
    ("/interview", "Interview"),
    ("/progress", "Progress"),
    ("/companies", "Companies"),
    ("/tips", "Tips"),
];

#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let current = move |target: &str| {
        let full = location.pathname.get();
        let path = full.strip_prefix(base_path()).unwrap_or(&full);
        let active = if target == "/" {
            path == "/" || path.is_empty()
        } else {
            path.starts_with(target)
                || (target == "/browse" && path.starts_with("/q/"))
                || (target == "/today" && path.starts_with("/review"))
        };
        active.then_some("page")
    };
    Effect::new(move |_| {
        location.pathname.track();
        reveal_current_nav();
    });
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                // On a phone the short name leaves room for the navigation in one row;
                // screen readers always hear the full name.
                <a class="brand" href=href("/")>
                    <span class="brand-short" aria-hidden="true">
                        "ML Prep"
                    </span>
                    <span class="brand-long">"ML Interview Prep"</span>
                </a>
                <nav aria-label="Main" on:focusin=|ev| reveal_focused_in_nav(&ev)>
                    <ul class="nav">
                        {NAV
                            .into_iter()
                            .map(|(target, label)| {
                                view! {
                                    <li>
                                        <a href=href(target) aria-current=move || current(target)>
                                            {label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer wrap">
            <p>"Runs entirely in your browser. Press " <kbd>"/"</kbd> " to search."</p>
        </footer>
    }
}
