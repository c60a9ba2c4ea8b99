//! Every way an interview moves between phases. Each takes `now_ms`; each either moves
//! the interview and returns `Ok`, or returns an error and leaves it exactly as it was.

use super::{Action, Interview, InterviewError, Outcome, Phase, QuestionScore, State};
use crate::domain::rubric::{MAX_SCORE, MIN_SCORE};

impl Interview {
    /// Setup -> Running on the first question of the first round.
    pub fn start(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        self.require(Action::Start, Phase::Setup)?;
        self.state = self.begin_round(0, now_ms)?;
        self.started_ms = Some(now_ms);
        Ok(())
    }

    /// Running -> Paused. The round clock and the question clock stop.
    pub fn pause(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let State::Running {
            round,
            question,
            deadline_ms,
            question_anchor_ms,
        } = self.state
        else {
            return Err(self.not_allowed(Action::Pause));
        };
        self.state = State::Paused {
            round,
            question,
            remaining_ms: deadline_ms.saturating_sub(now_ms),
            question_elapsed_ms: now_ms.saturating_sub(question_anchor_ms).max(0),
        };
        Ok(())
    }

    /// Paused -> Running. The deadline and question anchor move forward by the pause.
    pub fn resume(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let State::Paused {
            round,
            question,
            remaining_ms,
            question_elapsed_ms,
        } = self.state
        else {
            return Err(self.not_allowed(Action::Resume));
        };
        self.state = State::Running {
            round,
            question,
            deadline_ms: now_ms.saturating_add(remaining_ms),
            question_anchor_ms: now_ms.saturating_sub(question_elapsed_ms),
        };
        Ok(())
    }

    /// Running -> QuestionDone: the answer is over and is to be scored.
    pub fn finish_question(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let (round, question, remaining_ms) = self.stop_question(Action::FinishQuestion, now_ms)?;
        self.mark(round, question, Outcome::Answered, now_ms)?;
        self.state = State::QuestionDone {
            round,
            question,
            remaining_ms,
        };
        Ok(())
    }

    /// Running -> Running on the next question, or RoundDone after the last one.
    /// A skipped question is not scored; the report sends it to review.
    pub fn skip(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let (round, question, remaining_ms) = self.stop_question(Action::Skip, now_ms)?;
        self.mark(round, question, Outcome::Skipped, now_ms)?;
        self.advance(round, question, remaining_ms, now_ms)
    }

    /// QuestionDone -> Running on the next question, or RoundDone after the last one.
    /// `score` has one 1-4 score per rubric dimension and at most the question's key points.
    pub fn score_question(
        &mut self,
        score: QuestionScore,
        now_ms: i64,
    ) -> Result<(), InterviewError> {
        let State::QuestionDone {
            round,
            question,
            remaining_ms,
        } = self.state
        else {
            return Err(self.not_allowed(Action::Score));
        };
        let q = self.question_mut(round, question)?;
        let expected = q.rubric.dimensions().len();
        if score.dimensions.len() != expected {
            return Err(InterviewError::WrongScoreCount {
                expected,
                got: score.dimensions.len(),
            });
        }
        if let Some((dimension, &s)) = score
            .dimensions
            .iter()
            .enumerate()
            .find(|(_, s)| !(MIN_SCORE..=MAX_SCORE).contains(*s))
        {
            return Err(InterviewError::ScoreOutOfRange {
                dimension,
                score: s,
            });
        }
        if score.key_points_ticked > q.key_points_total {
            return Err(InterviewError::TooManyKeyPoints {
                ticked: score.key_points_ticked,
                total: q.key_points_total,
            });
        }
        q.score = Some(score);
        self.advance(round, question, remaining_ms, now_ms)
    }

    /// RoundDone -> Running on the next round, with its full time.
    pub fn next_round(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let State::RoundDone { round } = self.state else {
            return Err(self.not_allowed(Action::NextRound));
        };
        if round + 1 >= self.rounds.len() {
            return Err(InterviewError::NoMoreRounds);
        }
        self.state = self.begin_round(round + 1, now_ms)?;
        Ok(())
    }

    /// RoundDone on the last round -> Report.
    pub fn finish(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let State::RoundDone { round } = self.state else {
            return Err(self.not_allowed(Action::Finish));
        };
        let remaining = self.rounds.len().saturating_sub(round + 1);
        if remaining > 0 {
            return Err(InterviewError::RoundsRemaining { remaining });
        }
        self.state = State::Report;
        self.ended_ms = Some(now_ms);
        Ok(())
    }

    /// Any phase but Report -> Report, marked abandoned. Time on the question in hand is
    /// kept; its outcome stays `Pending`, as do the questions never reached.
    pub fn abandon(&mut self, now_ms: i64) -> Result<(), InterviewError> {
        let remaining = self.remaining_ms(now_ms);
        match self.state {
            State::Report => return Err(self.not_allowed(Action::Abandon)),
            State::Running {
                round, question, ..
            }
            | State::Paused {
                round, question, ..
            } => {
                let spent = self.question_elapsed_ms(now_ms).unwrap_or(0);
                self.question_mut(round, question)?.spent_ms = spent;
                if let Some(r) = self.rounds.get_mut(round) {
                    r.remaining_at_end_ms = remaining;
                }
            }
            State::QuestionDone { round, .. } => {
                if let Some(r) = self.rounds.get_mut(round) {
                    r.remaining_at_end_ms = remaining;
                }
            }
            State::Setup | State::RoundDone { .. } => {}
        }
        self.state = State::Report;
        self.abandoned = true;
        self.ended_ms = Some(now_ms);
        Ok(())
    }

    fn require(&self, action: Action, phase: Phase) -> Result<(), InterviewError> {
        if self.phase() == phase {
            Ok(())
        } else {
            Err(self.not_allowed(action))
        }
    }

    fn not_allowed(&self, action: Action) -> InterviewError {
        InterviewError::NotAllowed {
            action,
            phase: self.phase(),
        }
    }

    pub(super) fn question_mut(
        &mut self,
        round: usize,
        question: usize,
    ) -> Result<&mut super::AskedQuestion, InterviewError> {
        self.rounds
            .get_mut(round)
            .and_then(|r| r.questions.get_mut(question))
            .ok_or_else(|| {
                InterviewError::Inconsistent(format!(
                    "round {} has no question {}",
                    round + 1,
                    question + 1
                ))
            })
    }

    /// The Running state for the first question of `round`, with the round's full time.
    fn begin_round(&self, round: usize, now_ms: i64) -> Result<State, InterviewError> {
        let r = self
            .rounds
            .get(round)
            .ok_or_else(|| InterviewError::Inconsistent(format!("no round {}", round + 1)))?;
        Ok(State::Running {
            round,
            question: 0,
            deadline_ms: now_ms.saturating_add(r.allotted_ms),
            question_anchor_ms: now_ms,
        })
    }

    /// Checks the interview is Running and returns where, with the time left.
    fn stop_question(
        &self,
        action: Action,
        now_ms: i64,
    ) -> Result<(usize, usize, i64), InterviewError> {
        match self.state {
            State::Running {
                round,
                question,
                deadline_ms,
                ..
            } => Ok((round, question, deadline_ms.saturating_sub(now_ms))),
            _ => Err(self.not_allowed(action)),
        }
    }

    /// Records the outcome and answering time of the question being answered.
    fn mark(
        &mut self,
        round: usize,
        question: usize,
        outcome: Outcome,
        now_ms: i64,
    ) -> Result<(), InterviewError> {
        let spent = self.question_elapsed_ms(now_ms).unwrap_or(0);
        let q = self.question_mut(round, question)?;
        q.spent_ms = spent;
        q.outcome = outcome;
        Ok(())
    }

    /// After `question` of `round`: run the next question from `remaining_ms`, or end the
    /// round when it was the last.
    fn advance(
        &mut self,
        round: usize,
        question: usize,
        remaining_ms: i64,
        now_ms: i64,
    ) -> Result<(), InterviewError> {
        let r = self
            .rounds
            .get_mut(round)
            .ok_or_else(|| InterviewError::Inconsistent(format!("no round {}", round + 1)))?;
        if question + 1 < r.questions.len() {
            self.state = State::Running {
                round,
                question: question + 1,
                deadline_ms: now_ms.saturating_add(remaining_ms),
                question_anchor_ms: now_ms,
            };
        } else {
            r.remaining_at_end_ms = Some(remaining_ms);
            self.state = State::RoundDone { round };
        }
        Ok(())
    }
}
