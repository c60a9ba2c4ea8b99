use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::interview::{QuestionScore, RoundSetup};
use crate::domain::test_support::{catalog_of, question};

const T0: i64 = 1_750_000_000_000;
const MIN: i64 = 60_000;

fn small_catalog() -> Catalog {
    let mut b1 = question("b1", "recent", None);
    b1.round_type = Some("behavioral".into());
    catalog_of(vec![
        question("t-easy", "ml-theory", None),
        question("t-stats", "statistics", None),
        question("sd1", "system-design", None),
        b1,
    ])
}

fn setup(kind: RoundKind, minutes: u32, ids: &[&str]) -> RoundSetup {
    RoundSetup {
        kind,
        minutes,
        question_ids: ids.iter().map(|s| s.to_string()).collect(),
    }
}

fn scored(dimensions: &[u8], ticked: usize) -> QuestionScore {
    QuestionScore {
        dimensions: dimensions.to_vec(),
        key_points_ticked: ticked,
    }
}

/// Fundamentals 30 min (answered perfectly in 10, then a skip after 5), system design
/// 45 min (50 minutes of answering around a 5-minute pause, weak), behavioral 20 min
/// (good but one dimension at 1).
fn finished() -> Interview {
    let rounds = vec![
        setup(RoundKind::Fundamentals, 30, &["t-easy", "t-stats"]),
        setup(RoundKind::SystemDesign, 45, &["sd1"]),
        setup(RoundKind::Behavioral, 20, &["b1"]),
    ];
    let c = small_catalog();
    let mut iv = Interview::new(&c, "iv-9".into(), "Google".into(), None, rounds).unwrap();
    iv.start(T0).unwrap();
    iv.finish_question(T0 + 10 * MIN).unwrap();
    iv.score_question(scored(&[4, 4, 4], 3), T0 + 12 * MIN)
        .unwrap();
    iv.skip(T0 + 17 * MIN).unwrap();
    iv.next_round(T0 + 20 * MIN).unwrap();
    iv.pause(T0 + 40 * MIN).unwrap();
    iv.resume(T0 + 45 * MIN).unwrap();
    iv.finish_question(T0 + 75 * MIN).unwrap();
    iv.score_question(scored(&[2, 3, 2, 3, 2], 1), T0 + 76 * MIN)
        .unwrap();
    iv.next_round(T0 + 80 * MIN).unwrap();
    iv.finish_question(T0 + 90 * MIN).unwrap();
    iv.score_question(scored(&[3, 3, 3, 1], 3), T0 + 91 * MIN)
        .unwrap();
    iv.finish(T0 + 92 * MIN).unwrap();
    iv
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn time_per_question_and_round_against_the_allotment() {
    let r = report(&finished()).unwrap();
    let times: Vec<(&str, i64, i64)> = r
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.spent_ms, q.allotted_ms))
        .collect();
    assert_eq!(
        times,
        [
            ("t-easy", 10 * MIN, 15 * MIN),
            ("t-stats", 5 * MIN, 15 * MIN),
            ("sd1", 50 * MIN, 45 * MIN),
            ("b1", 10 * MIN, 20 * MIN),
        ]
    );
    let rounds: Vec<(i64, i64, i64)> = r
        .rounds
        .iter()
        .map(|x| (x.spent_ms, x.allotted_ms, x.overtime_ms))
        .collect();
    assert_eq!(
        rounds,
        [
            (15 * MIN, 30 * MIN, 0),
            (50 * MIN, 45 * MIN, 5 * MIN),
            (10 * MIN, 20 * MIN, 0)
        ]
    );
}

#[test]
fn scores_sections_review_and_overall() {
    let r = report(&finished()).unwrap();
    let scores: Vec<f64> = r.questions.iter().filter_map(|q| q.score).collect();
    // 1.0; skip 0; (1.4/3 + 1/3)/2 = 0.4; (0.5 + 1)/2 = 0.75.
    let expected = [1.0, 0.0, 0.4, 0.75];
    assert_eq!(scores.len(), 4);
    assert!(
        scores.iter().zip(expected).all(|(a, b)| close(*a, b)),
        "{scores:?}"
    );
    assert_eq!(r.overall, Some(54)); // 2.15 / 4 = 0.5375
    let weakest: Vec<&str> = r
        .weakest_sections(2)
        .iter()
        .map(|s| s.section.as_str())
        .collect();
    assert_eq!(weakest, ["statistics", "system-design"]);
    let all: Vec<&str> = r.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(all, ["statistics", "system-design", "recent", "ml-theory"]);
    assert_eq!(r.weakest_sections(99).len(), 4);
    assert_eq!(r.review, ["t-stats", "sd1", "b1"]);
    assert!(!r.abandoned);
    assert_eq!(r.title, "Google");
}

#[test]
fn average_per_rubric_dimension() {
    let r = report(&finished()).unwrap();
    let find = |rubric, dim: &str| {
        r.dimensions
            .iter()
            .find(|d| d.rubric == rubric && d.dimension == dim)
            .map(|d| (d.average, d.count))
    };
    // The skipped theory question is not scored, so theory averages one question.
    assert_eq!(find(RubricId::Theory, "depth"), Some((4.0, 1)));
    assert_eq!(find(RubricId::SystemDesign, "modeling"), Some((2.0, 1)));
    assert_eq!(find(RubricId::Behavioral, "result"), Some((1.0, 1)));
    assert_eq!(find(RubricId::Coding, "correctness"), None);
    assert_eq!(r.dimensions.len(), 3 + 5 + 4);
    assert_eq!(r.dimensions[0].rubric, RubricId::Theory);
    assert_eq!(r.dimensions[0].name, "Correctness");
}

#[test]
fn section_ties_are_broken_by_id() {
    let rounds = vec![setup(RoundKind::Fundamentals, 30, &["t-stats", "t-easy"])];
    let c = small_catalog();
    let mut iv = Interview::new(&c, "t".into(), "Tie".into(), None, rounds).unwrap();
    iv.start(T0).unwrap();
    iv.skip(T0 + MIN).unwrap();
    iv.skip(T0 + 2 * MIN).unwrap();
    iv.finish(T0 + 3 * MIN).unwrap();
    let r = report(&iv).unwrap();
    let order: Vec<&str> = r.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(order, ["ml-theory", "statistics"]);
    assert_eq!(r.overall, Some(0));
}

#[test]
fn abandoned_interviews_report_only_what_was_done() {
    let rounds = vec![
        setup(RoundKind::Fundamentals, 30, &["t-easy", "t-stats"]),
        setup(RoundKind::SystemDesign, 45, &["sd1"]),
    ];
    let c = small_catalog();
    let mut iv = Interview::new(&c, "a".into(), "Quit".into(), None, rounds).unwrap();
    iv.start(T0).unwrap();
    assert_eq!(report(&iv), Err(ReportError::NotFinished(Phase::Running)));
    iv.finish_question(T0 + 8 * MIN).unwrap();
    iv.abandon(T0 + 9 * MIN).unwrap();
    let r = report(&iv).unwrap();
    assert!(r.abandoned);
    assert_eq!(r.overall, None); // answered but never scored: nothing counts
    assert!(r.review.is_empty());
    assert!(r.sections.is_empty());
    assert_eq!(r.rounds[0].spent_ms, 8 * MIN);
    assert_eq!(r.rounds[1].spent_ms, 0);
    assert_eq!(r.questions[2].outcome, Outcome::Pending);
    assert!(
        ReportError::NotFinished(Phase::Paused)
            .to_string()
            .contains("paused")
    );
}

#[test]
fn normalization_without_key_points_uses_the_rubric_alone() {
    let mut q = finished().rounds[0].questions[0].clone();
    q.key_points_total = 0;
    q.score = Some(scored(&[1, 1, 1], 0));
    assert_eq!(normalized_score(&q), Some(0.0));
    assert!(needs_review(&q));
    q.score = Some(scored(&[4, 3, 3], 0));
    assert!(close(normalized_score(&q).unwrap_or(-1.0), 7.0 / 9.0));
    assert!(!needs_review(&q));
}

#[test]
fn history_summary_from_a_report() {
    let iv = finished();
    let r = report(&iv).unwrap();
    let summary = InterviewSummary::from_report(&iv, &r).unwrap();
    assert_eq!(summary.id, "iv-9");
    assert_eq!(summary.started_ms, T0);
    assert_eq!(summary.label, "Google");
    assert_eq!(summary.overall, 54);
    let mut h = History::new();
    h.add(summary);
    assert_eq!(h.len(), 1);
}
