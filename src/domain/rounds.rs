//! The kinds of mock-interview round: what each is called, how long it runs, how many
//! questions it asks, which catalog questions feed it and which rubric scores them.
//! Mapping a company's interview loop onto these kinds lives in `company_loop`.

use super::catalog::Question;
use super::rubric::RubricId;
use serde::{Deserialize, Serialize};

pub use super::company_loop::{PlanError, RoundPlan, company_loop};

/// Every topic section of the catalog except MLOps and system design, which have rounds of
/// their own.
const THEORY_SECTIONS: &[&str] = &[
    "ml-theory",
    "deep-learning",
    "statistics",
    "nlp",
    "computer-vision",
    "reinforcement-learning",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundKind {
    Fundamentals,
    MlCoding,
    SystemDesign,
    Llm,
    Mlops,
    Advanced,
    Behavioral,
    /// A screen mixing one coding question with short fundamentals questions.
    PhoneScreen,
}

/// Where a round's questions come from: catalog sections (topic tables) and the
/// `round_type` of recent interview questions. A question matches if either matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionSource {
    pub sections: &'static [&'static str],
    pub round_types: &'static [&'static str],
}

impl QuestionSource {
    pub fn accepts(&self, q: &Question) -> bool {
        self.sections.contains(&q.section.as_str())
            || q.round_type
                .as_deref()
                .is_some_and(|rt| self.round_types.contains(&rt))
    }
}

impl RoundKind {
    pub const ALL: [RoundKind; 8] = [
        RoundKind::PhoneScreen,
        RoundKind::Fundamentals,
        RoundKind::MlCoding,
        RoundKind::SystemDesign,
        RoundKind::Llm,
        RoundKind::Mlops,
        RoundKind::Advanced,
        RoundKind::Behavioral,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            RoundKind::Fundamentals => "fundamentals",
            RoundKind::MlCoding => "ml-coding",
            RoundKind::SystemDesign => "system-design",
            RoundKind::Llm => "llm",
            RoundKind::Mlops => "mlops",
            RoundKind::Advanced => "advanced",
            RoundKind::Behavioral => "behavioral",
            RoundKind::PhoneScreen => "phone-screen",
        }
    }

    pub fn from_slug(s: &str) -> Option<RoundKind> {
        RoundKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            RoundKind::Fundamentals => "ML fundamentals",
            RoundKind::MlCoding => "ML coding",
            RoundKind::SystemDesign => "ML system design",
            RoundKind::Llm => "LLM",
            RoundKind::Mlops => "MLOps",
            RoundKind::Advanced => "Advanced topics",
            RoundKind::Behavioral => "Behavioral",
            RoundKind::PhoneScreen => "Technical phone screen",
        }
    }

    /// Default length of the round in minutes.
    ///
    /// The guide gives a duration only for the screens: "45–60 minutes" for every company
    /// that states one. The phone screen takes the lower bound, 45, so practice is never
    /// more lenient than the real thing. The guide gives onsite rounds only as "Full day" or
    /// "Multiple rounds"; with no better figure, each onsite kind uses the same 45 minutes,
    /// the usual length of one interview slot:
    /// - fundamentals, LLM, MLOps, advanced: 45 (a run of knowledge questions);
    /// - ML coding: 45 (one or two implementations, with time to test);
    /// - system design: 45 (one end-to-end design);
    /// - behavioral: 45 (four STAR stories with follow-ups).
    pub fn default_minutes(self) -> u32 {
        match self {
            RoundKind::PhoneScreen
            | RoundKind::Fundamentals
            | RoundKind::MlCoding
            | RoundKind::SystemDesign
            | RoundKind::Llm
            | RoundKind::Mlops
            | RoundKind::Advanced
            | RoundKind::Behavioral => 45,
        }
    }

    /// Default number of questions, sized to fill [`RoundKind::default_minutes`]:
    /// - fundamentals 5 (about 9 minutes each, with follow-ups);
    /// - ML coding 2 (about 20 minutes per implementation);
    /// - system design 1 (one design fills the round);
    /// - LLM and MLOps 4 (longer, open-ended questions);
    /// - advanced 3 (research-depth discussions);
    /// - behavioral 4 (about 10 minutes per STAR story);
    /// - phone screen 3: one coding question, then two fundamentals questions, following
    ///   the guide's "Coding question" plus "Basic ML concepts (10-15 minutes)".
    pub fn default_question_count(self) -> usize {
        match self {
            RoundKind::Fundamentals => 5,
            RoundKind::MlCoding => 2,
            RoundKind::SystemDesign => 1,
            RoundKind::Llm | RoundKind::Mlops | RoundKind::Behavioral => 4,
            RoundKind::Advanced | RoundKind::PhoneScreen => 3,
        }
    }

    /// The catalog questions that feed this round. The phone screen accepts the union of
    /// fundamentals and ML coding; [`RoundKind::split`] says how many of each it asks.
    ///
    /// LLM rounds also take the NLP table: transformers, BERT, GPT, attention and
    /// tokenisation are core LLM interview material.
    pub fn source(self) -> QuestionSource {
        match self {
            RoundKind::Fundamentals => QuestionSource {
                sections: THEORY_SECTIONS,
                round_types: &["fundamentals"],
            },
            RoundKind::MlCoding => QuestionSource {
                sections: &[],
                round_types: &["ml-coding"],
            },
            RoundKind::SystemDesign => QuestionSource {
                sections: &["system-design"],
                round_types: &["system-design"],
            },
            RoundKind::Llm => QuestionSource {
                sections: &["nlp"],
                round_types: &["llm"],
            },
            RoundKind::Mlops => QuestionSource {
                sections: &["mlops"],
                round_types: &["mlops"],
            },
            RoundKind::Advanced => QuestionSource {
                sections: &[],
                round_types: &["advanced"],
            },
            RoundKind::Behavioral => QuestionSource {
                sections: &[],
                round_types: &["behavioral"],
            },
            RoundKind::PhoneScreen => QuestionSource {
                sections: THEORY_SECTIONS,
                round_types: &["fundamentals", "ml-coding"],
            },
        }
    }

    /// True when `q` can be asked in this round.
    pub fn accepts(self, q: &Question) -> bool {
        self.source().accepts(q)
    }

    /// How `count` questions split across single-source kinds, in asking order. Every kind
    /// but the phone screen is its own single part; the phone screen asks one coding
    /// question first (as the guide lists it), then fundamentals.
    pub fn split(self, count: usize) -> Vec<(RoundKind, usize)> {
        match self {
            RoundKind::PhoneScreen => {
                let coding = count.min(1);
                vec![
                    (RoundKind::MlCoding, coding),
                    (RoundKind::Fundamentals, count - coding),
                ]
            }
            other => vec![(other, count)],
        }
    }

    /// The rubric for the round's questions. A phone screen mixes two, so ask
    /// [`RoundKind::rubric_for`] per question; here it reports the theory rubric.
    pub fn rubric(self) -> RubricId {
        match self {
            RoundKind::Fundamentals
            | RoundKind::Llm
            | RoundKind::Mlops
            | RoundKind::Advanced
            | RoundKind::PhoneScreen => RubricId::Theory,
            RoundKind::MlCoding => RubricId::Coding,
            RoundKind::SystemDesign => RubricId::SystemDesign,
            RoundKind::Behavioral => RubricId::Behavioral,
        }
    }

    /// The rubric for one question asked in this round: in a phone screen, coding
    /// questions get the coding rubric and everything else the theory rubric.
    pub fn rubric_for(self, q: &Question) -> RubricId {
        match self {
            RoundKind::PhoneScreen if RoundKind::MlCoding.accepts(q) => RubricId::Coding,
            other => other.rubric(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{catalog, question};

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for k in RoundKind::ALL {
            assert_eq!(RoundKind::from_slug(k.slug()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.slug()));
            assert!(!k.label().is_empty());
        }
        assert_eq!(RoundKind::from_slug("nope"), None);
    }

    #[test]
    fn durations_and_counts() {
        assert_eq!(RoundKind::PhoneScreen.default_minutes(), 45);
        assert_eq!(RoundKind::SystemDesign.default_question_count(), 1);
        assert_eq!(RoundKind::Fundamentals.default_question_count(), 5);
        for k in RoundKind::ALL {
            assert!(k.default_minutes() >= 30, "{k:?}");
            assert!(k.default_question_count() >= 1, "{k:?}");
        }
    }

    #[test]
    fn every_kind_has_enough_questions_in_the_catalog() {
        let c = catalog();
        for k in RoundKind::ALL {
            let n = c.questions.iter().filter(|q| k.accepts(q)).count();
            assert!(n >= 2 * k.default_question_count(), "{k:?} has only {n}");
        }
    }

    #[test]
    fn sources_follow_sections_and_round_types() {
        let theory = question("a", "ml-theory", None);
        let mut recent_sd = question("b", "recent", None);
        recent_sd.round_type = Some("system-design".into());
        let sd = question("c", "system-design", None);
        assert!(RoundKind::Fundamentals.accepts(&theory));
        assert!(!RoundKind::Fundamentals.accepts(&recent_sd));
        assert!(RoundKind::SystemDesign.accepts(&recent_sd));
        assert!(RoundKind::SystemDesign.accepts(&sd));
        assert!(!RoundKind::Behavioral.accepts(&sd));
        assert!(RoundKind::PhoneScreen.accepts(&theory));
        assert!(!RoundKind::PhoneScreen.accepts(&sd));
    }

    #[test]
    fn phone_screen_splits_coding_then_fundamentals() {
        assert_eq!(
            RoundKind::PhoneScreen.split(3),
            vec![(RoundKind::MlCoding, 1), (RoundKind::Fundamentals, 2)]
        );
        assert_eq!(
            RoundKind::PhoneScreen.split(0),
            vec![(RoundKind::MlCoding, 0), (RoundKind::Fundamentals, 0)]
        );
        assert_eq!(RoundKind::Llm.split(4), vec![(RoundKind::Llm, 4)]);
    }

    #[test]
    fn rubric_per_question_in_a_phone_screen() {
        let mut coding = question("a", "recent", None);
        coding.round_type = Some("ml-coding".into());
        let theory = question("b", "statistics", None);
        assert_eq!(RoundKind::PhoneScreen.rubric_for(&coding), RubricId::Coding);
        assert_eq!(RoundKind::PhoneScreen.rubric_for(&theory), RubricId::Theory);
        assert_eq!(
            RoundKind::SystemDesign.rubric_for(&theory),
            RubricId::SystemDesign
        );
        assert_eq!(RoundKind::Behavioral.rubric(), RubricId::Behavioral);
    }
}
