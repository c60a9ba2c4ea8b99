//! The six company interview processes at a glance.

use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;

#[component]
pub fn CompaniesPage() -> impl IntoView {
    let cat = use_catalog();
    set_title("Company interview processes");
    view! {
        <h1>"Company interview processes"</h1>
        <p class="lead">
            "How each company runs its ML interview loop, what it looks for, and questions it has asked recently."
        </p>
        {cat
            .timeline
            .as_ref()
            .map(|t| {
                view! {
                    <p class="timeline" data-testid="timeline">
                        <strong>{format!("Typical length: {}. ", t.label)}</strong>
                        {t.text.clone()}
                    </p>
                }
            })}
        <ul class="tiles companies" data-testid="company-list">
            {cat
                .companies
                .iter()
                .map(|c| {
                    let n = cat.questions.iter().filter(|q| q.has_company(&c.name)).count();
                    let stages = c.stages.len();
                    view! {
                        <li>
                            <a href=href(&format!("/companies/{}", c.id))>
                                <span>{c.name.clone()}</span>
                                <span class="muted">
                                    {format!("{stages} stages · {n} recent questions")}
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
