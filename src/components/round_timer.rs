//! The round countdown and the time on the current question, computed from the stored
//! deadline and `now` at every render (never counted), with the five-minute and zero
//! warnings shown, announced and, if the user asked for it, sounded.

use crate::domain::interview::{Phase, Warning, countdown_text, elapsed_text};
use crate::platform::web::beep;
use crate::stores::interview::use_interview;
use leptos::prelude::*;

fn severity(w: Warning) -> u8 {
    match w {
        Warning::None => 0,
        Warning::FiveMinutes => 1,
        Warning::Zero => 2,
    }
}

#[component]
pub fn RoundTimer(now: ReadSignal<i64>) -> impl IntoView {
    let store = use_interview();
    let remaining = move || {
        store
            .current
            .with(|c| c.as_ref().and_then(|iv| iv.remaining_ms(now.get())))
    };
    let elapsed = move || {
        store
            .current
            .with(|c| c.as_ref().and_then(|iv| iv.question_elapsed_ms(now.get())))
    };
    let level = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map_or(Warning::None, |iv| iv.warning(now.get())))
    });
    let paused = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().is_some_and(|iv| iv.phase() == Phase::Paused))
    });
    // A sound when the warning level rises, not when the page opens already warned.
    Effect::new(move |prev: Option<Warning>| {
        let w = level.get();
        let wants_sound = store
            .current
            .with_untracked(|c| c.as_ref().is_some_and(|iv| iv.options.sound));
        if let Some(p) = prev
            && severity(w) > severity(p)
            && wants_sound
        {
            match w {
                Warning::Zero => beep(440.0, 0.6),
                _ => beep(660.0, 0.25),
            }
        }
        w
    });
    let message = move || match level.get() {
        Warning::None => "",
        Warning::FiveMinutes => "5 minutes left in this round.",
        Warning::Zero => "Time is up. Overtime is being counted.",
    };
    let overtime = move || level.get() == Warning::Zero;
    view! {
        <div
            class="round-timer"
            hidden=move || remaining().is_none()
            class:warn=move || level.get() == Warning::FiveMinutes
            class:overtime=overtime
            data-testid="round-timer"
        >
            <div class="timer-main">
                <span class="timer-label">
                    {move || if overtime() { "Overtime" } else { "Time left in round" }}
                </span>
                <span class="timer-value" role="timer" data-testid="remaining">
                    {move || remaining().map(countdown_text).unwrap_or_default()}
                </span>
            </div>
            <div class="timer-sub">
                <span class="timer-label">"On this question"</span>
                <span class="timer-small" data-testid="question-elapsed">
                    {move || elapsed().map(elapsed_text).unwrap_or_default()}
                </span>
            </div>
            <span class="badge paused-badge" data-testid="paused" hidden=move || !paused.get()>
                "Paused"
            </span>
        </div>
        <p
            class="timer-alert"
            class:zero=overtime
            role="status"
            aria-live="polite"
            aria-atomic="true"
            data-testid="timer-alert"
        >
            {message}
        </p>
    }
}
