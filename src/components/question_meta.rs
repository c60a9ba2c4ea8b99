//! The small labels shown with a question: section, difficulty, company, year, round type.

use crate::domain::catalog::Question;
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;

#[component]
pub fn QuestionMeta(q: &'static Question) -> impl IntoView {
    let cat = use_catalog();
    view! {
        <ul class="meta" aria-label="Question details">
            {q
                .difficulty
                .map(|d| view! { <li class=format!("badge diff-{}", d.slug())>{d.label()}</li> })}
            <li class="badge">{cat.section_title(&q.section).to_string()}</li>
            {q
                .round_type
                .as_deref()
                .map(|r| view! { <li class="badge">{cat.round_type_title(r).to_string()}</li> })}
            {q
                .company
                .clone()
                .map(|c| {
                    let year = q.year.map(|y| format!(", {y}")).unwrap_or_default();
                    view! { <li class="badge company">{format!("{c}{year}")}</li> }
                })}
        </ul>
    }
}
