//! "Read each question aloud" for a mock interview: the device's offline voices, a voice and
//! a speed to choose, and "Read again". Off, with the reason, when the device has no voice.

use crate::platform::voice::{offline_voices, on_voices_changed, speak, stop_speaking};
use crate::stores::interview::use_interview;
use leptos::prelude::*;

const RATES: [(u16, &str); 4] = [(80, "0.8×"), (100, "1×"), (120, "1.2×"), (150, "1.5×")];

/// Reads `text` aloud if the interview asks for it (when a question is shown), and stops
/// when the caller goes away.
pub fn read_question_aloud(text: String) {
    let store = use_interview();
    let options = store
        .current
        .with_untracked(|c| c.as_ref().map(|iv| iv.options.clone()));
    if let Some(o) = options.filter(|o| o.read_aloud) {
        speak(&text, &o.voice, f32::from(o.voice_rate_pct) / 100.0);
    }
    on_cleanup(stop_speaking);
}

#[component]
pub fn ReadAloudSettings(
    /// The question in hand, for "Read again".
    question: Signal<String>,
) -> impl IntoView {
    let store = use_interview();
    let voices = RwSignal::new(offline_voices());
    on_voices_changed(move || {
        voices.try_set(offline_voices());
    });
    let options = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|iv| iv.options.clone()).unwrap_or_default())
    });
    let none = move || voices.with(Vec::is_empty);
    let read_again = move || {
        let o = options.get_untracked();
        speak(
            &question.get_untracked(),
            &o.voice,
            f32::from(o.voice_rate_pct) / 100.0,
        );
    };
    view! {
        <div class="read-aloud" data-testid="read-aloud">
            <label class="toggle">
                <input
                    type="checkbox"
                    data-testid="read-aloud-toggle"
                    disabled=none
                    prop:checked=move || options.with(|o| o.read_aloud) && !none()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        store.update_current(|iv| iv.options.read_aloud = on);
                        if on {
                            read_again();
                        } else {
                            stop_speaking();
                        }
                    }
                />
                " Read each question aloud"
            </label>
            <Show when=none>
                <span class="muted" data-testid="no-voices">
                    " (this device has no voice that works offline)"
                </span>
            </Show>
            <Show when=move || options.with(|o| o.read_aloud) && !none()>
                <label>
                    " Voice "
                    <select
                        data-testid="voice"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            store.update_current(|iv| iv.options.voice = v);
                        }
                    >
                        {move || {
                            let chosen = options.with(|o| o.voice.clone());
                            voices
                                .get()
                                .into_iter()
                                .map(|name| {
                                    let selected = name == chosen;
                                    view! {
                                        <option value=name.clone() selected=selected>
                                            {name.clone()}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label>
                    " Speed "
                    <select
                        data-testid="voice-rate"
                        on:change=move |ev| {
                            if let Ok(pct) = event_target_value(&ev).parse::<u16>() {
                                store.update_current(|iv| iv.options.voice_rate_pct = pct);
                            }
                        }
                    >
                        {RATES
                            .iter()
                            .map(|&(pct, label)| {
                                view! {
                                    <option
                                        value=pct.to_string()
                                        selected=move || options.with(|o| o.voice_rate_pct == pct)
                                    >
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="read-again"
                    on:click=move |_| read_again()
                >
                    "Read again"
                </button>
            </Show>
        </div>
    }
}
