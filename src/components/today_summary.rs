//! The end of a day's practice: time spent, the grades given and when the questions come
//! back.

use crate::domain::plan::AnswerTimes;
use crate::domain::progress::{QuestionProgress, Rating};
use crate::domain::schedule::describe_interval;
use crate::platform::clock::{format_clock, now_ms};
use crate::platform::web::href;
use leptos::prelude::*;

/// One grade given today, with what it replaced (for undo).
#[derive(Debug, Clone, PartialEq)]
pub struct Graded {
    pub id: String,
    pub rating: Rating,
    pub before: Option<QuestionProgress>,
    pub times_before: AnswerTimes,
    pub seconds: u32,
    /// When the question is due again, as scheduled by this grade.
    pub due_ms: Option<i64>,
}

#[component]
pub fn TodaySummary(
    graded: RwSignal<Vec<Graded>>,
    started: i64,
    /// Takes back the last grade.
    undo: Callback<()>,
) -> impl IntoView {
    let now = now_ms();
    let list = graded.get_untracked();
    let n = list.len();
    let counts = Rating::ALL.map(|r| list.iter().filter(|g| g.rating == r).count());
    // Grouped by how long until each comes back, soonest first.
    let mut back: Vec<(i64, String, usize)> = Vec::new();
    let mut dues: Vec<i64> = list.iter().filter_map(|g| g.due_ms).collect();
    dues.sort_unstable();
    for due in dues {
        let when = describe_interval(due - now);
        match back.last_mut() {
            Some((_, w, k)) if *w == when => *k += 1,
            _ => back.push((due, when, 1)),
        }
    }
    view! {
        <section class="empty today-summary" data-testid="review-done">
            <h2>
                {format!(
                    "Today's practice is done: {n} question{} in {}.",
                    if n == 1 { "" } else { "s" },
                    format_clock(now - started),
                )}
            </h2>
            <ul class="stats" data-testid="summary-grades">
                {Rating::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <li>
                                <strong>{counts[r.index()]}</strong>
                                " "
                                {r.label()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3>"When they come back"</h3>
            <ul data-testid="summary-back">
                {back
                    .into_iter()
                    .map(|(_, when, k)| {
                        view! { <li>{format!("{k} in {when}")}</li> }
                    })
                    .collect_view()}
            </ul>
            <p class="actions">
                <a class="button" href=href("/plan")>
                    "See your plan"
                </a>
                <a class="button secondary" href=href("/progress")>
                    "See your progress"
                </a>
                <button
                    type="button"
                    class="link-button"
                    data-testid="undo"
                    aria-keyshortcuts="U"
                    on:click=move |_| undo.run(())
                >
                    "Undo the last grade"
                </button>
            </p>
        </section>
    }
}
