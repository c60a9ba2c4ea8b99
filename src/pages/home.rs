//! Home: what the app is for, what the catalog holds, and where to go next.

use crate::platform::clock::now_ms;
use crate::platform::storage::{self, PLANS_KEY};
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
    // With an interview set, Today's count comes from the plan, whose code loads on first
    // use; until then (and without a plan) the count of due reviews stands.
    let has_plan = matches!(storage::read(PLANS_KEY), Ok(Some(_)));
    // Whole minutes: formatting a float would bring its code into the first load.
    let planned = RwSignal::new(None::<(usize, u32)>);
    if has_plan {
        let progress = store.progress;
        leptos::task::spawn_local(async move {
            if let Ok(Some(count)) = crate::split::later::today_count(cat, progress).await {
                planned.try_set(Some(count));
            }
        });
    }
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
                    {move || match planned.get() {
                        Some((n, minutes)) => {
                            view! {
                                <a href=href("/today") data-testid="today-count">
                                    <strong>{n}</strong>
                                    {format!(
                                        " question{} for today, about {} min",
                                        if n == 1 { "" } else { "s" },
                                        minutes,
                                    )}
                                </a>
                            }
                                .into_any()
                        }
                        None => {
                            view! {
                                <a href=href("/today") data-testid="due-count">
                                    <strong>{due}</strong>
                                    {if due == 1 {
                                        " question due for review"
                                    } else {
                                        " questions due for review"
                                    }}
                                </a>
                            }
                                .into_any()
                        }
                    }}
                </li>
                <li>
                    <a href=href("/plan") data-testid="home-plan">
                        <strong>"→"</strong>
                        {if has_plan { " your interview plan" } else { " plan your interview" }}
                    </a>
                </li>
                <li>
                    <a href=href("/progress")>
                        <strong>"→"</strong>
                        " your progress"
                    </a>
                </li>
            </ul>
            <p class="actions">
                <a class="button" href=href("/today") data-testid="today-start">
                    "Start today's practice"
                </a>
            </p>
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
