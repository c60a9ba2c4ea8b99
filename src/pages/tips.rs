//! Preparation tips and learning resources, grouped as in the guide.

use crate::platform::web::set_title;
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;

/// Distinct values of `key` in first-seen order.
fn groups<'a, T>(items: &'a [T], key: impl Fn(&'a T) -> &'a str) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for g in items.iter().map(key) {
        if !out.contains(&g) {
            out.push(g);
        }
    }
    out
}

#[component]
pub fn TipsPage() -> impl IntoView {
    let cat = use_catalog();
    set_title("Tips and resources");
    let tip_groups = groups(&cat.tips, |t| t.group.as_str());
    let resource_groups = groups(&cat.resources, |r| r.group.as_str());
    view! {
        <h1>"Tips and resources"</h1>
        <section aria-labelledby="tips-title" data-testid="tips">
            <h2 id="tips-title">"Interview preparation tips"</h2>
            {tip_groups
                .into_iter()
                .map(|g| {
                    view! {
                        <h3>{g.to_string()}</h3>
                        <ol class="tips">
                            {cat
                                .tips
                                .iter()
                                .filter(|t| t.group == g)
                                .map(|t| {
                                    view! {
                                        <li>
                                            <strong>{t.title.clone()}</strong>
                                            " — "
                                            {t.text.clone()}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                })
                .collect_view()}
        </section>
        <section id="resources" aria-labelledby="res-title" data-testid="resources">
            <h2 id="res-title">"Learning resources"</h2>
            <p class="muted">"These links open in a new tab and need a network connection."</p>
            {resource_groups
                .into_iter()
                .map(|g| {
                    view! {
                        <h3>{g.to_string()}</h3>
                        <ul class="resources">
                            {cat
                                .resources
                                .iter()
                                .filter(|r| r.group == g)
                                .map(|r| {
                                    view! {
                                        <li>
                                            <a
                                                href=r.url.clone()
                                                target="_blank"
                                                rel="noopener noreferrer"
                                            >
                                                {r.title.clone()}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </section>
    }
}
