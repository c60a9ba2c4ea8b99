//! `/interview/report/:id`: the report on a finished or abandoned interview. The full
//! report is kept for the latest interview; older ones keep their history line.

use crate::components::not_found::NotFound;
use crate::components::report_tables::{DimensionScores, QuestionTimes, RoundTimes};
use crate::domain::interview::Phase;
use crate::domain::report::{Report, report};
use crate::platform::clock::day_text;
use crate::platform::web::{href, set_title};
use crate::split::later::{RecordingsSlot, recordings_view};
use crate::stores::catalog::use_catalog;
use crate::stores::interview::use_interview;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InterviewReportPage() -> impl IntoView {
    set_title("Interview report");
    let store = use_interview();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // The report of the stored interview, when it is the one asked for and it is over.
    let full = Memo::new(move |_| {
        let id = id.get();
        store.current.with(|c| {
            let iv = c
                .as_ref()
                .filter(|iv| iv.id == id && iv.phase() == Phase::Report)?;
            let r = report(iv).ok()?;
            Some((r, iv.started_ms, iv.options.record))
        })
    });
    move || {
        if let Some((r, started, recorded)) = full.get() {
            return view! { <FullReport r=r started=started recorded=recorded /> }.into_any();
        }
        let entry = store.history.with(|h| h.get(&id.get()).cloned());
        match entry {
            Some(e) => view! {
                <h1>{format!("Mock interview: {}", e.label)}</h1>
                <p data-testid="report-overall" class="overall">
                    {format!("Score {} / 100", e.overall)}
                </p>
                <p>{format!("Taken on {}.", day_text(Some(e.started_ms)))}</p>
                <p class="muted">
                    "Only the overall score is kept for this interview: the detailed report is kept for your latest one."
                </p>
                <p>
                    <a href=href("/interview/history")>"All past interviews"</a>
                </p>
            }
            .into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[component]
fn FullReport(r: Report, started: Option<i64>, recorded: bool) -> impl IntoView {
    let cat = use_catalog();
    let scores: Vec<(String, String)> = r
        .questions
        .iter()
        .map(|q| {
            let score = q.score.map_or_else(
                || "not scored".to_string(),
                |s| format!("score {} / 100", (s * 100.0).round() as u32),
            );
            (q.id.clone(), score)
        })
        .collect();
    let weakest: Vec<_> = r
        .weakest_sections(3)
        .iter()
        .map(|s| {
            (
                cat.section_title(&s.section).to_string(),
                (s.average * 100.0).round() as u32,
                s.count,
            )
        })
        .collect();
    let overall = r
        .overall
        .map(|o| format!("Score {o} / 100"))
        .unwrap_or_else(|| "No score: nothing was answered and scored.".into());
    view! {
        <article class="iv-report" data-testid="report">
            <h1>{format!("Report: {}", r.title)}</h1>
            <p class="muted">
                {format!("Taken on {}.", day_text(started))}
                {r
                    .abandoned
                    .then_some(
                        " This interview was abandoned; unreached questions are not counted.",
                    )}
            </p>
            <p class="overall" data-testid="report-overall">
                {overall}
            </p>
            <SendToReview ids=r.review.clone() />
            <h2>"Time per round"</h2>
            <RoundTimes rounds=r.rounds.clone() />
            <h2>"Time and score per question"</h2>
            <QuestionTimes questions=r.questions.clone() />
            <h2>"Scores per rubric dimension"</h2>
            <DimensionScores dims=r.dimensions.clone() />
            {recorded
                .then(|| {
                    Suspend::new(
                        recordings_view(RecordingsSlot::Report {
                            interview: r.interview_id.clone(),
                            scores,
                        }),
                    )
                })}
            <h2>"Weakest sections"</h2>
            {if weakest.is_empty() {
                view! { <p class="muted">"Nothing was scored."</p> }.into_any()
            } else {
                view! {
                    <ol class="weakest" data-testid="weakest">
                        {weakest
                            .into_iter()
                            .map(|(title, pct, n)| {
                                view! {
                                    <li>
                                        {format!(
                                            "{title}: {pct}% over {n} question{}",
                                            if n == 1 { "" } else { "s" },
                                        )}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
            <p class="actions">
                <a class="button secondary" href=href("/interview/history")>
                    "Past interviews"
                </a>
                <a class="button secondary" href=href("/interview")>
                    "Another interview"
                </a>
            </p>
        </article>
    }
}

#[component]
fn SendToReview(ids: Vec<String>) -> impl IntoView {
    let progress = use_progress();
    let n = ids.len();
    let sent = RwSignal::new(false);
    if n == 0 {
        return view! {
            <p class="muted" data-testid="no-weak">
                "No weak questions to send to review."
            </p>
        }
        .into_any();
    }
    let (noun, verb) = if n == 1 {
        ("question", "is")
    } else {
        ("questions", "are")
    };
    let send = move |_| {
        let ids = ids.clone();
        progress.update(move |p, now| {
            p.queue_for_review(&ids, now);
        });
        sent.set(true);
    };
    view! {
        <div class="send-review">
            <button
                type="button"
                class="button"
                data-testid="send-to-review"
                disabled=move || sent.get()
                on:click=send
            >
                {format!("Send {n} weak {noun} to review")}
            </button>
            <p role="status" data-testid="sent-to-review">
                {move || sent.get().then(|| format!("Done: {n} {noun} {verb} due for review now."))}
            </p>
        </div>
    }
    .into_any()
}
