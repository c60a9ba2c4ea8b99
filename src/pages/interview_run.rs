//! `/interview/run`: the interview in progress. A reload or a reopened tab lands here on the
//! same question with the right time left: everything shown is computed from the stored
//! interview and the clock.

use crate::components::abandon_interview::AbandonInterview;
use crate::components::form_error::FormError;
use crate::components::interview_question::{InterviewQuestion, Scratchpad};
use crate::components::read_aloud::{ReadAloudSettings, read_question_aloud};
use crate::components::round_timer::RoundTimer;
use crate::components::rubric_form::RubricForm;
use crate::domain::catalog::Question;
use crate::domain::interview::{Interview, Phase, elapsed_text};
use crate::domain::recording::InterviewPart;
use crate::platform::clock::use_now;
use crate::platform::web::{focus_id, href, set_title};
use crate::split::later::{RecordingsSlot, recordings_view};
use crate::stores::catalog::use_catalog;
use crate::stores::interview::use_interview;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

/// Where the user is, coarse enough that typing in the scratchpad or pausing does not
/// rebuild the page.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    NoInterview,
    Answering { round: usize, question: usize },
    Scoring { round: usize, question: usize },
    RoundDone { round: usize },
    Over { id: String },
}

fn step_of(iv: Option<&Interview>) -> Step {
    let Some(iv) = iv else {
        return Step::NoInterview;
    };
    let round = iv.round_index().unwrap_or(0);
    let question = iv.question_index().unwrap_or(0);
    match iv.phase() {
        Phase::Setup => Step::NoInterview,
        Phase::Running | Phase::Paused => Step::Answering { round, question },
        Phase::QuestionDone => Step::Scoring { round, question },
        Phase::RoundDone => Step::RoundDone { round },
        Phase::Report => Step::Over { id: iv.id.clone() },
    }
}

#[component]
pub fn InterviewRunPage() -> impl IntoView {
    set_title("Mock interview");
    let store = use_interview();
    let step = Memo::new(move |_| store.current.with(|c| step_of(c.as_ref())));
    // Rebuilt only when the interview appears, ends or goes away, not at every step.
    let none = Memo::new(move |_| step.get() == Step::NoInterview);
    let over = Memo::new(move |_| match step.get() {
        Step::Over { id } => Some(id),
        _ => None,
    });
    move || {
        if none.get() {
            view! {
                <h1>"Mock interview"</h1>
                <p data-testid="no-interview">
                    "No interview is in progress. " <a href=href("/interview")>"Set one up"</a>"."
                </p>
            }
            .into_any()
        } else if let Some(id) = over.get() {
            view! {
                <h1>"Mock interview"</h1>
                <p data-testid="interview-over">
                    "This interview is over. "
                    <a href=href(&format!("/interview/report/{id}"))>"See its report"</a> " or "
                    <a href=href("/interview")>"start another"</a>"."
                </p>
            }
            .into_any()
        } else {
            view! { <Runner step=step /> }.into_any()
        }
    }
}

#[component]
fn Runner(step: Memo<Step>) -> impl IntoView {
    let store = use_interview();
    let cat = use_catalog();
    let question_text = Signal::derive(move || {
        store.current.with(|c| {
            c.as_ref()
                .and_then(|iv| iv.current_question())
                .and_then(|q| cat.question(&q.id))
                .map(|q| q.text.clone())
                .unwrap_or_default()
        })
    });
    let now = use_now(250);
    let title = store
        .current
        .with_untracked(|c| c.as_ref().map(|iv| iv.title.clone()).unwrap_or_default());
    let heading = move || {
        store.current.with(|c| {
            let iv = c.as_ref()?;
            let r = iv.round_index()?;
            let round = iv.rounds.get(r)?;
            let mut text = format!(
                "Round {} of {}: {}",
                r + 1,
                iv.rounds.len(),
                round.kind.label()
            );
            if let Some(q) = iv.question_index() {
                text.push_str(&format!(
                    " · question {} of {}",
                    q + 1,
                    round.questions.len()
                ));
            }
            Some(text)
        })
    };
    // After each step (not on arrival), move focus to what the new step is about, so a
    // keyboard or screen-reader user is not left on a button that has gone.
    Effect::new(move |prev: Option<Step>| {
        let s = step.get();
        if prev.is_some_and(|p| p != s) {
            focus_id(match s {
                Step::Scoring { .. } => "rubric-title",
                Step::RoundDone { .. } => "round-done-title",
                _ => "iv-question",
            });
        }
        s
    });
    view! {
        <div class="iv-run" data-testid="iv-run">
            <div class="iv-head">
                <div>
                    <h1>{format!("Mock interview: {title}")}</h1>
                    <p class="muted" data-testid="iv-position">
                        {heading}
                    </p>
                </div>
                <RoundTimer now=now />
            </div>
            {move || match step.get() {
                Step::Answering { .. } => view! { <Answering /> }.into_any(),
                Step::Scoring { .. } => view! { <Scoring /> }.into_any(),
                Step::RoundDone { round } => view! { <RoundDone round=round /> }.into_any(),
                _ => ().into_any(),
            }}
            <div class="iv-footer">
                <SoundToggle />
                <ReadAloudSettings question=question_text />
                <AbandonInterview />
            </div>
        </div>
    }
}

/// The question in hand and where it is in the interview, when the interview records its
/// answers.
fn asked_now() -> Option<(&'static Question, InterviewPart)> {
    let cat = use_catalog();
    let store = use_interview();
    store.current.with_untracked(|c| {
        let iv = c.as_ref().filter(|iv| iv.options.record)?;
        let q = cat.question(&iv.current_question()?.id)?;
        let part = InterviewPart {
            interview: iv.id.clone(),
            round: iv.round_index()?,
        };
        Some((q, part))
    })
}

/// The question and scratchpad of the current step, built once per question.
fn current_question_view() -> impl IntoView {
    let store = use_interview();
    let (id, hide) = store.current.with_untracked(|c| {
        c.as_ref().map_or((String::new(), false), |iv| {
            let id = iv
                .current_question()
                .map(|q| q.id.clone())
                .unwrap_or_default();
            (id, iv.options.hide_difficulty)
        })
    });
    view! {
        <InterviewQuestion id=id hide_difficulty=hide />
        <Scratchpad />
    }
}

#[component]
fn Answering() -> impl IntoView {
    let store = use_interview();
    let error = RwSignal::new(None::<String>);
    let paused = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().is_some_and(|iv| iv.phase() == Phase::Paused))
    });
    let run = move |f: fn(
        &mut Interview,
        i64,
    ) -> Result<(), crate::domain::interview::InterviewError>| {
        error.set(store.act(f).err());
    };
    // Read aloud (if asked) as the question appears, as an interviewer would ask it.
    if let Some(text) = store.current.with_untracked(|c| {
        let q = c.as_ref()?.current_question()?;
        use_catalog().question(&q.id).map(|q| q.text.clone())
    }) {
        read_question_aloud(text);
    }
    // With "record my answers" on, the answer is recorded from here to "Done".
    let recorder = asked_now().map(|(q, part)| {
        let slot = RecordingsSlot::Interview {
            q,
            part,
            paused: paused.into(),
        };
        Suspend::new(recordings_view(slot))
    });
    view! {
        <section class="iv-answer" aria-label="Question">
            {current_question_view()}
            {recorder}
            <div class="actions iv-controls">
                // One button, so focus stays on it when it turns from Pause to Resume.
                <button
                    type="button"
                    class="button secondary"
                    aria-pressed=move || paused.get().to_string()
                    data-testid=move || if paused.get() { "resume" } else { "pause" }
                    on:click=move |_| {
                        if paused.get_untracked() {
                            run(|iv, t| iv.resume(t))
                        } else {
                            run(|iv, t| iv.pause(t))
                        }
                    }
                >
                    {move || if paused.get() { "Resume" } else { "Pause" }}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="next"
                    disabled=move || paused.get()
                    on:click=move |_| run(|iv, t| iv.finish_question(t))
                >
                    "Done: score my answer"
                </button>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="skip"
                    disabled=move || paused.get()
                    on:click=move |_| run(|iv, t| iv.skip(t))
                >
                    "Skip question"
                </button>
            </div>
            <FormError error=error />
        </section>
    }
}

#[component]
fn Scoring() -> impl IntoView {
    let store = use_interview();
    let Some((id, rubric, spent)) = store.current.with_untracked(|c| {
        let q = c.as_ref()?.current_question()?;
        Some((q.id.clone(), q.rubric, q.spent_ms))
    }) else {
        return ().into_any();
    };
    let listen = asked_now().map(|(q, part)| {
        let slot = RecordingsSlot::Listen {
            part,
            question: q.id.clone(),
        };
        Suspend::new(recordings_view(slot))
    });
    view! {
        <section class="iv-answer" aria-label="Question">
            {current_question_view()}
            <p class="muted" data-testid="answer-time">
                {format!("You answered in {}.", elapsed_text(spent))}
            </p>
        </section>
        {listen}
        <RubricForm question_id=id rubric=rubric />
    }
    .into_any()
}

#[component]
fn RoundDone(round: usize) -> impl IntoView {
    let store = use_interview();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let (summary, next, id) = store.current.with_untracked(|c| {
        let Some(iv) = c.as_ref() else {
            return (String::new(), None, String::new());
        };
        let r = iv.rounds.get(round);
        let used = r.map(|r| r.allotted_ms - r.remaining_at_end_ms.unwrap_or(r.allotted_ms));
        let allotted = r.map(|r| r.allotted_ms).unwrap_or(0);
        let summary = format!(
            "Round {} of {} is over: {} used of {}.",
            round + 1,
            iv.rounds.len(),
            elapsed_text(used.unwrap_or(0)),
            elapsed_text(allotted)
        );
        let next = iv.rounds.get(round + 1).map(|n| {
            format!(
                "Start round {}: {} ({} min)",
                round + 2,
                n.kind.label(),
                n.allotted_ms / 60_000
            )
        });
        (summary, next, iv.id.clone())
    });
    let is_last = next.is_none();
    let go = move |_| {
        let result = if is_last {
            store.act(|iv, t| iv.finish(t))
        } else {
            store.act(|iv, t| iv.next_round(t))
        };
        match result {
            Ok(()) if is_last => navigate(
                &format!("/interview/report/{id}"),
                NavigateOptions::default(),
            ),
            Ok(()) => {}
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="iv-round-done" data-testid="round-done">
            <h2 id="round-done-title" tabindex="-1">
                {summary}
            </h2>
            <p class="muted">
                "The clock is stopped. Take a breath, then carry on when you are ready."
            </p>
            <button
                type="button"
                class="button"
                data-testid=if is_last { "finish" } else { "next-round" }
                on:click=go
            >
                {next.unwrap_or_else(|| "Finish and see the report".into())}
            </button>
            <FormError error=error />
        </section>
    }
}

#[component]
fn SoundToggle() -> impl IntoView {
    let store = use_interview();
    let on = move || {
        store
            .current
            .with(|c| c.as_ref().is_some_and(|iv| iv.options.sound))
    };
    let toggle = move |ev| {
        let wanted = event_target_checked(&ev);
        store.update_current(|iv| iv.options.sound = wanted);
        if wanted {
            // Sound may only start from a click: start it now, and let the user hear it.
            crate::platform::web::beep(660.0, 0.15);
        }
    };
    view! {
        <label class="toggle">
            <input type="checkbox" data-testid="sound" prop:checked=on on:change=toggle />
            " Sound at 5 minutes left and at zero"
        </label>
    }
}
