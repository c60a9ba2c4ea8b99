//! The key points of one question, loaded on first need, shown after the user reveals them.

use crate::components::rich_text::RichText;
use crate::domain::own_questions::is_own;
use crate::stores::key_points::use_key_points;
use leptos::prelude::*;

/// A "Reveal key points" button, then the list. Loading starts as soon as this is shown,
/// so the points are usually ready by the time the user asks for them.
#[component]
pub fn KeyPointReveal(id: String) -> impl IntoView {
    let kp = use_key_points();
    kp.load();
    let (revealed, set_revealed) = signal(false);
    view! {
        <section class="key-points" aria-labelledby="kp-title">
            <h2 id="kp-title">"What a strong answer covers"</h2>
            <Show
                when=move || revealed.get()
                fallback=move || {
                    view! {
                        <p class="muted">"Answer it yourself first, then check."</p>
                        <button
                            type="button"
                            class="button"
                            aria-expanded="false"
                            data-testid="reveal"
                            on:click=move |_| set_revealed.set(true)
                        >
                            "Reveal key points"
                        </button>
                    }
                }
            >
                <KeyPointItems id=id.clone() />
            </Show>
        </section>
    }
}

/// The list itself, or a loading line, or a clear error with a retry.
#[component]
pub fn KeyPointItems(id: String) -> impl IntoView {
    view! {
        <KeyPointsOf id=id.clone() let:points>
            <ul class="kp-list" data-testid="key-points">
                // The user's own points may carry Markdown and maths.
                {points
                    .into_iter()
                    .map(|p| {
                        if is_own(&id) {
                            view! {
                                <li>
                                    <RichText text=p inline=true />
                                </li>
                            }
                                .into_any()
                        } else {
                            view! { <li>{p}</li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </KeyPointsOf>
    }
}

/// The one view of loading key points: "Loading…", an error with Try again, "none yet", or
/// `children` with the points of question `id`.
#[component]
pub fn KeyPointsOf<V: IntoView + 'static>(
    id: String,
    children: impl Fn(Vec<String>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let kp = use_key_points();
    move || match kp.get() {
        None => view! {
            <p class="muted" aria-live="polite">
                "Loading key points…"
            </p>
        }
        .into_any(),
        Some(Err(msg)) => view! {
            <div class="notice" role="alert" data-testid="key-points-error">
                <p>{format!("Key points are not available: {msg}.")}</p>
                <button type="button" class="button secondary" on:click=move |_| kp.retry()>
                    "Try again"
                </button>
            </div>
        }
        .into_any(),
        Some(Ok(map)) => match map.get(&id).filter(|p| !p.is_empty()) {
            Some(points) => children(points.clone()).into_any(),
            None => {
                view! { <p class="muted">"No key points for this question yet."</p> }.into_any()
            }
        },
    }
}
