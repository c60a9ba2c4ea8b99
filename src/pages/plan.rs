//! Plan: the interviews the user prepares for, how each stands (days left, coverage,
//! predicted recall, what does not fit), the workload ahead and the desired retention.

use crate::components::charts::ForecastChart;
use crate::components::goal_form::GoalForm;
use crate::components::retention_setting::RetentionSetting;
use crate::domain::calendar::{date_of_day, local_day};
use crate::domain::plan::{Goal, Outlook};
use crate::platform::clock::{now_ms, tz_offset_minutes};
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::plan::use_plan;
use leptos::prelude::*;

#[component]
pub fn PlanPage() -> impl IntoView {
    let plan = use_plan();
    set_title("Your plan");
    let editing = RwSignal::new(None::<String>);
    // The interview last deleted, until it is restored or another is deleted.
    let deleted = RwSignal::new(None::<Goal>);
    let today = move || local_day(now_ms(), tz_offset_minutes());
    let goals = move || plan.plans.with(|p| p.goals.clone());
    let past = move || {
        goals()
            .into_iter()
            .filter(|g| g.day < today())
            .collect::<Vec<_>>()
    };
    let delete = Callback::new(move |id: String| {
        deleted.set(plan.remove(&id));
    });
    view! {
        <h1>"Your plan"</h1>
        <p class="lead">
            "Set the date of each interview and the time you have each day. Today then holds the \
             reviews that are due and new questions for your interviews, most useful first."
        </p>
        {move || {
            deleted
                .get()
                .map(|g| {
                    let title = g.title(use_catalog());
                    view! {
                        <p class="notice" role="status" data-testid="goal-deleted">
                            {format!("Deleted the interview {title}. ")}
                            <button
                                type="button"
                                class="link-button"
                                data-testid="goal-undo"
                                on:click=move |_| {
                                    if let Some(g) = deleted.get_untracked() {
                                        plan.put(g);
                                    }
                                    deleted.set(None);
                                }
                            >
                                "Undo"
                            </button>
                        </p>
                    }
                })
        }}
        <Show
            when=move || plan.plan.with(|p| !p.outlooks.is_empty())
            fallback=move || {
                view! {
                    <p class="empty" data-testid="no-goals">
                        "No upcoming interview yet. Add one below to get a daily plan."
                    </p>
                }
            }
        >
            <p class="actions">
                <a class="button" href=href("/today") data-testid="plan-start">
                    {move || {
                        let n = plan.plan.with(|p| p.today.len());
                        format!("Practise today ({n})")
                    }}
                </a>
            </p>
            <ul class="goals" data-testid="goals">
                <For
                    each=move || plan.plan.with(|p| p.outlooks.clone())
                    key=|o| format!("{o:?}")
                    let(o)
                >
                    <GoalCard outlook=o editing=editing delete=delete />
                </For>
            </ul>
            <section aria-labelledby="forecast-title">
                <h2 id="forecast-title">"The next 30 days"</h2>
                {move || {
                    let (days, interviews) = plan
                        .plan
                        .with(|p| {
                            (p.forecast.clone(), p.outlooks.iter().map(|o| o.day).collect())
                        });
                    view! { <ForecastChart days=days interviews=interviews /> }
                }}
            </section>
        </Show>
        {move || {
            let past = past();
            (!past.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="past-title">
                            <h2 id="past-title">"Past interviews"</h2>
                            <ul>
                                {past
                                    .into_iter()
                                    .map(|g| {
                                        let id = g.id.clone();
                                        view! {
                                            <li>
                                                {g.title(use_catalog())} " "
                                                <button
                                                    type="button"
                                                    class="link-button"
                                                    on:click=move |_| delete.run(id.clone())
                                                >
                                                    "Delete"
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
        }}
        {move || match editing.get() {
            Some(id) => {
                view! {
                    <GoalForm editing=Some(id) on_done=Callback::new(move |()| editing.set(None)) />
                }
                    .into_any()
            }
            None => view! { <GoalForm editing=None /> }.into_any(),
        }}
        <RetentionSetting />
    }
}

#[component]
fn GoalCard(
    outlook: Outlook,
    editing: RwSignal<Option<String>>,
    delete: Callback<String>,
) -> impl IntoView {
    let cat = use_catalog();
    let plan = use_plan();
    let goal = plan
        .plans
        .with_untracked(|p| p.goals.iter().find(|g| g.id == outlook.goal_id).cloned());
    let Some(goal) = goal else {
        return ().into_any();
    };
    let days = match outlook.days_left {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        n => format!("in {n} days"),
    };
    let coverage = format!(
        "{} of {} relevant questions practised ({:.0}%)",
        outlook.practised,
        outlook.relevant,
        outlook.coverage() * 100.0
    );
    let rounds = goal
        .rounds
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(", ");
    let fit = if outlook.relevant == 0 {
        view! {
            <p class="warn" data-testid="goal-fit">
                "No question in the guide matches these rounds"
                {goal.company.is_some().then_some(" or this company")}
                ". Choose other rounds."
            </p>
        }
        .into_any()
    } else if outlook.left_out.is_empty() {
        view! {
            <p data-testid="goal-fit">
                {format!(
                    "Everything relevant fits before the interview at {} min a day.",
                    goal.minutes_per_day,
                )}
            </p>
        }
        .into_any()
    } else {
        let n = outlook.left_out.len();
        let examples = outlook
            .left_out
            .iter()
            .take(3)
            .filter_map(|id| cat.question(id))
            .map(|q| {
                view! {
                    <li>
                        <a href=href(&format!("/q/{}", q.id))>{q.text.clone()}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="warn" data-testid="goal-fit">
                <p>
                    {format!(
                        "The plan does not fit: at {} min a day, {n} of the {} relevant questions are not reached before {}. It takes the most useful first; the first of those left out are:",
                        goal.minutes_per_day,
                        outlook.relevant,
                        date_of_day(goal.day),
                    )}
                </p>
                <ul>{examples}</ul>
                <p>"More minutes a day or fewer rounds would fit them in."</p>
            </div>
        }
        .into_any()
    };
    let id = goal.id.clone();
    let edit_id = goal.id.clone();
    view! {
        <li class="goal" data-testid="goal" data-id=goal.id.clone()>
            <h3>{format!("{} · {days}", goal.title(cat))}</h3>
            <p class="muted small">{format!("{rounds} · {} min a day", goal.minutes_per_day)}</p>
            <dl class="goal-figures">
                <div>
                    <dt>"Coverage"</dt>
                    <dd data-testid="goal-coverage">{coverage}</dd>
                </div>
                <div>
                    <dt>"Predicted recall on the day"</dt>
                    <dd data-testid="goal-recall">
                        {format!(
                            "{:.0}% following the plan; {:.0}% if you stop now",
                            outlook.recall_planned * 100.0,
                            outlook.recall_now * 100.0,
                        )}
                    </dd>
                </div>
            </dl>
            {fit}
            <p class="actions">
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| editing.set(Some(edit_id.clone()))
                >
                    "Change"
                </button>
                <button
                    type="button"
                    class="link-button"
                    data-testid="goal-delete"
                    on:click=move |_| delete.run(id.clone())
                >
                    "Delete"
                </button>
            </p>
        </li>
    }
    .into_any()
}
