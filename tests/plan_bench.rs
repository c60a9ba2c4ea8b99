//! Benchmark, not a pass/fail test: building the plan (Today, the 30-day forecast and each
//! interview's outlook) for 10,000 questions with review history, in a real browser, release
//! build, run by `scripts/bench`. It asserts only that the plan holds what it should.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::domain::calendar::{day_start_ms, local_day};
use ml_interview_prep::domain::catalog::{Catalog, Question};
use ml_interview_prep::domain::plan::{FORECAST_DAYS, Goal, PlanInput, Plans, build};
use ml_interview_prep::domain::progress::{Progress, Rating};
use ml_interview_prep::domain::rounds::RoundKind;
use ml_interview_prep::domain::schedule::DAY_MS;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LARGE: usize = 10_000;
const RUNS: usize = 15;
const BUDGET_MS: f64 = 30.0;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// 10,000 questions made from the catalog's; three quarters of them rated between one and
/// six times over the last 90 days, the rest never practised.
fn large(now_ms: i64) -> (Catalog, Progress) {
    let base = Catalog::from_json(include_str!("../public/catalog.json")).expect("catalog");
    let mut c = base.clone();
    c.questions = (0..LARGE)
        .map(|i| {
            let src = &base.questions[i % base.questions.len()];
            Question {
                id: format!("own-{i:05}"),
                ..src.clone()
            }
        })
        .collect();
    let mut p = Progress::default();
    for (i, q) in c.questions.iter().enumerate() {
        if i % 4 == 3 {
            continue;
        }
        let reviews = 1 + i % 6;
        let mut at = now_ms - 90 * DAY_MS + (i as i64 % 30) * DAY_MS;
        for r in 0..reviews {
            let rating = Rating::ALL[(i + r) % 4];
            p.rate(&q.id, rating, at);
            at += (3 + (i + r) as i64 % 9) * DAY_MS;
        }
    }
    (c, p)
}

#[wasm_bindgen_test]
fn plan_build() {
    let tz = 60;
    let now_ms = 1_790_000_000_000;
    let today = local_day(now_ms, tz);
    let (c, p) = large(day_start_ms(today, tz) + 9 * 3_600_000);
    let plans = Plans {
        goals: vec![
            Goal {
                id: "a".into(),
                company: Some("meta".into()),
                day: today + 14,
                rounds: vec![
                    RoundKind::Fundamentals,
                    RoundKind::SystemDesign,
                    RoundKind::Llm,
                ],
                minutes_per_day: 60,
            },
            Goal {
                id: "b".into(),
                company: None,
                day: today + 45,
                rounds: RoundKind::ALL.to_vec(),
                minutes_per_day: 90,
            },
        ],
        ..Plans::default()
    };
    let input = PlanInput {
        catalog: &c,
        progress: &p,
        plans: &plans,
        now_ms,
        tz_offset_minutes: tz,
    };
    let mut times = Vec::new();
    let mut plan = None;
    for _ in 0..RUNS {
        let t0 = now();
        plan = Some(build(&input, FORECAST_DAYS));
        times.push(now() - t0);
    }
    let plan = plan.expect("a plan");
    assert_eq!(plan.forecast.len(), FORECAST_DAYS);
    assert_eq!(plan.outlooks.len(), 2);
    assert!(!plan.today.reviews.is_empty());
    let reviews: u32 = plan.forecast.iter().map(|d| d.reviews).sum();
    assert!(reviews > 1000, "{reviews} reviews forecast");
    times.sort_by(|a, b| a.total_cmp(b));
    let median = times[RUNS / 2];
    console_log!(
        "BENCH plan budgets: Today, 30-day forecast and outlooks for {LARGE} questions <= {BUDGET_MS} ms median {}",
        if median <= BUDGET_MS {
            "within"
        } else {
            "OVER"
        }
    );
    console_log!(
        "BENCH plan: {LARGE} questions ({} due today, {reviews} reviews in 30 days): median {median:.1} ms, min {:.1}, max {:.1} over {RUNS} runs",
        plan.today.reviews.len(),
        times[0],
        times[RUNS - 1],
    );
}
