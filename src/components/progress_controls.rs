//! What the user records about one question: status, bookmark, notes and a self-rating.

use crate::components::rich_text::RichText;
use crate::domain::markdown::has_markup;
use crate::domain::progress::{Rating, Status};
use crate::domain::schedule::{describe_interval, next_states_with};
use crate::platform::clock::now_ms;
use crate::stores::plan::desired_retention;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn StatusAndBookmark(id: String) -> impl IntoView {
    let store = use_progress();
    let id = StoredValue::new(id);
    let status = move || store.progress.with(|p| p.status(&id.read_value()));
    let bookmarked = move || store.progress.with(|p| p.is_bookmarked(&id.read_value()));
    view! {
        <div class="progress-row">
            <div class="segmented" role="group" aria-label="Status" data-testid="status">
                {Status::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <button
                                type="button"
                                aria-pressed=move || (status() == s).to_string()
                                data-status=s.slug()
                                on:click=move |_| {
                                    store
                                        .update(move |p, now| {
                                            p.set_status(&id.read_value(), s, now)
                                        })
                                }
                            >
                                {s.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <button
                type="button"
                class="bookmark"
                aria-pressed=move || bookmarked().to_string()
                data-testid="bookmark"
                on:click=move |_| {
                    store
                        .update(move |p, now| {
                            p.toggle_bookmark(&id.read_value(), now);
                        })
                }
            >
                {move || if bookmarked() { "★ Bookmarked" } else { "☆ Bookmark" }}
            </button>
        </div>
    }
}

/// Notes, saved as the user types. Shown back as plain text only.
#[component]
pub fn NotesEditor(id: String) -> impl IntoView {
    let store = use_progress();
    let id = StoredValue::new(id);
    let initial = store.progress.with_untracked(|p| {
        p.get(&id.read_value())
            .map(|q| q.notes.clone())
            .unwrap_or_default()
    });
    let (saved_at, set_saved_at) = signal(None::<i64>);
    let notes = Signal::derive(move || {
        store.progress.with(|p| {
            p.get(&id.read_value())
                .map(|q| q.notes.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <div class="field notes">
            <label for="notes">"Your notes"</label>
            <textarea
                id="notes"
                rows="5"
                data-testid="notes"
                placeholder="Key ideas, formulas, mistakes to avoid… Saved as you type."
                prop:value=move || {
                    store
                        .progress
                        .with(|p| {
                            p.get(&id.read_value()).map(|q| q.notes.clone()).unwrap_or_default()
                        })
                }
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    store.update(move |p, now| p.set_notes(&id.read_value(), &text, now));
                    set_saved_at.set(Some(now_ms()));
                }
            >
                {initial}
            </textarea>
            <p class="muted small" aria-live="polite" data-testid="notes-saved">
                {move || saved_at.get().map(|_| "Saved in this browser.")}
            </p>
            // Markdown and maths in notes, drawn below them.
            <Show when=move || has_markup(&notes.get())>
                <section
                    class="notes-preview"
                    aria-label="Notes as formatted"
                    data-testid="notes-preview"
                >
                    <RichText text=notes />
                </section>
            </Show>
        </div>
    }
}

/// Again / Hard / Good / Easy, each showing when the question would come back; rates the
/// question when one is chosen.
#[component]
pub fn RatingButtons(
    id: String,
    #[prop(optional)] on_rated: Option<Callback<Rating>>,
) -> impl IntoView {
    let store = use_progress();
    let now = RwSignal::new(now_ms());
    let last = {
        let id = id.clone();
        move || {
            store.progress.with(|p| {
                p.get(&id).and_then(|q| q.ratings.last().cloned()).map(|e| {
                    let ago = describe_interval(now.get() - e.at_ms);
                    format!("Last rated {} ({ago} ago).", e.rating.label())
                })
            })
        }
    };
    let rate = {
        let id = id.clone();
        Callback::new(move |r: Rating| {
            let t = now_ms();
            let retention = desired_retention();
            let id = id.clone();
            store.update(move |p, at| p.rate_with(&id, r, at, retention));
            now.set(t);
            if let Some(cb) = on_rated {
                cb.run(r);
            }
        })
    };
    view! {
        <div class="rating" data-testid="rating">
            <p class="rating-prompt">"How well did you answer?"</p>
            <RatingChoice id=id now=now keys=false pick=rate />
            <p class="muted small" data-testid="last-rated">
                {last}
            </p>
        </div>
    }
}

/// The four grades as buttons, each saying when the question would come back if chosen at
/// `now` (with the desired retention); `pick` gets the grade chosen. With `keys`, each shows
/// and announces its key, 1 to 4.
#[component]
pub fn RatingChoice(
    id: String,
    #[prop(into)] now: Signal<i64>,
    keys: bool,
    pick: Callback<Rating>,
) -> impl IntoView {
    let store = use_progress();
    let id = StoredValue::new(id);
    let retention = desired_retention();
    let next = move || {
        let t = now.get();
        store.progress.with(|p| {
            let prev = p.get(&id.read_value()).and_then(|q| q.review);
            next_states_with(prev.as_ref(), t, retention).map(|s| describe_interval(s.due_ms - t))
        })
    };
    view! {
        <div class="rating-buttons">
            {Rating::ALL
                .into_iter()
                .map(|r| {
                    let key = (r.index() + 1).to_string();
                    view! {
                        <button
                            type="button"
                            class=format!("rate rate-{}", r.label().to_lowercase())
                            data-rating=r.label().to_lowercase()
                            aria-keyshortcuts=keys.then(|| key.clone())
                            on:click=move |_| pick.run(r)
                        >
                            <span class="rate-label">
                                {keys
                                    .then(|| {
                                        view! {
                                            <kbd>{key.clone()}</kbd>
                                            " "
                                        }
                                    })} {r.label()}
                            </span>
                            <span class="rate-when">{move || next()[r.index()].clone()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
