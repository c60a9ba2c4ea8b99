//! The plan to an interview date: which questions matter, what Today holds, what fits before
//! the interview, and how bad input is met.

use ml_interview_prep::domain::calendar::{day_of_date, day_start_ms, parse_date};
use ml_interview_prep::domain::catalog::Catalog;
use ml_interview_prep::domain::plan::{
    FORECAST_DAYS, Goal, GoalError, GoalForm, Kind, PlanInput, Plans, build, default_rounds,
    new_in_order, relevant,
};
use ml_interview_prep::domain::progress::{Progress, Rating};
use ml_interview_prep::domain::rounds::RoundKind;
use ml_interview_prep::domain::schedule::DAY_MS;

const CATALOG: &str = include_str!("../public/catalog.json");

fn catalog() -> Catalog {
    match Catalog::from_json(CATALOG) {
        Ok(c) => c,
        Err(e) => panic!("public/catalog.json: {e}"),
    }
}

const TZ: i32 = 60;

fn day(text: &str) -> i64 {
    match parse_date(text) {
        Some(d) => day_of_date(d),
        None => panic!("bad date {text}"),
    }
}

/// 10:00 local time on `date`.
fn at(date: &str) -> i64 {
    day_start_ms(day(date), TZ) + 10 * 3_600_000
}

fn goal(company: Option<&str>, date: &str, rounds: &[RoundKind], minutes: u32) -> Goal {
    Goal {
        id: format!("g-{date}"),
        company: company.map(str::to_string),
        day: day(date),
        rounds: rounds.to_vec(),
        minutes_per_day: minutes,
    }
}

fn plans(goals: Vec<Goal>) -> Plans {
    Plans {
        goals,
        ..Plans::default()
    }
}

fn plan_at(
    cat: &Catalog,
    progress: &Progress,
    plans: &Plans,
    now_ms: i64,
) -> ml_interview_prep::domain::plan::Plan {
    build(
        &PlanInput {
            catalog: cat,
            progress,
            plans,
            now_ms,
            tz_offset_minutes: TZ,
        },
        FORECAST_DAYS,
    )
}

fn minutes_of(cat: &Catalog, plans: &Plans, ids: &[String], first: bool) -> f64 {
    ids.iter()
        .map(|id| {
            let kind = cat.question(id).map_or(Kind::Concept, Kind::of);
            plans.times.minutes(kind, first)
        })
        .sum()
}

#[test]
fn a_company_interview_is_about_its_rounds_and_its_own_questions() {
    let cat = catalog();
    let meta = goal(Some("meta"), "2026-12-09", &[RoundKind::SystemDesign], 60);
    let rel = relevant(&cat, &meta);
    // Every Meta question, whatever its round, and every system design question.
    assert!(
        rel.iter()
            .any(|q| q.has_company("Meta") && q.round_type.as_deref() == Some("behavioral"))
    );
    assert!(rel.iter().any(|q| q.section == "system-design"));
    assert!(rel.iter().all(|q| q.has_company("Meta")
        || q.section == "system-design"
        || q.round_type.as_deref() == Some("system-design")));
    // New questions: Meta's own first (newest year first), then other companies' recent
    // design questions, then the topic table.
    let order = new_in_order(&cat, &meta, &Progress::default());
    let first_other = order
        .iter()
        .position(|q| !q.has_company("Meta"))
        .unwrap_or(order.len());
    assert!(first_other > 0);
    assert!(order[..first_other].iter().all(|q| q.has_company("Meta")));
    assert!(order[first_other..].iter().all(|q| !q.has_company("Meta")));
    let years: Vec<u16> = order[..first_other].iter().filter_map(|q| q.year).collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
    let first_table = order
        .iter()
        .position(|q| q.round_type.is_none())
        .unwrap_or(order.len());
    assert!(order[first_table..].iter().all(|q| q.round_type.is_none()));
}

#[test]
fn the_weakest_sections_come_first() {
    let cat = catalog();
    let any = goal(None, "2026-12-20", &[RoundKind::Fundamentals], 60);
    let mut p = Progress::default();
    let now = at("2026-11-29");
    // One statistics question answered easily, one ML theory question forgotten.
    let stats: Vec<&str> = cat
        .questions
        .iter()
        .filter(|q| q.section == "statistics")
        .map(|q| q.id.as_str())
        .collect();
    let theory: Vec<&str> = cat
        .questions
        .iter()
        .filter(|q| q.section == "ml-theory")
        .map(|q| q.id.as_str())
        .collect();
    p.rate(stats[0], Rating::Easy, now);
    p.rate(theory[0], Rating::Again, now);
    let order = new_in_order(&cat, &any, &p);
    let tables: Vec<&str> = order
        .iter()
        .filter(|q| q.round_type.is_none())
        .map(|q| q.section.as_str())
        .collect();
    let first_theory = tables.iter().position(|s| *s == "ml-theory");
    let first_other = tables.iter().position(|s| *s != "ml-theory");
    let first_stats = tables.iter().position(|s| *s == "statistics");
    assert_eq!(first_theory, Some(0), "{tables:?}");
    assert!(first_other > Some(0));
    // Statistics, the strongest, comes after every unrated section.
    let last_unknown = tables
        .iter()
        .rposition(|s| *s != "statistics" && *s != "ml-theory");
    assert!(first_stats > last_unknown, "{tables:?}");
    // Practised questions are not new.
    assert!(order.iter().all(|q| q.id != stats[0] && q.id != theory[0]));
}

#[test]
fn today_fits_the_minutes_a_day() {
    let cat = catalog();
    let plans = plans(vec![goal(
        Some("google"),
        "2026-12-09",
        &default_rounds(&cat, Some("google")),
        30,
    )]);
    let p = Progress::default();
    let plan = plan_at(&cat, &p, &plans, at("2026-11-29"));
    let t = &plan.today;
    assert!(t.reviews.is_empty());
    assert!(!t.new.is_empty());
    assert!(t.new_minutes <= 30.0, "{}", t.new_minutes);
    assert_eq!(t.new_minutes, minutes_of(&cat, &plans, &t.new, true));
    assert_eq!(t.budget, Some(30.0));
    // Google's own questions first.
    let first = cat.question(&t.new[0]).map(|q| q.has_company("Google"));
    assert_eq!(first, Some(true));
}

#[test]
fn practising_today_uses_up_the_day_and_reviews_come_back() {
    let cat = catalog();
    let plans = plans(vec![goal(
        None,
        "2026-12-09",
        &[RoundKind::Fundamentals],
        20,
    )]);
    let mut p = Progress::default();
    let now = at("2026-11-29");
    let before = plan_at(&cat, &p, &plans, now);
    let first_batch = before.today.new.clone();
    for id in &first_batch {
        p.rate(id, Rating::Good, now);
    }
    let after = plan_at(&cat, &p, &plans, now + 60_000);
    assert_eq!(after.today.done, first_batch.len());
    assert!(after.today.spent > 0.0);
    // What is left today is less than a new question: nothing more is asked.
    assert!(after.today.new_minutes <= 20.0 - after.today.spent + 1e-9);
    // Days later they come back as reviews, and new questions fill the rest.
    let later = plan_at(&cat, &p, &plans, now + 10 * DAY_MS);
    assert!(
        first_batch
            .iter()
            .any(|id| later.today.reviews.contains(id))
    );
    // The forecast of the first plan shows those reviews coming back.
    assert!(before.forecast.iter().skip(1).any(|d| d.reviews > 0));
    assert_eq!(before.forecast.len(), FORECAST_DAYS);
    assert_eq!(before.forecast[0].day, day("2026-11-29"));
}

#[test]
fn all_due_reviews_are_in_today_most_overdue_first() {
    let cat = catalog();
    let plans = plans(vec![goal(
        None,
        "2026-12-09",
        &[RoundKind::Fundamentals],
        5,
    )]);
    let mut p = Progress::default();
    let ids: Vec<&str> = cat
        .questions
        .iter()
        .take(12)
        .map(|q| q.id.as_str())
        .collect();
    for (i, id) in ids.iter().enumerate() {
        p.rate(id, Rating::Again, at("2026-11-10") + i as i64 * 60_000);
    }
    let plan = plan_at(&cat, &p, &plans, at("2026-11-29"));
    // Reviews take more than the 5 minutes: all are still due today, no new question.
    assert_eq!(plan.today.reviews.len(), ids.len());
    assert_eq!(plan.today.reviews[0], ids[0]);
    assert!(plan.today.new.is_empty());
}

#[test]
fn a_plan_that_cannot_fit_says_what_it_leaves_out() {
    let cat = catalog();
    let rounds = default_rounds(&cat, None);
    let tight = plans(vec![goal(None, "2026-12-01", &rounds, 15)]);
    let p = Progress::default();
    let plan = plan_at(&cat, &p, &tight, at("2026-11-29"));
    let o = &plan.outlooks[0];
    assert_eq!(o.days_left, 2);
    assert!(o.relevant > 0);
    assert!(!o.left_out.is_empty());
    assert!(o.left_out.len() < o.relevant);
    // With time enough, nothing is left out, and following the plan beats stopping now.
    let roomy = plans(vec![goal(None, "2027-03-01", &rounds, 240)]);
    let plan = plan_at(&cat, &p, &roomy, at("2026-11-29"));
    let o = &plan.outlooks[0];
    assert!(o.left_out.is_empty(), "{} left out", o.left_out.len());
    assert!(o.recall_planned > 0.5, "{}", o.recall_planned);
    assert_eq!(o.recall_now, 0.0);
    assert!(o.recall_now.is_sign_positive(), "shown as 0%, not -0%");
    assert_eq!(o.coverage(), 0.0);
}

#[test]
fn coverage_and_recall_follow_practice() {
    let cat = catalog();
    let g = goal(Some("openai"), "2026-12-09", &[RoundKind::Llm], 60);
    let plans = plans(vec![g.clone()]);
    let mut p = Progress::default();
    let now = at("2026-11-29");
    let rel = relevant(&cat, &g);
    for q in rel.iter().take(4) {
        p.rate(&q.id, Rating::Good, now);
    }
    let o = &plan_at(&cat, &p, &plans, now).outlooks[0];
    assert_eq!(o.practised, 4);
    assert!((o.coverage() - 4.0 / rel.len() as f64).abs() < 1e-9);
    assert!(o.recall_now > 0.0 && o.recall_now < 4.0 / rel.len() as f64);
}

#[test]
fn the_form_rejects_bad_input_with_a_message_for_its_field() {
    let cat = catalog();
    let today = day("2026-11-29");
    let ok = GoalForm {
        company: "meta".into(),
        date: "2026-12-09".into(),
        rounds: vec![RoundKind::Llm],
        minutes: "45".into(),
    };
    let g = match ok.to_goal(&cat, today, "x".into()) {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(g.day - today, 10);
    assert_eq!(GoalForm::of(&g), ok);
    // Today itself is allowed.
    let on_the_day = GoalForm {
        date: "2026-11-29".into(),
        ..ok.clone()
    };
    assert!(on_the_day.to_goal(&cat, today, "x".into()).is_ok());
    let cases = [
        (
            GoalForm {
                date: "2026-11-28".into(),
                ..ok.clone()
            },
            "date",
        ),
        (
            GoalForm {
                date: "".into(),
                ..ok.clone()
            },
            "date",
        ),
        (
            GoalForm {
                date: "2026-02-30".into(),
                ..ok.clone()
            },
            "date",
        ),
        (
            GoalForm {
                minutes: "0".into(),
                ..ok.clone()
            },
            "minutes",
        ),
        (
            GoalForm {
                minutes: "-5".into(),
                ..ok.clone()
            },
            "minutes",
        ),
        (
            GoalForm {
                minutes: "9999".into(),
                ..ok.clone()
            },
            "minutes",
        ),
        (
            GoalForm {
                minutes: "half an hour".into(),
                ..ok.clone()
            },
            "minutes",
        ),
        (
            GoalForm {
                rounds: vec![],
                ..ok.clone()
            },
            "rounds",
        ),
        (
            GoalForm {
                company: "acme".into(),
                ..ok.clone()
            },
            "company",
        ),
    ];
    for (form, field) in cases {
        match form.to_goal(&cat, today, "x".into()) {
            Err(e) => {
                assert_eq!(e.field(), field, "{form:?}");
                assert!(e.to_string().ends_with('.'));
            }
            Ok(g) => panic!("{form:?} was accepted as {g:?}"),
        }
    }
    assert_eq!(
        GoalForm {
            date: "2026-11-28".into(),
            ..ok
        }
        .to_goal(&cat, today, "x".into()),
        Err(GoalError::PastDate("2026-11-28".into()))
    );
}

#[test]
fn default_rounds_follow_the_company_loop() {
    let cat = catalog();
    let google = default_rounds(&cat, Some("google"));
    assert!(google.contains(&RoundKind::PhoneScreen));
    assert!(google.len() >= 3);
    assert!(!default_rounds(&cat, None).is_empty());
}

#[test]
fn a_past_interview_no_relevant_questions_or_a_clock_set_back_never_break_the_plan() {
    let cat = catalog();
    let now = at("2026-11-29");
    let mut p = Progress::default();
    // Ratings "in the future": the device clock was set back since.
    for q in cat.questions.iter().take(30) {
        p.rate(&q.id, Rating::Hard, now + 5 * DAY_MS);
    }
    let nothing = goal(None, "2026-12-05", &[], 30);
    let past = goal(Some("meta"), "2026-11-01", &[RoundKind::Llm], 30);
    let plans = plans(vec![nothing, past]);
    let plan = plan_at(&cat, &p, &plans, now);
    // Only the upcoming interview is planned; it has nothing relevant.
    assert_eq!(plan.outlooks.len(), 1);
    let o = &plan.outlooks[0];
    assert_eq!(
        (o.relevant, o.practised, o.coverage(), o.recall_now),
        (0, 0, 0.0, 0.0)
    );
    assert!(plan.today.new.is_empty());
    for d in &plan.forecast {
        assert!(d.minutes >= 0.0 && d.minutes.is_finite());
    }
    assert!(plan.forecast.windows(2).all(|w| w[1].day == w[0].day + 1));
    // With no interview at all, Today is the due reviews and nothing new.
    let none = plan_at(&cat, &p, &Plans::default(), now + 30 * DAY_MS);
    assert!(!none.today.reviews.is_empty());
    assert!(none.today.new.is_empty());
    assert_eq!(none.today.budget, None);
}

#[test]
fn stored_plans_read_back_and_bad_documents_are_refused_with_a_reason() {
    let cat = catalog();
    let mut p = plans(vec![goal(
        Some("meta"),
        "2026-12-09",
        &[RoundKind::Llm],
        45,
    )]);
    p.times.record(Kind::Coding, true, 900);
    p.retention = 0.93;
    let text = match p.to_json() {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(Plans::from_json(&text), Ok(p.clone()));
    assert_eq!(p.goals[0].title(&cat), "Meta, 2026-12-09");
    for (bad, why) in [
        ("{", "not JSON"),
        ("{}", "no format version"),
        (r#"{"version":2,"goals":[]}"#, "newer version"),
        (r#"{"version":1,"goals":[{"id":1}]}"#, "invalid type"),
    ] {
        match Plans::from_json(bad) {
            Err(e) => assert!(e.contains(why), "{bad}: {e}"),
            Ok(p) => panic!("{bad} was read as {p:?}"),
        }
    }
    // Out-of-range values from an edited file are brought into range.
    let odd = r#"{"version":1,"goals":[{"id":"a","day":20000,"rounds":["llm"],"minutes_per_day":0}],"retention":2}"#;
    match Plans::from_json(odd) {
        Ok(p) => {
            assert_eq!(p.retention, 0.97);
            assert_eq!(p.goals[0].minutes_per_day, 5);
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn adding_editing_and_removing_interviews() {
    let mut p = Plans::default();
    let id = p.new_id(1_000);
    p.put(goal(None, "2026-12-20", &[RoundKind::Llm], 30));
    p.put(Goal {
        id: id.clone(),
        ..goal(None, "2026-12-10", &[RoundKind::Llm], 30)
    });
    assert_eq!(p.goals[0].id, id, "nearest first");
    p.put(Goal {
        id: id.clone(),
        ..goal(None, "2026-12-10", &[RoundKind::Llm], 90)
    });
    assert_eq!(p.goals.len(), 2);
    assert_eq!(p.goals[0].minutes_per_day, 90);
    assert_ne!(p.new_id(1_000), id);
    let removed = p.remove(&id);
    assert_eq!(removed.map(|g| g.minutes_per_day), Some(90));
    assert_eq!(p.goals.len(), 1);
    assert_eq!(p.remove("nope"), None);
    assert_eq!(p.upcoming(day("2026-12-21")).len(), 0);
}

#[test]
fn undoing_a_grade_puts_the_question_back_and_wins_every_merge() {
    let now = at("2026-11-29");
    let mut p = Progress::default();
    p.rate("q", Rating::Good, now - DAY_MS);
    let before = p.get("q").cloned();
    p.rate_with("q", Rating::Again, now, 0.95);
    let graded = p.clone();
    p.restore("q", before.clone(), now + 1_000);
    let after = p.get("q").cloned();
    assert_eq!(after.as_ref().map(|e| e.ratings.len()), Some(1));
    assert_eq!(
        after.as_ref().and_then(|e| e.review),
        before.as_ref().and_then(|e| e.review)
    );
    // Stamped after the grade: another tab still holding the grade does not bring it back.
    let merged = ml_interview_prep::domain::progress::merge(&graded, &p);
    assert_eq!(merged.get("q").map(|e| e.ratings.len()), Some(1));
    // A question first seen in this session goes back to untouched.
    p.rate("new", Rating::Easy, now);
    p.restore("new", None, now + 2_000);
    assert!(
        p.get("new")
            .is_none_or(|e| e.ratings.is_empty() && e.review.is_none())
    );
}

#[test]
fn a_higher_retention_brings_questions_back_sooner() {
    let now = at("2026-11-29");
    let mut low = Progress::default();
    let mut high = Progress::default();
    low.rate_with("q", Rating::Good, now, 0.80);
    high.rate_with("q", Rating::Good, now, 0.97);
    let due = |p: &Progress| p.get("q").and_then(|e| e.review).map(|r| r.due_ms);
    assert!(due(&high) < due(&low), "{:?} {:?}", due(&high), due(&low));
}
