//! The header with the main navigation, and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

const NAV: [(&str, &str); 4] = [
    ("/", "Home"),
    ("/browse", "Browse"),
    ("/companies", "Companies"),
    ("/tips", "Tips & resources"),
];

#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let current = move |href: &str| {
        let path = location.pathname.get();
        let active = if href == "/" {
            path == "/"
        } else {
            path.starts_with(href) || (href == "/browse" && path.starts_with("/q/"))
        };
        active.then_some("page")
    };
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">"ML Interview Prep"</a>
                <nav aria-label="Main">
                    <ul class="nav">
                        {NAV
                            .into_iter()
                            .map(|(href, label)| {
                                view! {
                                    <li>
                                        <a href=href aria-current=move || current(href)>
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
            <p>
                "Runs entirely in your browser. Press " <kbd>"/"</kbd> " to search."
            </p>
        </footer>
    }
}
