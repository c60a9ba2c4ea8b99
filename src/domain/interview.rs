//! The mock-interview state machine. The clock is an argument: every transition and every
//! timer query takes `now_ms` (epoch milliseconds) and nothing here reads a clock.
//!
//! Timers come from deadlines, never ticks. While running, a round stores its absolute
//! `deadline_ms`; while paused or stopped it stores `remaining_ms`. The question being
//! answered stores an anchor, `now - elapsed`, shifted forward on resume, so paused time
//! never counts. The whole state serialises; restoring it and calling the same queries
//! with a later `now_ms` gives the right answer however long the tab slept.
//!
//! The round clock runs only while a question is being answered (`Running`). Scoring a
//! question (`QuestionDone`) and the gap between rounds (`RoundDone`) stop it: scoring is
//! bookkeeping, not interview time.
//!
//! ```text
//! Setup --start--> Running --finish_question--> QuestionDone --score--> Running | RoundDone
//!                  Running --skip--> Running | RoundDone
//!                  Running --pause--> Paused --resume--> Running
//! RoundDone --next_round--> Running        RoundDone(last) --finish--> Report
//! any phase but Report --abandon--> Report (abandoned)
//! ```

mod error;
mod scratch;
mod timer;
mod transitions;

pub use error::{Action, InterviewError, Phase};
pub use timer::{WARNING_MS, Warning, clock_text, countdown_text, elapsed_text};

use super::catalog::Catalog;
use super::rounds::{RoundKind, RoundPlan};
use super::rubric::RubricId;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The stored-interview schema this build writes and understands.
pub const INTERVIEW_SCHEMA_VERSION: u32 = 1;

const MINUTE_MS: i64 = 60_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interview {
    pub schema_version: u32,
    pub id: String,
    /// What the user picked: a company name or a round label.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    pub rounds: Vec<Round>,
    pub state: State,
    #[serde(default)]
    pub started_ms: Option<i64>,
    #[serde(default)]
    pub ended_ms: Option<i64>,
    #[serde(default)]
    pub abandoned: bool,
    /// How the user wants the interview shown; absent in documents written before it existed.
    #[serde(default)]
    pub options: InterviewOptions,
}

/// Display choices made at setup (and, for the sound and the voice, while running).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterviewOptions {
    /// Hide easy / medium / hard labels, as a real interviewer would.
    pub hide_difficulty: bool,
    /// Play a short sound at the five-minute warning and at zero.
    pub sound: bool,
    /// Record each spoken answer, from the question's clock to "Done".
    pub record: bool,
    /// Read each question aloud when it is shown, with the device's own voice.
    pub read_aloud: bool,
    /// The voice's name; empty for the device's default.
    pub voice: String,
    /// The voice's speed in percent of normal.
    pub voice_rate_pct: u16,
}

impl Default for InterviewOptions {
    fn default() -> InterviewOptions {
        InterviewOptions {
            hide_difficulty: false,
            sound: false,
            record: false,
            read_aloud: false,
            voice: String::new(),
            voice_rate_pct: 100,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round {
    pub kind: RoundKind,
    pub allotted_ms: i64,
    pub questions: Vec<AskedQuestion>,
    /// Time left when the round ended, negative for overtime; `None` until then.
    #[serde(default)]
    pub remaining_at_end_ms: Option<i64>,
}

/// A question as asked: what the report needs, copied from the catalog so an old
/// interview still reports after the catalog changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AskedQuestion {
    pub id: String,
    pub section: String,
    pub rubric: RubricId,
    pub key_points_total: usize,
    pub outcome: Outcome,
    /// Answering time, paused time excluded.
    pub spent_ms: i64,
    #[serde(default)]
    pub score: Option<QuestionScore>,
    /// The user's working notes for this question, saved as they type.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scratchpad: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Not reached yet (or never, in an abandoned interview).
    Pending,
    Answered,
    Skipped,
}

/// The user's self-assessment: one 1-4 score per rubric dimension, in rubric order, and
/// how many of the question's key points the answer covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionScore {
    pub dimensions: Vec<u8>,
    pub key_points_ticked: usize,
}

/// Where the interview is, with the clock data that phase needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "kebab-case")]
pub enum State {
    Setup,
    Running {
        round: usize,
        question: usize,
        deadline_ms: i64,
        /// `now - elapsed on this question`; moves forward on resume.
        question_anchor_ms: i64,
    },
    Paused {
        round: usize,
        question: usize,
        remaining_ms: i64,
        question_elapsed_ms: i64,
    },
    QuestionDone {
        round: usize,
        question: usize,
        remaining_ms: i64,
    },
    RoundDone {
        round: usize,
    },
    Report,
}

impl State {
    /// `(round, question)` while a question is being answered, paused on or scored.
    pub fn question_position(&self) -> Option<(usize, usize)> {
        match *self {
            State::Running {
                round, question, ..
            }
            | State::Paused {
                round, question, ..
            }
            | State::QuestionDone {
                round, question, ..
            } => Some((round, question)),
            _ => None,
        }
    }
}

/// One round to set up: its kind, length and drawn question ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSetup {
    pub kind: RoundKind,
    pub minutes: u32,
    pub question_ids: Vec<String>,
}

impl RoundSetup {
    pub fn from_plan(plan: &RoundPlan, question_ids: Vec<String>) -> RoundSetup {
        RoundSetup {
            kind: plan.kind,
            minutes: plan.minutes,
            question_ids,
        }
    }
}

impl Interview {
    /// A new interview in `Setup`. Every round needs time and at least one question; every
    /// question must be in the catalog and asked only once.
    pub fn new(
        catalog: &Catalog,
        id: String,
        title: String,
        company: Option<String>,
        rounds: Vec<RoundSetup>,
    ) -> Result<Interview, InterviewError> {
        if rounds.is_empty() {
            return Err(InterviewError::NoRounds);
        }
        let mut seen = HashSet::new();
        let mut built = Vec::with_capacity(rounds.len());
        for (i, setup) in rounds.into_iter().enumerate() {
            if setup.question_ids.is_empty() {
                return Err(InterviewError::EmptyRound { round: i });
            }
            if setup.minutes == 0 {
                return Err(InterviewError::NoTime { round: i });
            }
            let mut questions = Vec::with_capacity(setup.question_ids.len());
            for qid in setup.question_ids {
                let q = catalog
                    .question(&qid)
                    .ok_or_else(|| InterviewError::UnknownQuestion(qid.clone()))?;
                if !seen.insert(qid.clone()) {
                    return Err(InterviewError::RepeatedQuestion(qid));
                }
                questions.push(AskedQuestion {
                    section: q.section.clone(),
                    rubric: setup.kind.rubric_for(q),
                    key_points_total: q.key_points.len(),
                    outcome: Outcome::Pending,
                    spent_ms: 0,
                    score: None,
                    scratchpad: String::new(),
                    id: qid,
                });
            }
            built.push(Round {
                kind: setup.kind,
                allotted_ms: i64::from(setup.minutes) * MINUTE_MS,
                questions,
                remaining_at_end_ms: None,
            });
        }
        Ok(Interview {
            schema_version: INTERVIEW_SCHEMA_VERSION,
            id,
            title,
            company,
            rounds: built,
            state: State::Setup,
            started_ms: None,
            ended_ms: None,
            abandoned: false,
            options: InterviewOptions::default(),
        })
    }

    /// Restores a stored interview, refusing newer schemas and states that point nowhere.
    pub fn from_json(text: &str) -> Result<Interview, InterviewError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| InterviewError::Parse(e.to_string()))?;
        let version = value.get("schema_version").and_then(|v| v.as_u64());
        if let Some(v) = version.filter(|v| *v > u64::from(INTERVIEW_SCHEMA_VERSION)) {
            return Err(InterviewError::UnsupportedVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ));
        }
        let interview: Interview =
            serde_json::from_value(value).map_err(|e| InterviewError::Parse(e.to_string()))?;
        interview.check()?;
        Ok(interview)
    }

    pub fn to_json(&self) -> Result<String, InterviewError> {
        serde_json::to_string(self).map_err(|e| InterviewError::Parse(e.to_string()))
    }

    fn check(&self) -> Result<(), InterviewError> {
        let (round, question) = match (&self.state, self.state.question_position()) {
            (_, Some((round, question))) => (round, Some(question)),
            (State::RoundDone { round }, None) => (*round, None),
            _ => return Ok(()),
        };
        let r = self
            .rounds
            .get(round)
            .ok_or_else(|| InterviewError::Inconsistent(format!("no round {}", round + 1)))?;
        match question {
            Some(q) if q >= r.questions.len() => Err(InterviewError::Inconsistent(format!(
                "round {} has no question {}",
                round + 1,
                q + 1
            ))),
            _ => Ok(()),
        }
    }

    pub fn phase(&self) -> Phase {
        match self.state {
            State::Setup => Phase::Setup,
            State::Running { .. } => Phase::Running,
            State::Paused { .. } => Phase::Paused,
            State::QuestionDone { .. } => Phase::QuestionDone,
            State::RoundDone { .. } => Phase::RoundDone,
            State::Report => Phase::Report,
        }
    }

    /// The current round index, between `start` and the report.
    pub fn round_index(&self) -> Option<usize> {
        match self.state {
            State::Running { round, .. }
            | State::Paused { round, .. }
            | State::QuestionDone { round, .. }
            | State::RoundDone { round } => Some(round),
            State::Setup | State::Report => None,
        }
    }

    pub fn current_round(&self) -> Option<&Round> {
        self.round_index().and_then(|r| self.rounds.get(r))
    }

    /// The index of the question being answered, paused on or scored, in its round.
    pub fn question_index(&self) -> Option<usize> {
        match self.state {
            State::Running { question, .. }
            | State::Paused { question, .. }
            | State::QuestionDone { question, .. } => Some(question),
            _ => None,
        }
    }

    /// True between `start` and the report: there is something to resume.
    pub fn in_progress(&self) -> bool {
        !matches!(self.state, State::Setup | State::Report)
    }

    /// The question being answered, paused on or scored.
    pub fn current_question(&self) -> Option<&AskedQuestion> {
        let (round, question) = self.state.question_position()?;
        self.rounds.get(round)?.questions.get(question)
    }
}

#[cfg(test)]
mod timer_tests;
#[cfg(test)]
mod transition_tests;
