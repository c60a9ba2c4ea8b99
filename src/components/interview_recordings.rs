//! Recorded answers in a mock interview: the recorder that runs with each question's clock,
//! "listen before you score", and the report's list of answers with their scores.

use crate::components::answer_recorder::AnswerRecorder;
use crate::components::recording_list::{RecordingList, RecordingsNotices};
use crate::domain::catalog::Question;
use crate::domain::recording::{InterviewPart, Recording};
use crate::stores::catalog::use_catalog;
use leptos::prelude::*;

/// Records the answer to the question in hand from the moment it is shown; "Done" (leaving
/// the question) stops and saves it. Pausing the interview pauses the recording.
#[component]
pub fn InterviewRecorder(
    q: &'static Question,
    part: InterviewPart,
    paused: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="iv-recorder" data-testid="iv-recorder">
            <AnswerRecorder q=q interview=part auto_start=true paused=paused />
        </div>
    }
}

/// The answer just given, to hear before scoring it.
#[component]
pub fn ListenBeforeScoring(part: InterviewPart, question: String) -> impl IntoView {
    let filter = Callback::new(move |r: Recording| {
        r.question == question && r.interview.as_ref() == Some(&part)
    });
    view! {
        <section
            class="listen"
            aria-labelledby="listen-heading"
            data-testid="listen-before-scoring"
        >
            <h3 id="listen-heading">"Listen before you score"</h3>
            <RecordingsNotices />
            <RecordingList filter=filter />
        </section>
    }
}

/// Every recorded answer of an interview, each under its question and score.
#[component]
pub fn ReportRecordings(
    interview: String,
    /// The score shown for each question id ("7 / 10", "skipped").
    scores: Vec<(String, String)>,
) -> impl IntoView {
    let cat = use_catalog();
    let id = interview.clone();
    let filter =
        Callback::new(move |r: Recording| r.interview.as_ref().is_some_and(|p| p.interview == id));
    let label = Callback::new(move |r: Recording| {
        let text = cat
            .question(&r.question)
            .map(|q| q.text.clone())
            .unwrap_or_else(|| r.question.clone());
        match scores.iter().find(|(q, _)| *q == r.question) {
            Some((_, score)) => format!("{text} — {score}"),
            None => text,
        }
    });
    view! {
        <section class="report-recordings" data-testid="report-recordings">
            <h2>"Your spoken answers"</h2>
            <RecordingsNotices />
            <RecordingList filter=filter label=label />
        </section>
    }
}
