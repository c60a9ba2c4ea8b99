//! The desired retention (how likely an answer should still be remembered when it comes
//! back), with its effect on the next 30 days shown before it is saved.

use crate::domain::plan::{DayLoad, FORECAST_DAYS, PlanInput, Plans, build};
use crate::domain::schedule::{MAX_RETENTION, MIN_RETENTION};
use crate::platform::clock::{now_ms, tz_offset_minutes};
use crate::stores::catalog::use_catalog;
use crate::stores::plan::use_plan;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

/// Reviews and minutes a day over a forecast, on average.
fn workload(forecast: &[DayLoad]) -> (f64, f64) {
    let days = forecast.len().max(1) as f64;
    let reviews: u32 = forecast.iter().map(|d| d.reviews).sum();
    let minutes: f64 = forecast.iter().map(|d| d.minutes).sum();
    (f64::from(reviews) / days, minutes / days)
}

#[component]
pub fn RetentionSetting() -> impl IntoView {
    let plan = use_plan();
    let saved = move || plan.plans.with(|p| p.retention);
    let chosen = RwSignal::new(plan.plans.with_untracked(|p| p.retention));
    let percent = |r: f64| format!("{:.0}%", r * 100.0);
    let cat = use_catalog();
    let progress = use_progress().progress;
    // The plan at another retention: the store's plan with only that changed.
    let forecast_at = move |retention: f64| {
        let plans = Plans {
            retention,
            ..plan.plans.get()
        };
        progress.with(|progress| {
            build(
                &PlanInput {
                    catalog: cat,
                    progress,
                    plans: &plans,
                    now_ms: now_ms(),
                    tz_offset_minutes: tz_offset_minutes(),
                },
                FORECAST_DAYS,
            )
            .forecast
        })
    };
    let preview = move || {
        let r = chosen.get();
        // The saved retention's workload is the store's own plan.
        let (now_reviews, now_minutes) = plan.plan.with(|p| workload(&p.forecast));
        let (reviews, minutes) = if (r - saved()).abs() < 1e-9 {
            (now_reviews, now_minutes)
        } else {
            workload(&forecast_at(r))
        };
        if (r - saved()).abs() < 1e-9 {
            format!(
                "At {}: about {reviews:.1} reviews and {minutes:.0} minutes a day over the next 30 days.",
                percent(r)
            )
        } else {
            format!(
                "At {}: about {reviews:.1} reviews and {minutes:.0} minutes a day over the next 30 \
                 days, against {now_reviews:.1} and {now_minutes:.0} at {}.",
                percent(r),
                percent(saved())
            )
        }
    };
    view! {
        <section class="retention" aria-labelledby="retention-title" data-testid="retention">
            <h2 id="retention-title">"How well to remember"</h2>
            <p class="muted">
                "Questions come back when the chance you still remember the answer falls to this \
                 level. Higher means more reviews."
            </p>
            <div class="field">
                <label for="retention">"Desired retention: " {move || percent(chosen.get())}</label>
                <input
                    id="retention"
                    type="range"
                    min=MIN_RETENTION.to_string()
                    max=MAX_RETENTION.to_string()
                    step="0.01"
                    data-testid="retention-input"
                    prop:value=move || chosen.get().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            chosen.set(v.clamp(MIN_RETENTION, MAX_RETENTION));
                        }
                    }
                />
            </div>
            <p aria-live="polite" data-testid="retention-preview">
                {preview}
            </p>
            <p class="actions">
                <button
                    type="button"
                    class="button secondary"
                    data-testid="retention-save"
                    disabled=move || (chosen.get() - saved()).abs() < 1e-9
                    on:click=move |_| {
                        let r = chosen.get_untracked();
                        plan.update(|p| p.retention = r);
                    }
                >
                    {move || format!("Use {}", percent(chosen.get()))}
                </button>
            </p>
        </section>
    }
}
