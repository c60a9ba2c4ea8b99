//! Why an interview could not be built, changed or restored.

use crate::domain::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where an interview is. Each phase allows a few actions; see `transitions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Setup,
    Running,
    Paused,
    /// The answer is over; the user scores it. The round clock is stopped.
    QuestionDone,
    /// The round's last question is scored or skipped. The clock is stopped.
    RoundDone,
    /// Finished or abandoned: only the report remains.
    Report,
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Setup => "not started",
            Phase::Running => "running",
            Phase::Paused => "paused",
            Phase::QuestionDone => "scoring a question",
            Phase::RoundDone => "between rounds",
            Phase::Report => "finished",
        })
    }
}

/// Something the user asked the interview to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Start,
    Pause,
    Resume,
    FinishQuestion,
    Skip,
    Score,
    NextRound,
    Finish,
    Abandon,
    /// Write in the scratchpad of the question in hand.
    EditScratchpad,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Start => "start",
            Action::Pause => "pause",
            Action::Resume => "resume",
            Action::FinishQuestion => "finish the question",
            Action::Skip => "skip the question",
            Action::Score => "score the question",
            Action::NextRound => "go to the next round",
            Action::Finish => "finish the interview",
            Action::Abandon => "abandon the interview",
            Action::EditScratchpad => "write in the scratchpad",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InterviewError {
    /// An interview needs at least one round.
    NoRounds,
    /// Round `round` (0-based) has no questions.
    EmptyRound {
        round: usize,
    },
    /// Round `round` (0-based) is given no time.
    NoTime {
        round: usize,
    },
    UnknownQuestion(String),
    /// The same question is asked twice in one interview.
    RepeatedQuestion(String),
    /// `action` makes no sense in `phase`.
    NotAllowed {
        action: Action,
        phase: Phase,
    },
    WrongScoreCount {
        expected: usize,
        got: usize,
    },
    /// Score for dimension `dimension` (0-based) is outside 1-4.
    ScoreOutOfRange {
        dimension: usize,
        score: u8,
    },
    TooManyKeyPoints {
        ticked: usize,
        total: usize,
    },
    /// `next_round` on the last round: call `finish`.
    NoMoreRounds,
    /// `finish` before the last round: go on with `next_round`, or `abandon`.
    RoundsRemaining {
        remaining: usize,
    },
    /// The stored interview does not parse.
    Parse(String),
    /// The stored interview was written by a newer version of the app.
    UnsupportedVersion(u32),
    /// The stored interview points at a round or question that does not exist.
    Inconsistent(String),
}

impl fmt::Display for InterviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use InterviewError::*;
        match self {
            NoRounds => write!(f, "an interview needs at least one round"),
            EmptyRound { round } => write!(f, "round {} has no questions", round + 1),
            NoTime { round } => write!(f, "round {} has no time allotted", round + 1),
            UnknownQuestion(id) => write!(f, "question {} is not in the catalog", Quoted(id)),
            RepeatedQuestion(id) => write!(f, "question {} is asked twice", Quoted(id)),
            NotAllowed { action, phase } => {
                write!(f, "cannot {action} while the interview is {phase}")
            }
            WrongScoreCount { expected, got } => {
                write!(f, "expected {expected} rubric scores, got {got}")
            }
            ScoreOutOfRange { dimension, score } => write!(
                f,
                "score {score} for rubric dimension {} is not between 1 and 4",
                dimension + 1
            ),
            TooManyKeyPoints { ticked, total } => {
                write!(
                    f,
                    "{ticked} key points ticked, but the question has {total}"
                )
            }
            NoMoreRounds => write!(f, "this was the last round; finish the interview"),
            RoundsRemaining { remaining } => write!(
                f,
                "{remaining} round(s) remain; go on, or abandon the interview"
            ),
            Parse(msg) => write!(f, "the saved interview is not valid: {msg}"),
            UnsupportedVersion(v) => write!(
                f,
                "the saved interview has schema version {v}, newer than this app understands"
            ),
            Inconsistent(msg) => write!(f, "the saved interview is inconsistent: {msg}"),
        }
    }
}

impl std::error::Error for InterviewError {}
