//! One question in a list, linking to its page while keeping the list it came from.

use crate::components::question_meta::QuestionMeta;
use crate::domain::catalog::Question;
use crate::web::href;
use leptos::prelude::*;

#[component]
pub fn QuestionRow(q: &'static Question, query: String) -> impl IntoView {
    view! {
        <li class="question-row" data-testid="question-row" data-id=q.id.clone()>
            <a class="question-link" href=href(&format!("/q/{}{}", q.id, query))>{q.text.clone()}</a>
            <QuestionMeta q=q/>
        </li>
    }
}
