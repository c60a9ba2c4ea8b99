//! `/interview`: set up a mock interview (a company's loop or a single round), or resume
//! the one in progress.

use crate::components::abandon_interview::AbandonInterview;
use crate::components::form_error::FormError;
use crate::components::round_plan_editor::RoundPlanEditor;
use crate::domain::catalog::Catalog;
use crate::domain::draw::{DifficultyMix, draw_rounds};
use crate::domain::interview::{Interview, InterviewOptions, RoundSetup};
use crate::domain::own_questions::is_own;
use crate::domain::rounds::{RoundKind, RoundPlan, company_loop};
use crate::platform::clock::now_ms;
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::interview::use_interview;
use crate::stores::key_points::use_key_points;
use crate::stores::lists::use_lists;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// What the user picked: a company id or a round kind.
#[derive(Debug, Clone, PartialEq)]
enum Choice {
    Company(String),
    Round(RoundKind),
}

#[component]
pub fn InterviewSetupPage() -> impl IntoView {
    set_title("Mock interview");
    let store = use_interview();
    use_key_points().load();
    let in_progress = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().is_some_and(Interview::in_progress))
    });
    view! {
        <h1>"Mock interview"</h1>
        <p class="lead">
            "Rehearse a company's full loop or a single round against the clock, then score yourself with the rubric."
        </p>
        {move || {
            if in_progress.get() {
                view! { <ResumeBanner /> }.into_any()
            } else {
                view! {
                    <LastReportLink />
                    <SetupForm />
                }
                    .into_any()
            }
        }}
        <p>
            <a href=href("/interview/history") data-testid="history-link">
                "Past interviews and scores"
            </a>
        </p>
    }
}

#[component]
fn ResumeBanner() -> impl IntoView {
    let store = use_interview();
    let text = move || {
        store.current.with(|c| {
            let iv = c.as_ref()?;
            let r = iv.round_index()?;
            Some(format!(
                "{}: round {} of {} ({}), {}.",
                iv.title,
                r + 1,
                iv.rounds.len(),
                iv.rounds.get(r)?.kind.label(),
                iv.phase()
            ))
        })
    };
    view! {
        <section class="resume-banner" data-testid="resume-banner" aria-labelledby="resume-title">
            <h2 id="resume-title">"You have an interview in progress"</h2>
            <p>{text}</p>
            <p class="actions">
                <a class="button" href=href("/interview/run") data-testid="resume-interview">
                    "Resume interview"
                </a>
            </p>
            <p class="muted">"To start a new one, abandon this one first."</p>
            <AbandonInterview />
        </section>
    }
}

#[component]
fn LastReportLink() -> impl IntoView {
    let store = use_interview();
    store.current.with_untracked(|c| {
        c.as_ref()
            .filter(|iv| !iv.in_progress() && iv.started_ms.is_some())
            .map(|iv| {
                view! {
                    <p class="notice-line">
                        "Your last interview: " {iv.title.clone()} ". "
                        <a href=href(&format!("/interview/report/{}", iv.id))>"See its report"</a>
                    </p>
                }
            })
    })
}

fn plans_for(cat: &Catalog, choice: &Choice) -> Result<Vec<RoundPlan>, String> {
    match choice {
        Choice::Company(id) => company_loop(cat, id).map_err(|e| e.to_string()),
        Choice::Round(kind) => Ok(vec![RoundPlan::standard(*kind)]),
    }
}

#[component]
fn SetupForm() -> impl IntoView {
    let cat = use_catalog();
    let store = use_interview();
    let progress = use_progress().progress;
    let navigate = use_navigate();
    let key_points = use_key_points();
    let first = Choice::Company(
        cat.companies
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default(),
    );
    let plans = RwSignal::new(plans_for(cat, &first).unwrap_or_default());
    let choice = RwSignal::new(first);
    let hide_difficulty = RwSignal::new(false);
    let sound = RwSignal::new(false);
    let record = RwSignal::new(false);
    // Where questions are drawn from: "" all, "mine" own questions, or a list's id (a
    // list's "Mock interview" link opens this page with `?list=`).
    let lists = use_lists();
    let from_url = use_query_map()
        .with_untracked(|q| q.get("list"))
        .unwrap_or_default();
    let pool_choice = RwSignal::new(from_url);
    let has_own = cat.questions.iter().any(|q| is_own(&q.id));
    let mut pools = vec![(String::new(), "All questions".to_string())];
    if has_own {
        pools.push(("mine".to_string(), "My own questions".to_string()));
    }
    lists.lists.with_untracked(|l| {
        pools.extend(
            l.lists
                .iter()
                .map(|x| (x.id.clone(), format!("List: {}", x.name))),
        );
    });
    let error = RwSignal::new(None::<String>);
    let pick = move |c: Choice| {
        match plans_for(cat, &c) {
            Ok(p) => {
                plans.set(p);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
        choice.set(c);
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = now_ms();
        let plan = plans.get_untracked();
        let (title, company) = match choice.get_untracked() {
            Choice::Company(id) => {
                let name = cat.company(&id).map(|c| c.name.clone()).unwrap_or(id);
                (name.clone(), Some(name))
            }
            Choice::Round(kind) => (kind.label().to_string(), None),
        };
        // Own questions or a list: drawn from a catalog holding only those.
        let chosen = pool_choice.get_untracked();
        let members = lists
            .lists
            .with_untracked(|l| l.get(&chosen).map(|x| x.questions.clone()));
        let keep = |id: &str| match (chosen.as_str(), &members) {
            ("mine", _) => is_own(id),
            (_, Some(m)) => m.iter().any(|x| x == id),
            _ => true,
        };
        let narrowed;
        let pool = if chosen.is_empty() {
            cat
        } else {
            narrowed = Catalog {
                questions: cat
                    .questions
                    .iter()
                    .filter(|q| keep(&q.id))
                    .cloned()
                    .collect(),
                ..cat.clone()
            };
            &narrowed
        };
        let drawn = progress.with_untracked(|p| {
            let last = |id: &str| p.get(id).and_then(|q| q.ratings.last()).map(|r| r.at_ms);
            draw_rounds(pool, &plan, now as u64, now, DifficultyMix::BALANCED, &last)
        });
        if !chosen.is_empty() && drawn.iter().any(Vec::is_empty) {
            error.set(Some(
                "Those questions do not cover every round: choose rounds their round types or sections fit, or draw from all questions."
                    .to_string(),
            ));
            return;
        }
        let rounds = plan
            .iter()
            .zip(drawn)
            .map(|(p, ids)| RoundSetup::from_plan(p, ids))
            .collect();
        let built =
            Interview::new(cat, format!("iv-{now}"), title, company, rounds).and_then(|mut iv| {
                iv.options = InterviewOptions {
                    hide_difficulty: hide_difficulty.get_untracked(),
                    sound: sound.get_untracked(),
                    record: record.get_untracked(),
                    ..InterviewOptions::default()
                };
                if let Some(map) = key_points.ready() {
                    iv.fill_key_point_totals(&|id| map.get(id).map(Vec::len));
                }
                iv.start(now)?;
                Ok(iv)
            });
        match built {
            Ok(mut iv) => {
                // Sound may only start from a click: start it now. A browser without Web
                // Audio gets the interview with sound off, which its run page shows.
                if iv.options.sound && crate::platform::web::prime_audio().is_none() {
                    iv.options.sound = false;
                }
                store.begin(iv);
                navigate("/interview/run", NavigateOptions::default());
            }
            Err(e) => error.set(Some(format!("The interview could not be set up: {e}."))),
        }
    };
    let radio = move |value: Choice, label: String, testid: String| {
        let checked = value.clone();
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="what"
                    data-testid=testid
                    prop:checked=move || choice.with(|c| *c == checked)
                    on:change=move |_| pick(value.clone())
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <form class="iv-setup" data-testid="setup" on:submit=start>
            <div class="two-col">
                <fieldset class="choices">
                    <legend>"A company's loop"</legend>
                    {cat
                        .companies
                        .iter()
                        .map(|c| radio(
                            Choice::Company(c.id.clone()),
                            c.name.clone(),
                            format!("pick-{}", c.id),
                        ))
                        .collect_view()}
                </fieldset>
                <fieldset class="choices">
                    <legend>"A single round"</legend>
                    {RoundKind::ALL
                        .into_iter()
                        .map(|k| radio(
                            Choice::Round(k),
                            k.label().to_string(),
                            format!("pick-{}", k.slug()),
                        ))
                        .collect_view()}
                </fieldset>
            </div>
            <h2>"Rounds"</h2>
            <p class="hint">
                "Change a round's length or number of questions before you start. Questions you have not practised lately come first."
            </p>
            <RoundPlanEditor plans=plans />
            <fieldset class="options">
                <legend>"Options"</legend>
                <label class="toggle">
                    <input
                        type="checkbox"
                        data-testid="hide-difficulty"
                        prop:checked=hide_difficulty
                        on:change=move |ev| hide_difficulty.set(event_target_checked(&ev))
                    />
                    " Hide difficulty labels"
                </label>
                <label class="toggle">
                    <input
                        type="checkbox"
                        data-testid="sound-setup"
                        prop:checked=sound
                        on:change=move |ev| sound.set(event_target_checked(&ev))
                    />
                    " Sound at 5 minutes left and at zero"
                </label>
                <label class="toggle">
                    <input
                        type="checkbox"
                        data-testid="record-setup"
                        prop:checked=record
                        on:change=move |ev| record.set(event_target_checked(&ev))
                    />
                    " Record my spoken answers (kept on this device, to listen to before scoring)"
                </label>
                {(pools.len() > 1)
                    .then(|| {
                        view! {
                            <div class="field">
                                <label for="draw-from">"Draw questions from"</label>
                                <select
                                    id="draw-from"
                                    data-testid="draw-from"
                                    on:change=move |ev| pool_choice.set(event_target_value(&ev))
                                >
                                    {pools
                                        .into_iter()
                                        .map(|(value, label)| {
                                            let v = value.clone();
                                            view! {
                                                <option
                                                    value=value
                                                    prop:selected=move || pool_choice.get() == v
                                                >
                                                    {label}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })}
            </fieldset>
            <FormError error=error />
            <button type="submit" class="button" data-testid="start">
                "Start interview"
            </button>
        </form>
    }
}
