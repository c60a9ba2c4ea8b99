//! One company's process: stages in order with durations, focus areas, evaluation criteria
//! and its recent questions.

use crate::components::not_found::NotFound;
use crate::components::question_row::QuestionRow;
use crate::domain::catalog::{Company, Stage};
use crate::domain::search::Filters;
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CompanyPage() -> impl IntoView {
    let cat = use_catalog();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match cat.company(&id) {
            Some(c) => {
                set_title(&format!("{} ML interview process", c.name));
                view! { <CompanyDetail c=c /> }.into_any()
            }
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[component]
fn CompanyDetail(c: &'static Company) -> impl IntoView {
    let cat = use_catalog();
    let filters = Filters {
        company: Some(c.name.clone()),
        ..Filters::default()
    };
    let query = filters.to_query_string();
    let questions: Vec<_> = cat
        .questions
        .iter()
        .filter(|q| q.has_company(&c.name))
        .collect();
    let count = questions.len();
    let aka = c.also_known_as.clone().map(|a| format!(" (formerly {a})"));
    view! {
        <p>
            <a href=href("/companies")>"← All companies"</a>
        </p>
        <h1>{format!("{} ML interview process", c.name)}{aka}</h1>
        <section aria-labelledby="stages-title">
            <h2 id="stages-title">"Stages"</h2>
            <ol class="stages" data-testid="stages">
                {c.stages.iter().map(|s| view! { <StageItem s=s /> }).collect_view()}
            </ol>
        </section>
        <div class="two-col">
            <section aria-labelledby="focus-title">
                <h2 id="focus-title">"Key focus areas"</h2>
                <ul>
                    {c.focus_areas.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="criteria-title">
                <h2 id="criteria-title">"Evaluation criteria"</h2>
                <ul>
                    {c
                        .evaluation_criteria
                        .iter()
                        .map(|f| view! { <li>{f.clone()}</li> })
                        .collect_view()}
                </ul>
            </section>
        </div>
        <section aria-labelledby="recent-title">
            <h2 id="recent-title">{format!("Recent questions ({count})")}</h2>
            <ol class="question-list" data-testid="company-questions">
                {questions
                    .into_iter()
                    .map(|q| view! { <QuestionRow q=q query=query.clone() /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn StageItem(s: &'static Stage) -> impl IntoView {
    view! {
        <li class="stage" data-testid="stage">
            <h3>
                <span class="stage-name">{s.name.clone()}</span>
                {s
                    .duration
                    .as_ref()
                    .map(|d| view! { <span class="badge duration">{d.label.clone()}</span> })}
            </h3>
            {s.description.clone().map(|d| view! { <p>{d}</p> })}
            {(!s.parts.is_empty())
                .then(|| {
                    view! {
                        <ul>
                            {s.parts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </li>
    }
}
