//! The rounds about to be run, each with its length and question count editable before
//! the interview starts.

use crate::domain::rounds::RoundPlan;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

/// Longest round and most questions a round may be given here.
pub const MAX_MINUTES: u32 = 180;
pub const MAX_QUESTIONS: u32 = 10;

/// The list is drawn again when `plans` is replaced (another company or round picked).
/// Edits change `plans` without notifying, so typing never redraws the list or moves focus.
#[component]
pub fn RoundPlanEditor(plans: RwSignal<Vec<RoundPlan>>) -> impl IntoView {
    move || {
        plans.with(|list| {
            view! {
                <ol class="plan" data-testid="plan">
                    {list.iter().enumerate().map(|(i, p)| plan_row(i, p, plans)).collect_view()}
                </ol>
            }
        })
    }
}

fn plan_row(i: usize, plan: &RoundPlan, plans: RwSignal<Vec<RoundPlan>>) -> impl IntoView + use<> {
    let source = plan
        .source
        .as_ref()
        .map(|s| view! { <span class="muted">{format!(" (the guide: {s})")}</span> });
    let note = plan.note.clone().map(|n| view! { <p class="hint">{n}</p> });
    view! {
        <li class="plan-round" data-testid="plan-round">
            <div class="plan-what">
                <strong>{plan.kind.label()}</strong>
                {source}
                {note}
            </div>
            <div class="plan-fields">
                {number_field(
                    format!("minutes-{i}"),
                    "Minutes",
                    plan.minutes,
                    MAX_MINUTES,
                    move |n| {
                        plans
                            .update_untracked(|p| {
                                if let Some(p) = p.get_mut(i) {
                                    p.minutes = n;
                                }
                            });
                    },
                )}
                {number_field(
                    format!("questions-{i}"),
                    "Questions",
                    plan.question_count as u32,
                    MAX_QUESTIONS,
                    move |n| {
                        plans
                            .update_untracked(|p| {
                                if let Some(p) = p.get_mut(i) {
                                    p.question_count = n as usize;
                                }
                            });
                    },
                )}
            </div>
        </li>
    }
}

/// A whole number from 1 to `max`. Out of range is clamped; anything else puts the field back
/// to the last good value. The field always shows what will be used.
fn number_field(
    id: String,
    label: &'static str,
    value: u32,
    max: u32,
    set: impl Fn(u32) + 'static,
) -> impl IntoView {
    let last = StoredValue::new(value);
    let change = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        let n = match input.value().trim().parse::<u32>() {
            Ok(n) => n.clamp(1, max),
            Err(_) => last.get_value(),
        };
        last.set_value(n);
        input.set_value(&n.to_string());
        set(n);
    };
    view! {
        <span class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                data-testid=id
                type="number"
                inputmode="numeric"
                min="1"
                max=max.to_string()
                value=value.to_string()
                on:change=change
            />
        </span>
    }
}
