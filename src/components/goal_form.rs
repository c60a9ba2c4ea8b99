//! The form for one interview: company, date, rounds expected, minutes a day. Rounds follow
//! the company's loop from the guide until the user changes them.

use crate::components::form_error::FormError;
use crate::domain::calendar::{date_of_day, local_day};
use crate::domain::plan::{GoalForm as Form, default_rounds};
use crate::domain::rounds::RoundKind;
use crate::platform::clock::{now_ms, tz_offset_minutes};
use crate::stores::catalog::use_catalog;
use crate::stores::plan::use_plan;
use leptos::prelude::*;

/// `editing`: the id of the interview being changed, or `None` for a new one. `done` runs
/// after a save or cancel.
#[component]
pub fn GoalForm(
    editing: Option<String>,
    #[prop(optional)] on_done: Option<Callback<()>>,
) -> impl IntoView {
    let cat = use_catalog();
    let plan = use_plan();
    let today = local_day(now_ms(), tz_offset_minutes());
    let start = editing
        .as_deref()
        .and_then(|id| {
            plan.plans
                .with_untracked(|p| p.goals.iter().find(|g| g.id == id).cloned())
        })
        .map(|g| Form::of(&g))
        .unwrap_or_else(|| Form {
            company: String::new(),
            date: date_of_day(today + 14).to_string(),
            rounds: default_rounds(cat, None),
            minutes: "45".to_string(),
        });
    let form = RwSignal::new(start);
    // Rounds follow the company until the user picks them.
    let rounds_touched = RwSignal::new(editing.is_some());
    let error = RwSignal::new(None::<String>);
    let invalid = RwSignal::new(None::<&'static str>);
    let editing = StoredValue::new(editing);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = local_day(now_ms(), tz_offset_minutes());
        let id = editing
            .get_value()
            .unwrap_or_else(|| plan.plans.with_untracked(|p| p.new_id(now_ms())));
        match form.with_untracked(|f| f.to_goal(cat, today, id)) {
            Ok(goal) => {
                error.set(None);
                invalid.set(None);
                plan.put(goal);
                if editing.get_value().is_none() {
                    form.update(|f| f.date = date_of_day(today + 14).to_string());
                }
                if let Some(done) = on_done {
                    done.run(());
                }
            }
            Err(e) => {
                invalid.set(Some(e.field()));
                error.set(Some(e.to_string()));
            }
        }
    };
    let is_invalid = move |field: &'static str| (invalid.get() == Some(field)).then_some("true");
    let title = if editing.with_value(Option::is_some) {
        "Change this interview"
    } else {
        "Add an interview"
    };
    view! {
        <form class="goal-form" data-testid="goal-form" on:submit=save novalidate>
            <h2>{title}</h2>
            <div class="field">
                <label for="goal-company">"Company"</label>
                <select
                    id="goal-company"
                    data-testid="goal-company"
                    aria-invalid=move || is_invalid("company")
                    on:change=move |ev| {
                        let company = event_target_value(&ev);
                        form.update(|f| {
                            if !rounds_touched.get_untracked() {
                                f.rounds = default_rounds(
                                    cat,
                                    Some(company.as_str()).filter(|c| !c.is_empty()),
                                );
                            }
                            f.company = company;
                        });
                    }
                >
                    <option value="" selected=move || form.with(|f| f.company.is_empty())>
                        "Any company"
                    </option>
                    {cat
                        .companies
                        .iter()
                        .map(|c| {
                            let id = c.id.clone();
                            let selected = move || form.with(|f| f.company == id);
                            view! {
                                <option value=c.id.clone() selected=selected>
                                    {c.name.clone()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="goal-date">"Interview date"</label>
                <input
                    id="goal-date"
                    type="date"
                    data-testid="goal-date"
                    min=date_of_day(today).to_string()
                    aria-invalid=move || is_invalid("date")
                    prop:value=move || form.with(|f| f.date.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| f.date = v);
                    }
                />
            </div>
            <fieldset class="field rounds" aria-invalid=move || is_invalid("rounds")>
                <legend>"Rounds you expect"</legend>
                <p class="muted small">"A company's loop from the guide is chosen for you."</p>
                {RoundKind::ALL
                    .into_iter()
                    .map(|k| {
                        let checked = move || form.with(|f| f.rounds.contains(&k));
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    data-round=k.slug()
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        rounds_touched.set(true);
                                        form.update(|f| {
                                            f.rounds.retain(|r| *r != k);
                                            if on {
                                                f.rounds.push(k);
                                            }
                                        });
                                    }
                                />
                                {k.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="field">
                <label for="goal-minutes">"Minutes a day you can practise"</label>
                <input
                    id="goal-minutes"
                    type="number"
                    inputmode="numeric"
                    min="5"
                    max="600"
                    step="5"
                    data-testid="goal-minutes"
                    aria-invalid=move || is_invalid("minutes")
                    prop:value=move || form.with(|f| f.minutes.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| f.minutes = v);
                    }
                />
            </div>
            <FormError error=error />
            <p class="actions">
                <button type="submit" class="button" data-testid="goal-save">
                    {if editing.with_value(Option::is_some) {
                        "Save changes"
                    } else {
                        "Add interview"
                    }}
                </button>
                {on_done
                    .filter(|_| editing.with_value(Option::is_some))
                    .map(|done| {
                        view! {
                            <button
                                type="button"
                                class="button secondary"
                                on:click=move |_| done.run(())
                            >
                                "Cancel"
                            </button>
                        }
                    })}
            </p>
        </form>
    }
}
