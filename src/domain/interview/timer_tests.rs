use super::*;
use crate::domain::test_support::catalog;

const T0: i64 = 1_750_000_000_000;
const MIN: i64 = 60_000;

/// One 45-minute fundamentals round with two questions, then a 30-minute behavioral round.
pub(super) fn interview() -> Interview {
    let c = catalog();
    let pick = |kind: RoundKind, n: usize| -> Vec<String> {
        c.questions
            .iter()
            .filter(|q| kind.accepts(q))
            .take(n)
            .map(|q| q.id.clone())
            .collect()
    };
    let rounds = vec![
        RoundSetup {
            kind: RoundKind::Fundamentals,
            minutes: 45,
            question_ids: pick(RoundKind::Fundamentals, 2),
        },
        RoundSetup {
            kind: RoundKind::Behavioral,
            minutes: 30,
            question_ids: pick(RoundKind::Behavioral, 1),
        },
    ];
    match Interview::new(&c, "iv-1".into(), "Practice".into(), None, rounds) {
        Ok(iv) => iv,
        Err(e) => panic!("fixture interview: {e}"),
    }
}

fn reload(iv: &Interview) -> Interview {
    let json = iv.to_json().unwrap();
    Interview::from_json(&json).unwrap()
}

#[test]
fn forty_minutes_into_a_45_minute_round_warns_five_minutes() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    assert_eq!(iv.remaining_ms(T0), Some(45 * MIN));
    assert_eq!(iv.warning(T0 + 39 * MIN), Warning::None);
    assert_eq!(iv.remaining_ms(T0 + 40 * MIN), Some(5 * MIN));
    assert_eq!(iv.warning(T0 + 40 * MIN), Warning::FiveMinutes);
    assert!(!iv.is_overtime(T0 + 40 * MIN));
}

#[test]
fn a_ten_minute_gap_without_calls_is_counted() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    // No tick, no call for ten minutes: the deadline alone gives the answer.
    assert_eq!(iv.remaining_ms(T0 + 10 * MIN), Some(35 * MIN));
    assert_eq!(iv.round_elapsed_ms(T0 + 10 * MIN), Some(10 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 10 * MIN), Some(10 * MIN));
}

#[test]
fn pausing_freezes_both_clocks() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.pause(T0 + 10 * MIN).unwrap();
    // Three minutes paused: nothing moves.
    assert_eq!(iv.remaining_ms(T0 + 13 * MIN), Some(35 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 13 * MIN), Some(10 * MIN));
    iv.resume(T0 + 13 * MIN).unwrap();
    assert_eq!(iv.remaining_ms(T0 + 13 * MIN), Some(35 * MIN));
    assert_eq!(iv.remaining_ms(T0 + 20 * MIN), Some(28 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 20 * MIN), Some(17 * MIN));
    iv.finish_question(T0 + 20 * MIN).unwrap();
    assert_eq!(iv.rounds[0].questions[0].spent_ms, 17 * MIN);
}

#[test]
fn overtime_goes_negative() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    assert_eq!(iv.warning(T0 + 45 * MIN), Warning::Zero);
    assert!(!iv.is_overtime(T0 + 45 * MIN));
    assert_eq!(iv.remaining_ms(T0 + 47 * MIN), Some(-2 * MIN));
    assert!(iv.is_overtime(T0 + 47 * MIN));
    assert_eq!(iv.warning(T0 + 47 * MIN), Warning::Zero);
    iv.pause(T0 + 47 * MIN).unwrap();
    assert_eq!(iv.remaining_ms(T0 + 60 * MIN), Some(-2 * MIN));
    assert!(iv.is_overtime(T0 + 60 * MIN));
}

#[test]
fn reloading_mid_interview_keeps_the_clock_right() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.pause(T0 + 10 * MIN).unwrap();
    // Stored while paused, reopened an hour later: still 35 minutes left.
    let mut iv = reload(&iv);
    assert_eq!(iv.phase(), Phase::Paused);
    assert_eq!(iv.remaining_ms(T0 + 70 * MIN), Some(35 * MIN));
    iv.resume(T0 + 70 * MIN).unwrap();
    // Stored while running, reopened 20 minutes later with no calls in between.
    let iv = reload(&iv);
    assert_eq!(iv.remaining_ms(T0 + 90 * MIN), Some(15 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 90 * MIN), Some(30 * MIN));
    assert_eq!(iv.warning(T0 + 90 * MIN), Warning::None);
    assert_eq!(iv.warning(T0 + 101 * MIN), Warning::FiveMinutes);
    assert_eq!(iv.remaining_ms(T0 + 110 * MIN), Some(-5 * MIN));
    assert!(iv.is_overtime(T0 + 110 * MIN));
}

#[test]
fn scoring_stops_the_round_clock_and_the_next_question_starts_fresh() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.finish_question(T0 + 12 * MIN).unwrap();
    assert_eq!(iv.remaining_ms(T0 + 30 * MIN), Some(33 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 30 * MIN), Some(12 * MIN));
    let score = QuestionScore {
        dimensions: vec![3, 3, 3],
        key_points_ticked: 2,
    };
    iv.score_question(score, T0 + 30 * MIN).unwrap();
    assert_eq!(iv.remaining_ms(T0 + 30 * MIN), Some(33 * MIN));
    assert_eq!(iv.question_elapsed_ms(T0 + 35 * MIN), Some(5 * MIN));
    assert_eq!(iv.round_elapsed_ms(T0 + 35 * MIN), Some(17 * MIN));
}

#[test]
fn next_round_gets_its_own_full_time() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.skip(T0 + 50 * MIN).unwrap();
    iv.skip(T0 + 51 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::RoundDone);
    assert_eq!(iv.rounds[0].remaining_at_end_ms, Some(-6 * MIN));
    assert_eq!(iv.remaining_ms(T0 + 52 * MIN), None);
    assert_eq!(iv.warning(T0 + 52 * MIN), Warning::None);
    iv.next_round(T0 + 60 * MIN).unwrap();
    assert_eq!(iv.remaining_ms(T0 + 60 * MIN), Some(30 * MIN));
    assert!(!iv.is_overtime(T0 + 60 * MIN));
}

#[test]
fn clocks_are_absent_before_start_and_after_the_report() {
    let mut iv = interview();
    assert_eq!(iv.remaining_ms(T0), None);
    assert_eq!(iv.question_elapsed_ms(T0), None);
    assert_eq!(iv.round_elapsed_ms(T0), None);
    assert_eq!(iv.warning(T0), Warning::None);
    iv.abandon(T0).unwrap();
    assert_eq!(iv.remaining_ms(T0), None);
    assert!(!iv.is_overtime(T0 + 100 * MIN));
}

#[test]
fn stored_interviews_that_cannot_be_trusted_are_refused() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    assert!(matches!(
        Interview::from_json("{nope"),
        Err(InterviewError::Parse(_))
    ));
    let mut newer = iv.clone();
    newer.schema_version = INTERVIEW_SCHEMA_VERSION + 1;
    assert_eq!(
        Interview::from_json(&newer.to_json().unwrap()),
        Err(InterviewError::UnsupportedVersion(
            INTERVIEW_SCHEMA_VERSION + 1
        ))
    );
    let mut broken = iv.clone();
    broken.state = State::Paused {
        round: 0,
        question: 9,
        remaining_ms: 0,
        question_elapsed_ms: 0,
    };
    assert!(matches!(
        Interview::from_json(&broken.to_json().unwrap()),
        Err(InterviewError::Inconsistent(_))
    ));
    broken.state = State::RoundDone { round: 7 };
    assert!(matches!(
        Interview::from_json(&broken.to_json().unwrap()),
        Err(InterviewError::Inconsistent(_))
    ));
    assert_eq!(reload(&iv), iv);
}

#[test]
fn the_stored_state_names_its_phase() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    let json = iv.to_json().unwrap();
    assert!(json.contains(r#""phase":"running""#), "{json}");
    assert!(json.contains(&format!(r#""deadline_ms":{}"#, T0 + 45 * MIN)));
}

#[test]
fn countdown_text_rounds_up_and_overtime_counts_up() {
    assert_eq!(countdown_text(45 * MIN), "45:00");
    assert_eq!(countdown_text(45 * MIN - 1), "45:00");
    assert_eq!(countdown_text(45 * MIN - 1_000), "44:59");
    assert_eq!(countdown_text(5 * MIN), "05:00");
    assert_eq!(countdown_text(1), "00:01");
    assert_eq!(countdown_text(0), "+00:00");
    assert_eq!(countdown_text(-999), "+00:00");
    assert_eq!(countdown_text(-5 * MIN), "+05:00");
    assert_eq!(countdown_text(90 * MIN), "1:30:00");
    assert_eq!(
        countdown_text(i64::MIN),
        format!("+{}", clock_text(i64::MAX / 1000))
    );
    assert_eq!(elapsed_text(50 * MIN + 999), "50:00");
    assert_eq!(elapsed_text(-5), "00:00");
}
