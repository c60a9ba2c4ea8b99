//! The interviews the user prepares for and the plan's settings: one stored document
//! ([`PersistedDoc`]), read the first time a page asks for the store and saved by each change.
//! An unreadable document is backed up and reported, and the plan starts empty meanwhile.
//!
//! [`use_plan`] also gives the plan itself (Today, the forecast, each interview's outlook),
//! rebuilt when progress, the interviews or the day change.

use crate::domain::calendar::local_day;
use crate::domain::plan::{FORECAST_DAYS, Goal, Plan, PlanInput, Plans, build};
use crate::domain::schedule::{MAX_RETENTION, MIN_RETENTION, REQUEST_RETENTION};
use crate::platform::clock::{now_ms, tz_offset_minutes, use_now};
use crate::platform::storage::PLANS_KEY;
use crate::stores::at_root;
use crate::stores::catalog::use_catalog;
use crate::stores::persist::{PersistedDoc, on_other_tab};
use crate::stores::progress::use_progress;
use crate::stores::status::use_storage_status;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct PlanStore {
    /// Changed only through [`PlanStore::update`], which saves it.
    pub plans: RwSignal<Plans>,
    /// The plan as of now; rebuilt when its inputs change, and when the day changes.
    pub plan: Memo<Plan>,
    doc: PersistedDoc,
}

impl PlanStore {
    fn create() -> PlanStore {
        let status = use_storage_status();
        let (doc, plans) = PersistedDoc::open_or_report(status, PLANS_KEY, "interview plan", |t| {
            Plans::from_json(t)
        });
        let plans = RwSignal::new(plans.unwrap_or_default());
        let cat = use_catalog();
        let progress = use_progress().progress;
        // Checked every minute; the plan changes when the local day does.
        let now = use_now(60_000);
        let today = Memo::new(move |_| local_day(now.get(), tz_offset_minutes()));
        let plan = Memo::new(move |_| {
            today.track();
            progress.with(|progress| {
                plans.with(|plans| {
                    build(
                        &PlanInput {
                            catalog: cat,
                            progress,
                            plans,
                            now_ms: now_ms(),
                            tz_offset_minutes: tz_offset_minutes(),
                        },
                        FORECAST_DAYS,
                    )
                })
            })
        });
        let store = PlanStore { plans, plan, doc };
        on_other_tab(vec![PLANS_KEY], move |_, text| {
            if let Ok(theirs) = Plans::from_json(&text) {
                store.doc.adopt(text);
                store.plans.set(theirs);
            }
        });
        provide_context(store);
        store
    }

    /// Applies a change and saves it.
    pub fn update(self, change: impl FnOnce(&mut Plans)) {
        self.plans.update(change);
        if let Ok(text) = self.plans.with_untracked(Plans::to_json) {
            self.doc.save(text);
        }
    }

    /// Adds or replaces an interview.
    pub fn put(self, goal: Goal) {
        self.update(|p| p.put(goal));
    }

    /// Removes an interview; returns it for undo.
    pub fn remove(self, id: &str) -> Option<Goal> {
        let mut removed = None;
        self.update(|p| removed = p.remove(id));
        removed
    }
}

/// The desired retention every rating is scheduled with: the plan's, from the store if a
/// page opened it, else read from storage (only that field, so a page that rates a question
/// carries no plan code); the default when none is set or it cannot be read.
pub fn desired_retention() -> f64 {
    if let Some(store) = use_context::<PlanStore>() {
        return store.plans.with_untracked(|p| p.retention);
    }
    crate::platform::storage::read(PLANS_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|doc| doc.get("retention").and_then(serde_json::Value::as_f64))
        .filter(|r| r.is_finite())
        .map_or(REQUEST_RETENTION, |r| r.clamp(MIN_RETENTION, MAX_RETENTION))
}

/// The store, created (and its document read) on the first call.
pub fn use_plan() -> PlanStore {
    use_context::<PlanStore>().unwrap_or_else(|| at_root(PlanStore::create))
}
