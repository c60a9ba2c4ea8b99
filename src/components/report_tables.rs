//! The tables of an interview report: time per round and per question against the
//! allotment, and the average score per rubric dimension.

use crate::domain::interview::{Outcome, elapsed_text};
use crate::domain::report::{DimensionAverage, QuestionTime, RoundTime};
use crate::platform::web::href;
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;

/// Over the allotment: how far, as "+m:ss"; otherwise empty.
fn over(spent: i64, allotted: i64) -> String {
    if spent > allotted {
        format!("+{}", elapsed_text(spent - allotted))
    } else {
        String::new()
    }
}

#[component]
pub fn RoundTimes(rounds: Vec<RoundTime>) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label="Time per round" tabindex="0">
            <table class="report-table" data-testid="round-times">
                <thead>
                    <tr>
                        <th scope="col">"Round"</th>
                        <th scope="col">"Used"</th>
                        <th scope="col">"Allotted"</th>
                        <th scope="col">"Over"</th>
                    </tr>
                </thead>
                <tbody>
                    {rounds
                        .into_iter()
                        .enumerate()
                        .map(|(i, r)| {
                            view! {
                                <tr class:over={r.overtime_ms > 0}>
                                    <th scope="row">{format!("{}. {}", i + 1, r.kind.label())}</th>
                                    <td class="used">{elapsed_text(r.spent_ms)}</td>
                                    <td>{elapsed_text(r.allotted_ms)}</td>
                                    <td>{over(r.spent_ms, r.allotted_ms)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn QuestionTimes(questions: Vec<QuestionTime>) -> impl IntoView {
    let cat = use_catalog();
    view! {
        <div
            class="table-scroll"
            role="region"
            aria-label="Time and score per question"
            tabindex="0"
        >
            <table class="report-table stack-on-phone" data-testid="question-times">
                <thead>
                    <tr>
                        <th scope="col">"Question"</th>
                        <th scope="col">"Result"</th>
                        <th scope="col">"Time"</th>
                        <th scope="col">"Allotted"</th>
                        <th scope="col">"Score"</th>
                    </tr>
                </thead>
                <tbody>
                    {questions
                        .into_iter()
                        .map(|q| {
                            let text = cat
                                .question(&q.id)
                                .map(|c| c.text.clone())
                                .unwrap_or_else(|| q.id.clone());
                            let outcome = match q.outcome {
                                Outcome::Answered => "Answered",
                                Outcome::Skipped => "Skipped",
                                Outcome::Pending if q.spent_ms > 0 => "Not finished",
                                Outcome::Pending => "Not reached",
                            };
                            let score = q
                                .score
                                .map(|s| format!("{}%", (s * 100.0).round() as u32))
                                .unwrap_or_else(|| "–".into());
                            view! {
                                <tr
                                    data-testid="question-time"
                                    class:over={q.spent_ms > q.allotted_ms}
                                >
                                    <th scope="row">
                                        <a href=href(&format!("/q/{}", q.id))>{text}</a>
                                        <span class="muted">
                                            {format!(" (round {})", q.round + 1)}
                                        </span>
                                    </th>
                                    <td data-label="Result">{outcome}</td>
                                    <td class="used" data-label="Time">
                                        {elapsed_text(q.spent_ms)}
                                    </td>
                                    <td data-label="Allotted">{elapsed_text(q.allotted_ms)}</td>
                                    <td data-label="Score">{score}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn DimensionScores(dims: Vec<DimensionAverage>) -> impl IntoView {
    if dims.is_empty() {
        return view! { <p class="muted">"No question was scored."</p> }.into_any();
    }
    view! {
        <ul class="dim-scores" data-testid="dimension-scores">
            {dims
                .into_iter()
                .map(|d| {
                    let tenths = (d.average * 10.0).round().clamp(10.0, 40.0) as u32;
                    let pct = (tenths - 10) * 100 / 30;
                    // Whole numbers only: no float formatting code in the wasm.
                    view! {
                        <li data-testid=format!("dim-score-{}-{}", d.rubric.slug(), d.dimension)>
                            <span class="dim-name">
                                {format!("{}: {}", d.rubric.label(), d.name)}
                            </span>
                            <span class="dim-value">
                                {format!("{}.{} / 4", tenths / 10, tenths % 10)}
                            </span>
                            <svg
                                class="bar"
                                viewBox="0 0 100 8"
                                preserveAspectRatio="none"
                                aria-hidden="true"
                            >
                                <rect class="bar-fill" width=pct height="8" />
                            </svg>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
