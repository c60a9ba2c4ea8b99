//! The rounds about to be run, each with its length and question count editable before
//! the interview starts.

use crate::domain::rounds::RoundPlan;
use leptos::prelude::*;

/// Longest round and most questions a round may be given here.
pub const MAX_MINUTES: u32 = 180;
pub const MAX_QUESTIONS: usize = 10;

#[component]
pub fn RoundPlanEditor(plans: RwSignal<Vec<RoundPlan>>) -> impl IntoView {
    let count = move || plans.with(Vec::len);
    view! {
        <ol class="plan" data-testid="plan">
            <For each=move || 0..count() key=|i| *i let:i>
                <PlanRow i=i plans=plans/>
            </For>
        </ol>
    }
}

#[component]
fn PlanRow(i: usize, plans: RwSignal<Vec<RoundPlan>>) -> impl IntoView {
    let read =
        move |f: fn(&RoundPlan) -> String| plans.with(|p| p.get(i).map(f).unwrap_or_default());
    let label = move || read(|p| p.kind.label().to_string());
    let source = move || read(|p| p.source.clone().unwrap_or_default());
    let note = move || read(|p| p.note.clone().unwrap_or_default());
    // A number is clamped to its range; anything else puts the field back as it was.
    let edit = move |ev: leptos::ev::Event,
                     apply: fn(&mut RoundPlan, u32),
                     shown: fn(&RoundPlan) -> String| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        match input.value().trim().parse::<u32>() {
            Ok(n) => plans.update(|p| {
                if let Some(plan) = p.get_mut(i) {
                    apply(plan, n);
                }
            }),
            Err(_) => input.set_value(&read(shown)),
        }
    };
    let minutes = |p: &RoundPlan| p.minutes.to_string();
    let questions = |p: &RoundPlan| p.question_count.to_string();
    let (min_id, q_id) = (format!("minutes-{i}"), format!("questions-{i}"));
    view! {
        <li class="plan-round" data-testid="plan-round">
            <div class="plan-what">
                <strong>{label}</strong>
                <Show when=move || !source().is_empty()>
                    <span class="muted">{move || format!(" (the guide: {})", source())}</span>
                </Show>
                <Show when=move || !note().is_empty()>
                    <p class="hint">{note}</p>
                </Show>
            </div>
            <div class="plan-fields">
                <span class="field">
                    <label for=min_id.clone()>"Minutes"</label>
                    <input id=min_id type="number" inputmode="numeric" min="1" max=MAX_MINUTES.to_string()
                        data-testid=format!("minutes-{i}")
                        prop:value=move || read(minutes)
                        on:change=move |ev| edit(ev, |p, n| p.minutes = n.clamp(1, MAX_MINUTES), minutes)/>
                </span>
                <span class="field">
                    <label for=q_id.clone()>"Questions"</label>
                    <input id=q_id type="number" inputmode="numeric" min="1" max=MAX_QUESTIONS.to_string()
                        data-testid=format!("questions-{i}")
                        prop:value=move || read(questions)
                        on:change=move |ev| edit(ev, |p, n| {
                            p.question_count = (n as usize).clamp(1, MAX_QUESTIONS)
                        }, questions)/>
                </span>
            </div>
        </li>
    }
}
