//! "Say it out loud" on a question page: record a spoken answer and listen back to every
//! recording of the question. Loaded on first use (a split point), not with the page.

use crate::components::answer_recorder::AnswerRecorder;
use crate::components::recording_list::{RecordingList, RecordingsNotices};
use crate::domain::catalog::Question;
use crate::domain::recording::Recording;
use crate::stores::recordings::{DbState, use_recordings};
use leptos::prelude::*;

#[component]
pub fn SpokenAnswers(q: &'static Question) -> impl IntoView {
    let store = use_recordings();
    let id = q.id.clone();
    let filter = Callback::new(move |r: Recording| r.question == id && r.interview.is_none());
    let unavailable = move || match store.state.get() {
        DbState::Unavailable(why) => Some(view! {
            <p class="muted" data-testid="recordings-unavailable">
                "Recordings cannot be kept in this browser: "
                {why}
                ". Typed practice and everything else work as before."
            </p>
        }),
        _ => None,
    };
    let damaged = move || {
        let n = store.damaged.get();
        (n > 0).then(|| {
            view! { <p class="muted">{format!("{n} recording(s) could not be read and are not listed.")}</p> }
        })
    };
    view! {
        <section class="spoken" aria-labelledby="spoken-heading" data-testid="spoken-answers">
            <h2 id="spoken-heading">"Say it out loud"</h2>
            <p class="muted">
                "Answer as you would in the interview, then listen back. Recordings stay on this device."
            </p>
            <AnswerRecorder q=q />
            {unavailable}
            {damaged}
            <RecordingsNotices />
            <RecordingList filter=filter />
            {move || match store.transcripts.get() {
                Some(true) => {
                    view! {
                        <p class="muted small" data-testid="transcripts-on-device">
                            "Transcripts are made on this device, with filler words and the key points you mentioned."
                        </p>
                    }
                        .into_any()
                }
                Some(false) => {
                    view! {
                        <p class="muted small" data-testid="no-transcripts">
                            "No transcripts: this browser cannot recognise speech on the device itself, and recordings here never leave it. Everything else works without them."
                        </p>
                    }
                        .into_any()
                }
                None => ().into_any(),
            }}
        </section>
    }
}
