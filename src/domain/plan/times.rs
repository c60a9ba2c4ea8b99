//! How long a question takes to practise, by kind: a default until the user's own answer
//! times (measured in daily practice) say otherwise.

use crate::domain::catalog::Question;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What kind of answer a question asks for; each kind takes its own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Concept,
    Coding,
    Design,
    Behavioral,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Concept, Kind::Coding, Kind::Design, Kind::Behavioral];

    pub fn of(q: &Question) -> Kind {
        match (q.round_type.as_deref(), q.section.as_str()) {
            (Some("ml-coding"), _) => Kind::Coding,
            (Some("system-design"), _) | (None, "system-design") => Kind::Design,
            (Some("behavioral"), _) => Kind::Behavioral,
            _ => Kind::Concept,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Concept => "concept",
            Kind::Coding => "coding",
            Kind::Design => "design",
            Kind::Behavioral => "behavioral",
        }
    }

    /// Minutes a first attempt and a review take before any are measured: a concept answer
    /// is a few minutes spoken; a coding or design answer is a good part of a round.
    fn default_minutes(self, first: bool) -> f64 {
        match (self, first) {
            (Kind::Concept, true) => 6.0,
            (Kind::Concept, false) => 3.0,
            (Kind::Coding, true) => 20.0,
            (Kind::Coding, false) => 8.0,
            (Kind::Design, true) => 25.0,
            (Kind::Design, false) => 10.0,
            (Kind::Behavioral, true) => 8.0,
            (Kind::Behavioral, false) => 4.0,
        }
    }

    fn key(self, first: bool) -> String {
        format!("{}-{}", self.label(), if first { "new" } else { "review" })
    }
}

/// Answer times kept per kind and per first attempt / review (the latest few, in seconds).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnswerTimes {
    samples: BTreeMap<String, Vec<u32>>,
}

/// Samples kept per kind; older ones are dropped so the estimate follows the user's pace.
const KEPT: usize = 20;
/// Samples needed before the user's own times replace the default.
const NEEDED: usize = 3;
/// Shorter answers are a skip, longer ones a card left open: neither is an answer time.
const SHORTEST_S: u32 = 5;
const LONGEST_S: u32 = 60 * 60;

impl AnswerTimes {
    /// Records one answer's time; skips and cards left open are not recorded.
    pub fn record(&mut self, kind: Kind, first: bool, seconds: u32) {
        if !(SHORTEST_S..=LONGEST_S).contains(&seconds) {
            return;
        }
        let list = self.samples.entry(kind.key(first)).or_default();
        list.push(seconds);
        if list.len() > KEPT {
            let extra = list.len() - KEPT;
            list.drain(..extra);
        }
    }

    /// Minutes one question of `kind` takes: the median of the user's times once there are
    /// enough, else the default.
    pub fn minutes(&self, kind: Kind, first: bool) -> f64 {
        match self.samples.get(&kind.key(first)) {
            Some(list) if list.len() >= NEEDED => {
                let mut sorted: Vec<u32> = list
                    .iter()
                    .copied()
                    .filter(|s| (SHORTEST_S..=LONGEST_S).contains(s))
                    .collect();
                sorted.sort_unstable();
                match sorted.get(sorted.len() / 2) {
                    Some(median) => f64::from(*median) / 60.0,
                    None => kind.default_minutes(first),
                }
            }
            _ => kind.default_minutes(first),
        }
    }

    /// Whether the estimate for `kind` comes from the user's own times.
    pub fn is_measured(&self, kind: Kind, first: bool) -> bool {
        self.samples
            .get(&kind.key(first))
            .is_some_and(|l| l.len() >= NEEDED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_until_enough_answers_then_the_median() {
        let mut t = AnswerTimes::default();
        assert_eq!(t.minutes(Kind::Concept, true), 6.0);
        t.record(Kind::Concept, true, 120);
        t.record(Kind::Concept, true, 240);
        assert_eq!(t.minutes(Kind::Concept, true), 6.0);
        t.record(Kind::Concept, true, 180);
        assert_eq!(t.minutes(Kind::Concept, true), 3.0);
        assert!(t.is_measured(Kind::Concept, true));
        // Reviews and other kinds keep their own estimates.
        assert_eq!(t.minutes(Kind::Concept, false), 3.0);
        assert_eq!(t.minutes(Kind::Coding, true), 20.0);
    }

    #[test]
    fn skips_and_abandoned_cards_are_not_answer_times() {
        let mut t = AnswerTimes::default();
        for s in [1, 4, 4 * 60 * 60, 0] {
            t.record(Kind::Design, false, s);
        }
        assert!(!t.is_measured(Kind::Design, false));
    }

    #[test]
    fn only_the_latest_answers_count() {
        let mut t = AnswerTimes::default();
        for _ in 0..30 {
            t.record(Kind::Coding, true, 600);
        }
        for _ in 0..KEPT {
            t.record(Kind::Coding, true, 300);
        }
        assert_eq!(t.minutes(Kind::Coding, true), 5.0);
    }
}
