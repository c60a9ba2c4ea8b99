//! Timer queries, all computed from the stored deadline or frozen remaining time and the
//! `now_ms` passed in. Nothing here counts ticks, so a throttled or reloaded tab gets the
//! right answer on its next call.

use super::{Interview, State};
use serde::{Deserialize, Serialize};

/// When the five-minute warning starts.
pub const WARNING_MS: i64 = 5 * 60_000;

/// The timer cue the view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    None,
    /// Five minutes or less remain.
    FiveMinutes,
    /// Time is up (and possibly overtime).
    Zero,
}

impl Interview {
    /// Time left in the current round; negative is overtime. `None` outside a round.
    pub fn remaining_ms(&self, now_ms: i64) -> Option<i64> {
        match self.state {
            State::Running { deadline_ms, .. } => Some(deadline_ms.saturating_sub(now_ms)),
            State::Paused { remaining_ms, .. } | State::QuestionDone { remaining_ms, .. } => {
                Some(remaining_ms)
            }
            _ => None,
        }
    }

    /// Time used in the current round (paused and scoring time excluded).
    pub fn round_elapsed_ms(&self, now_ms: i64) -> Option<i64> {
        let remaining = self.remaining_ms(now_ms)?;
        Some(self.current_round()?.allotted_ms.saturating_sub(remaining))
    }

    /// True once the round has run past its allotted time.
    pub fn is_overtime(&self, now_ms: i64) -> bool {
        self.remaining_ms(now_ms).is_some_and(|r| r < 0)
    }

    pub fn warning(&self, now_ms: i64) -> Warning {
        match self.remaining_ms(now_ms) {
            Some(r) if r <= 0 => Warning::Zero,
            Some(r) if r <= WARNING_MS => Warning::FiveMinutes,
            _ => Warning::None,
        }
    }

    /// Time spent on the current question, paused time excluded.
    pub fn question_elapsed_ms(&self, now_ms: i64) -> Option<i64> {
        match self.state {
            State::Running {
                question_anchor_ms, ..
            } => Some(now_ms.saturating_sub(question_anchor_ms).max(0)),
            State::Paused {
                question_elapsed_ms,
                ..
            } => Some(question_elapsed_ms),
            State::QuestionDone { .. } => self.current_question().map(|q| q.spent_ms),
            _ => None,
        }
    }
}

/// `m:ss`, or `h:mm:ss` from an hour, for a whole number of seconds (negative counts as 0).
pub fn clock_text(seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// A countdown as the user reads it: whole seconds left, rounded up, so it shows `45:00`
/// until a full second has gone and `00:00` only at zero. Past zero it shows the overtime,
/// rounded down, with a `+`.
pub fn countdown_text(remaining_ms: i64) -> String {
    if remaining_ms > 0 {
        clock_text(remaining_ms.saturating_add(999) / 1000)
    } else {
        format!("+{}", clock_text(remaining_ms.saturating_neg() / 1000))
    }
}

/// A time spent, in whole seconds rounded down.
pub fn elapsed_text(ms: i64) -> String {
    clock_text(ms / 1000)
}
