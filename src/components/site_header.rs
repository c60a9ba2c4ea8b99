//! The header with the main navigation, and the footer.

use crate::platform::web::{base_path, href};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const NAV: [(&str, &str); 6] = [
    ("/browse", "Browse"),
    ("/review", "Review"),
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
            path.starts_with(target) || (target == "/browse" && path.starts_with("/q/"))
        };
        active.then_some("page")
    };
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href=href("/")>
                    "ML Interview Prep"
                </a>
                <nav aria-label="Main">
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
