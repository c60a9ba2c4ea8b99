use super::timer_tests::interview;
use super::*;
use crate::domain::test_support::catalog;

const T0: i64 = 1_750_000_000_000;
const MIN: i64 = 60_000;

fn score(iv: &Interview, s: u8, ticked: usize) -> QuestionScore {
    let dims = iv
        .current_question()
        .map(|q| q.rubric.dimensions().len())
        .unwrap_or(0);
    QuestionScore {
        dimensions: vec![s; dims],
        key_points_ticked: ticked,
    }
}

fn not_allowed(action: Action, phase: Phase) -> Result<(), InterviewError> {
    Err(InterviewError::NotAllowed { action, phase })
}

type Attempt = fn(&mut Interview) -> Result<(), InterviewError>;

/// Every transition that does not belong to `iv`'s phase fails and changes nothing.
fn assert_only_allowed(iv: &Interview, allowed: &[Action]) {
    let phase = iv.phase();
    let attempts: [(Action, Attempt); 9] = [
        (Action::Start, |iv| iv.start(T0)),
        (Action::Pause, |iv| iv.pause(T0)),
        (Action::Resume, |iv| iv.resume(T0)),
        (Action::FinishQuestion, |iv| iv.finish_question(T0)),
        (Action::Skip, |iv| iv.skip(T0)),
        (Action::Score, |iv| {
            let s = QuestionScore {
                dimensions: vec![2; 3],
                key_points_ticked: 0,
            };
            iv.score_question(s, T0)
        }),
        (Action::NextRound, |iv| iv.next_round(T0)),
        (Action::Finish, |iv| iv.finish(T0)),
        (Action::Abandon, |iv| iv.abandon(T0)),
    ];
    for (action, attempt) in attempts {
        if allowed.contains(&action) {
            continue;
        }
        let mut copy = iv.clone();
        let result = attempt(&mut copy);
        assert!(result.is_err(), "{action:?} was allowed in {phase:?}");
        if let Err(InterviewError::NotAllowed { phase: p, .. }) = result {
            assert_eq!(p, phase);
        }
        assert_eq!(&copy, iv, "{action:?} changed the interview in {phase:?}");
    }
}

#[test]
fn a_full_interview_walks_every_phase() {
    let mut iv = interview();
    assert_eq!(iv.phase(), Phase::Setup);
    assert_only_allowed(&iv, &[Action::Start, Action::Abandon]);

    iv.start(T0).unwrap();
    assert_eq!(iv.phase(), Phase::Running);
    assert_eq!(iv.started_ms, Some(T0));
    assert_eq!(
        iv.current_question().map(|q| q.id.clone()),
        Some(iv.rounds[0].questions[0].id.clone())
    );
    assert_only_allowed(
        &iv,
        &[
            Action::Pause,
            Action::FinishQuestion,
            Action::Skip,
            Action::Abandon,
        ],
    );

    iv.pause(T0 + MIN).unwrap();
    assert_eq!(iv.phase(), Phase::Paused);
    assert_only_allowed(&iv, &[Action::Resume, Action::Abandon]);
    iv.resume(T0 + 2 * MIN).unwrap();

    iv.finish_question(T0 + 5 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::QuestionDone);
    assert_eq!(iv.rounds[0].questions[0].outcome, Outcome::Answered);
    assert_only_allowed(&iv, &[Action::Score, Action::Abandon]);

    let s = score(&iv, 3, 2);
    iv.score_question(s.clone(), T0 + 6 * MIN).unwrap();
    assert_eq!(iv.rounds[0].questions[0].score, Some(s));
    assert_eq!(iv.phase(), Phase::Running);
    assert_eq!(iv.round_index(), Some(0));

    iv.finish_question(T0 + 10 * MIN).unwrap();
    iv.score_question(score(&iv, 2, 1), T0 + 11 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::RoundDone);
    assert_only_allowed(&iv, &[Action::NextRound, Action::Finish, Action::Abandon]);
    assert_eq!(
        iv.clone().finish(T0),
        Err(InterviewError::RoundsRemaining { remaining: 1 })
    );

    iv.next_round(T0 + 12 * MIN).unwrap();
    assert_eq!(iv.round_index(), Some(1));
    assert_eq!(
        iv.current_round().map(|r| r.kind),
        Some(RoundKind::Behavioral)
    );
    iv.finish_question(T0 + 20 * MIN).unwrap();
    iv.score_question(score(&iv, 4, 3), T0 + 21 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::RoundDone);
    assert_eq!(iv.clone().next_round(T0), Err(InterviewError::NoMoreRounds));

    iv.finish(T0 + 22 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::Report);
    assert_eq!(iv.ended_ms, Some(T0 + 22 * MIN));
    assert!(!iv.abandoned);
    assert_only_allowed(&iv, &[]);
    assert_eq!(
        iv.clone().abandon(T0),
        not_allowed(Action::Abandon, Phase::Report)
    );
}

#[test]
fn skipping_moves_on_without_a_score() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.skip(T0 + 3 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::Running);
    let first = &iv.rounds[0].questions[0];
    assert_eq!(first.outcome, Outcome::Skipped);
    assert_eq!(first.spent_ms, 3 * MIN);
    assert_eq!(first.score, None);
    iv.skip(T0 + 4 * MIN).unwrap();
    assert_eq!(iv.phase(), Phase::RoundDone);
    assert_eq!(iv.rounds[0].remaining_at_end_ms, Some(41 * MIN));
}

#[test]
fn bad_scores_are_refused_and_change_nothing() {
    let mut iv = interview();
    iv.start(T0).unwrap();
    iv.finish_question(T0 + MIN).unwrap();
    let before = iv.clone();
    let total = iv.rounds[0].questions[0].key_points_total;
    let cases = [
        (
            QuestionScore {
                dimensions: vec![3, 3],
                key_points_ticked: 0,
            },
            InterviewError::WrongScoreCount {
                expected: 3,
                got: 2,
            },
        ),
        (
            QuestionScore {
                dimensions: vec![3, 5, 3],
                key_points_ticked: 0,
            },
            InterviewError::ScoreOutOfRange {
                dimension: 1,
                score: 5,
            },
        ),
        (
            QuestionScore {
                dimensions: vec![0, 3, 3],
                key_points_ticked: 0,
            },
            InterviewError::ScoreOutOfRange {
                dimension: 0,
                score: 0,
            },
        ),
        (
            QuestionScore {
                dimensions: vec![3, 3, 3],
                key_points_ticked: total + 1,
            },
            InterviewError::TooManyKeyPoints {
                ticked: total + 1,
                total,
            },
        ),
    ];
    for (bad, expected) in cases {
        assert_eq!(iv.score_question(bad, T0 + 2 * MIN), Err(expected));
        assert_eq!(iv, before);
    }
}

#[test]
fn abandoning_from_each_phase_ends_in_an_abandoned_report() {
    let walks: [fn(&mut Interview); 5] = [
        |_| {},
        |iv| iv.start(T0).unwrap(),
        |iv| {
            iv.start(T0).unwrap();
            iv.pause(T0 + 4 * MIN).unwrap();
        },
        |iv| {
            iv.start(T0).unwrap();
            iv.finish_question(T0 + 4 * MIN).unwrap();
        },
        |iv| {
            iv.start(T0).unwrap();
            iv.skip(T0 + 2 * MIN).unwrap();
            iv.skip(T0 + 4 * MIN).unwrap();
        },
    ];
    for walk in walks {
        let mut iv = interview();
        walk(&mut iv);
        let phase = iv.phase();
        iv.abandon(T0 + 9 * MIN).unwrap();
        assert_eq!(iv.phase(), Phase::Report, "from {phase:?}");
        assert!(iv.abandoned);
        assert_eq!(iv.ended_ms, Some(T0 + 9 * MIN));
        let spent: i64 = iv.rounds[0].questions.iter().map(|q| q.spent_ms).sum();
        let expected = match phase {
            Phase::Setup => 0,
            Phase::Running => 9 * MIN,
            _ => 4 * MIN,
        };
        assert_eq!(spent, expected, "from {phase:?}");
        assert_eq!(iv.rounds[1].questions[0].outcome, Outcome::Pending);
    }
}

#[test]
fn building_an_interview_validates_its_rounds() {
    let c = catalog();
    let id = c.questions[0].id.clone();
    let other = c.questions[1].id.clone();
    let build = |rounds: Vec<RoundSetup>| {
        Interview::new(&c, "x".into(), "x".into(), None, rounds).map(|_| ())
    };
    let round = |minutes, ids: &[&String]| RoundSetup {
        kind: RoundKind::Fundamentals,
        minutes,
        question_ids: ids.iter().map(|s| s.to_string()).collect(),
    };
    assert_eq!(build(vec![]), Err(InterviewError::NoRounds));
    assert_eq!(
        build(vec![round(45, &[&id]), round(45, &[])]),
        Err(InterviewError::EmptyRound { round: 1 })
    );
    assert_eq!(
        build(vec![round(0, &[&id])]),
        Err(InterviewError::NoTime { round: 0 })
    );
    let ghost = "no-such-question".to_string();
    assert_eq!(
        build(vec![round(45, &[&ghost])]),
        Err(InterviewError::UnknownQuestion(ghost.clone()))
    );
    assert_eq!(
        build(vec![round(45, &[&id, &other]), round(45, &[&id])]),
        Err(InterviewError::RepeatedQuestion(id.clone()))
    );
    assert_eq!(build(vec![round(45, &[&id, &other])]), Ok(()));
}

#[test]
fn phone_screen_questions_carry_their_own_rubric() {
    let c = catalog();
    let coding = c
        .questions
        .iter()
        .find(|q| q.round_type.as_deref() == Some("ml-coding"))
        .unwrap();
    let theory = c
        .questions
        .iter()
        .find(|q| q.section == "statistics")
        .unwrap();
    let plan = crate::domain::rounds::RoundPlan::standard(RoundKind::PhoneScreen);
    let setup = RoundSetup::from_plan(&plan, vec![coding.id.clone(), theory.id.clone()]);
    let iv = Interview::new(&c, "p".into(), "Screen".into(), None, vec![setup]).unwrap();
    let rubrics: Vec<RubricId> = iv.rounds[0].questions.iter().map(|q| q.rubric).collect();
    assert_eq!(rubrics, [RubricId::Coding, RubricId::Theory]);
    assert_eq!(iv.rounds[0].allotted_ms, 45 * MIN);
    assert_eq!(
        iv.rounds[0].questions[0].key_points_total,
        coding.key_points.len()
    );
}

#[test]
fn errors_read_as_sentences() {
    let e = not_allowed(Action::Pause, Phase::Paused).unwrap_err();
    assert_eq!(e.to_string(), "cannot pause while the interview is paused");
    assert_eq!(
        InterviewError::EmptyRound { round: 0 }.to_string(),
        "round 1 has no questions"
    );
    assert!(
        InterviewError::NoMoreRounds
            .to_string()
            .contains("last round")
    );
}
