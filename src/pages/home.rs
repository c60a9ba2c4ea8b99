//! Home: what the app is for, what the catalog holds, and where to go next.

use crate::platform::clock::now_ms;
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let cat = use_catalog();
    let store = use_progress();
    set_title("");
    let due = store.progress.with_untracked(|p| p.due(now_ms()).len());
    let topic_sections: Vec<_> = cat.sections.iter().collect();
    view! {
        <section class="hero">
            <h1>"Prepare for machine-learning interviews"</h1>
            <p class="lead">
                "Every question, company process and tip from a complete ML interview guide, "
                "searchable in seconds. Everything runs in your browser and keeps working offline."
            </p>
            <p class="actions">
                <a class="button" href=href("/browse")>
                    "Browse all questions"
                </a>
                <a class="button secondary" href=href("/companies")>
                    "Company interview loops"
                </a>
                <a class="button secondary" href=href("/interview") data-testid="home-interview">
                    "Mock interview"
                </a>
            </p>
        </section>
        <section aria-labelledby="today-title">
            <h2 id="today-title">"Today"</h2>
            <ul class="stats" data-testid="today">
                <li>
                    <a href=href("/review") data-testid="due-count">
                        <strong>{due}</strong>
                        {if due == 1 {
                            " question due for review"
                        } else {
                            " questions due for review"
                        }}
                    </a>
                </li>
                <li>
                    <a href=href("/progress")>
                        <strong>"→"</strong>
                        " your progress"
                    </a>
                </li>
            </ul>
        </section>
        <section aria-labelledby="counts-title">
            <h2 id="counts-title">"In the catalog"</h2>
            <ul class="stats" data-testid="counts">
                <li>
                    <a href=href("/browse")>
                        <strong>{cat.questions.len()}</strong>
                        " questions"
                    </a>
                </li>
                <li>
                    <a href=href("/companies")>
                        <strong>{cat.companies.len()}</strong>
                        " company processes"
                    </a>
                </li>
                <li>
                    <a href=href("/tips")>
                        <strong>{cat.tips.len()}</strong>
                        " preparation tips"
                    </a>
                </li>
                <li>
                    <a href=href("/tips#resources")>
                        <strong>{cat.resources.len()}</strong>
                        " learning resources"
                    </a>
                </li>
            </ul>
        </section>
        <section aria-labelledby="topics-title">
            <h2 id="topics-title">"Browse by section"</h2>
            <ul class="tiles">
                {topic_sections
                    .into_iter()
                    .map(|s| {
                        let n = cat.questions_in_section(&s.id);
                        view! {
                            <li>
                                <a href=href(&format!("/browse?section={}", s.id))>
                                    <span>{s.title.clone()}</span>
                                    <span class="muted">{format!("{n} questions")}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
