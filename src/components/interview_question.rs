//! The question being asked in a mock interview, with its labels (difficulty only if the
//! user wants it) and a scratchpad that is saved into the interview as the user types.

use crate::stores::catalog::use_catalog;
use crate::stores::interview::use_interview;
use leptos::prelude::*;

#[component]
pub fn InterviewQuestion(id: String, hide_difficulty: bool) -> impl IntoView {
    let cat = use_catalog();
    let Some(q) = cat.question(&id) else {
        return view! {
            <h2 id="iv-question" class="iv-question" tabindex="-1" data-testid="iv-question">
                {id.clone()}
            </h2>
            <p class="muted">
                "This question is no longer in the catalog; answer from memory or skip it."
            </p>
        }
        .into_any();
    };
    let difficulty = q
        .difficulty
        .filter(|_| !hide_difficulty)
        .map(|d| view! { <li class=format!("badge diff-{}", d.slug())>{d.label()}</li> });
    view! {
        <h2 id="iv-question" class="iv-question" tabindex="-1" data-testid="iv-question">
            {q.text.clone()}
        </h2>
        <ul class="meta" aria-label="Question details">
            {difficulty}
            <li class="badge">{cat.section_title(&q.section).to_string()}</li>
            {q
                .round_type
                .as_deref()
                .map(|r| view! { <li class="badge">{cat.round_type_title(r).to_string()}</li> })}
        </ul>
    }
    .into_any()
}

/// The scratchpad of the question in hand. Its text is read once when it appears (the
/// component is re-created for each question) and written back on every keystroke.
#[component]
pub fn Scratchpad() -> impl IntoView {
    let store = use_interview();
    let initial = store.current.with_untracked(|c| {
        c.as_ref()
            .and_then(|iv| iv.current_question())
            .map(|q| q.scratchpad.clone())
            .unwrap_or_default()
    });
    view! {
        <div class="field scratchpad">
            <label for="scratchpad">"Scratchpad"</label>
            <textarea
                id="scratchpad"
                rows="7"
                spellcheck="false"
                data-testid="scratchpad"
                aria-describedby="scratchpad-hint"
                prop:value=initial
                on:input=move |ev| store.set_scratchpad(&event_target_value(&ev))
            ></textarea>
            <span id="scratchpad-hint" class="hint">
                "Notes, outline or code. Saved as you type."
            </span>
        </div>
    }
}
