//! Review: today's due questions one at a time, then rate and move on.

use crate::components::key_point_list::KeyPointItems;
use crate::components::progress_controls::RatingButtons;
use crate::components::question_meta::QuestionMeta;
use crate::domain::catalog::Question;
use crate::domain::schedule::describe_interval;
use crate::platform::clock::{format_clock, now_ms, use_now};
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let cat = use_catalog();
    let store = use_progress();
    set_title("Review");
    // The queue is taken once when the page opens, so rating a card does not reshuffle it.
    let start = now_ms();
    let queue: Vec<&'static Question> = store
        .progress
        .with_untracked(|p| p.due(start))
        .iter()
        .filter_map(|id| cat.question(id))
        .collect();
    let total = queue.len();
    let queue = StoredValue::new(queue);
    let (index, set_index) = signal(0usize);
    let next_due = move || {
        store.progress.with(|p| {
            p.questions
                .values()
                .filter_map(|q| q.review.as_ref().map(|r| r.due_ms))
                .filter(|due| *due > start)
                .min()
        })
    };
    view! {
        <h1>"Review"</h1>
        {move || {
            let i = index.get();
            match queue.with_value(|q| q.get(i).copied()) {
                Some(q) => {
                    view! {
                        <p class="muted" data-testid="review-progress">
                            {format!("Question {} of {total} due", i + 1)}
                        </p>
                        <ReviewCard
                            q=q
                            on_done=Callback::new(move |_| set_index.update(|i| *i += 1))
                        />
                    }
                        .into_any()
                }
                None if total == 0 => {
                    view! {
                        <div class="empty" data-testid="review-empty">
                            <p>
                                <strong>"Nothing is due for review right now."</strong>
                            </p>
                            <p class="muted">
                                {move || match next_due() {
                                    Some(due) => {
                                        format!(
                                            "The next question comes back in {}.",
                                            describe_interval(due - start),
                                        )
                                    }
                                    None => {
                                        "Rate a question after practising it and it will come back here when it is time to review it."
                                            .to_string()
                                    }
                                }}
                            </p>
                            <a class="button" href=href("/browse")>
                                "Practise questions"
                            </a>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <div class="empty" data-testid="review-done">
                            <p>
                                <strong>
                                    {format!(
                                        "Review done: {total} question{} rated.",
                                        if total == 1 { "" } else { "s" },
                                    )}
                                </strong>
                            </p>
                            <a class="button" href=href("/progress")>
                                "See your progress"
                            </a>
                        </div>
                    }
                        .into_any()
                }
            }
        }}
    }
}

#[component]
fn ReviewCard(q: &'static Question, on_done: Callback<()>) -> impl IntoView {
    let store = use_progress();
    let (revealed, set_revealed) = signal(false);
    let (timer_start, set_timer_start) = signal(None::<i64>);
    let now = use_now(500);
    let notes = move || {
        store
            .progress
            .with(|p| p.get(&q.id).map(|e| e.notes.clone()).unwrap_or_default())
    };
    view! {
        <article class="review-card" data-testid="review-card" data-id=q.id.clone()>
            <h2 class="question-text">{q.text.clone()}</h2>
            <QuestionMeta q=q />
            <div class="think">
                {move || match timer_start.get() {
                    Some(t) => {
                        view! {
                            <span class="think-time" role="timer" aria-label="Thinking time">
                                {move || format_clock(now.get() - t)}
                            </span>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <button
                                type="button"
                                class="button secondary"
                                on:click=move |_| set_timer_start.set(Some(now_ms()))
                            >
                                "Start think timer"
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
            <Show
                when=move || revealed.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button"
                            data-testid="reveal"
                            on:click=move |_| set_revealed.set(true)
                        >
                            "Reveal answer"
                        </button>
                    }
                }
            >
                <section class="key-points">
                    <h3>"What a strong answer covers"</h3>
                    <KeyPointItems id=q.id.clone() />
                    {q
                        .answer_url
                        .clone()
                        .map(|url| {
                            view! {
                                <p>
                                    <a href=url target="_blank" rel="noopener noreferrer">
                                        "Read a worked answer (opens a new tab)"
                                    </a>
                                </p>
                            }
                        })}
                    <Show when=move || !notes().is_empty()>
                        <h3>"Your notes"</h3>
                        <p class="notes-text" data-testid="review-notes">
                            {notes}
                        </p>
                    </Show>
                </section>
                <RatingButtons id=q.id.clone() on_rated=Callback::new(move |_| on_done.run(())) />
            </Show>
        </article>
    }
}
