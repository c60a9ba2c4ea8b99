//! Scoring rubrics for mock-interview questions: named dimensions, each scored 1-4.
//! Static data; the interview stores only a [`RubricId`] and the scores.

use super::progress::Rating;
use serde::{Deserialize, Serialize};

/// Lowest and highest score on every rubric dimension.
pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 4;

/// The review rating a mock-interview answer counts as, from its rubric scores (mean
/// below 2: Again; below 2.75: Hard; below 3.5: Good; else Easy), so a weak answer comes
/// back for review soon and a strong one later. `None` without scores.
pub fn rating_for(scores: &[u8]) -> Option<Rating> {
    if scores.is_empty() {
        return None;
    }
    let mean = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / scores.len() as f64;
    Some(if mean < 2.0 {
        Rating::Again
    } else if mean < 2.75 {
        Rating::Hard
    } else if mean < 3.5 {
        Rating::Good
    } else {
        Rating::Easy
    })
}

#[cfg(test)]
mod rating_tests {
    use super::*;

    #[test]
    fn weak_answers_come_back_soon() {
        assert_eq!(rating_for(&[1, 1, 2]), Some(Rating::Again));
        assert_eq!(rating_for(&[2, 2, 3]), Some(Rating::Hard));
        assert_eq!(rating_for(&[3, 3, 3, 4]), Some(Rating::Good));
        assert_eq!(rating_for(&[4, 4, 3, 4]), Some(Rating::Easy));
        assert_eq!(rating_for(&[]), None);
    }
}

/// One thing the interviewer judges, with what each score 1-4 looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    /// Stable slug, unique within its rubric.
    pub id: &'static str,
    pub name: &'static str,
    /// `levels[0]` describes a 1, `levels[3]` a 4.
    pub levels: [&'static str; 4],
}

impl Dimension {
    /// The one-line description of `score`, or `None` when it is outside 1-4.
    pub fn level(&self, score: u8) -> Option<&'static str> {
        if (MIN_SCORE..=MAX_SCORE).contains(&score) {
            self.levels.get(usize::from(score - MIN_SCORE)).copied()
        } else {
            None
        }
    }
}

/// Which rubric a question is scored with. Stored in the interview state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RubricId {
    /// Knowledge questions: fundamentals, LLM, MLOps, advanced topics.
    Theory,
    Coding,
    SystemDesign,
    /// STAR stories.
    Behavioral,
}

impl RubricId {
    pub const ALL: [RubricId; 4] = [
        RubricId::Theory,
        RubricId::Coding,
        RubricId::SystemDesign,
        RubricId::Behavioral,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            RubricId::Theory => "theory",
            RubricId::Coding => "coding",
            RubricId::SystemDesign => "system-design",
            RubricId::Behavioral => "behavioral",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RubricId::Theory => "Theory",
            RubricId::Coding => "Coding",
            RubricId::SystemDesign => "System design",
            RubricId::Behavioral => "Behavioral (STAR)",
        }
    }

    /// The dimensions, in the order scores are given.
    pub fn dimensions(self) -> &'static [Dimension] {
        match self {
            RubricId::Theory => THEORY,
            RubricId::Coding => CODING,
            RubricId::SystemDesign => SYSTEM_DESIGN,
            RubricId::Behavioral => BEHAVIORAL,
        }
    }
}

const THEORY: &[Dimension] = &[
    Dimension {
        id: "correctness",
        name: "Correctness",
        levels: [
            "Wrong or missing on the core idea",
            "Core idea right, with notable errors",
            "Correct, with minor slips",
            "Fully correct and precise, including caveats",
        ],
    },
    Dimension {
        id: "depth",
        name: "Depth",
        levels: [
            "Definitions only, cannot go further when probed",
            "Explains the mechanism but not why it works",
            "Explains why, with tradeoffs and a worked example",
            "Connects to math, related methods and real failure cases",
        ],
    },
    Dimension {
        id: "communication",
        name: "Communication",
        levels: [
            "Hard to follow, no structure",
            "Understandable but rambling",
            "Structured and concise",
            "Crisp, structured, checks the interviewer is following",
        ],
    },
];

const CODING: &[Dimension] = &[
    Dimension {
        id: "correctness",
        name: "Correctness",
        levels: [
            "Does not work or not finished",
            "Works on the main case with bugs elsewhere",
            "Works, with a small bug found when testing",
            "Works first time and is shown to work with tests",
        ],
    },
    Dimension {
        id: "complexity",
        name: "Complexity",
        levels: [
            "Cannot state time or memory cost",
            "States the cost but the approach is wasteful",
            "Efficient approach with the cost stated correctly",
            "Optimal, and discusses vectorisation or scaling tradeoffs",
        ],
    },
    Dimension {
        id: "edge-cases",
        name: "Edge cases",
        levels: [
            "None considered",
            "Some, only after prompting",
            "Main ones handled unprompted (empty input, ties, zero division)",
            "Thorough, including numerical stability and degenerate data",
        ],
    },
    Dimension {
        id: "code-clarity",
        name: "Code clarity",
        levels: [
            "Hard to read, unclear names",
            "Readable but tangled",
            "Clean functions and clear names",
            "Idiomatic, well factored, easy to extend",
        ],
    },
];

const SYSTEM_DESIGN: &[Dimension] = &[
    Dimension {
        id: "requirements",
        name: "Requirements",
        levels: [
            "Starts designing without clarifying anything",
            "Asks a few questions, misses scale or latency",
            "Clarifies goals, scale, latency and the business metric",
            "Frames the problem sharply and states assumptions and non-goals",
        ],
    },
    Dimension {
        id: "data",
        name: "Data",
        levels: [
            "No plan for data or labels",
            "Names data sources, vague on labels and features",
            "Concrete labels, features and pipeline, aware of leakage",
            "Also covers bias, freshness, feedback loops and privacy",
        ],
    },
    Dimension {
        id: "modeling",
        name: "Modeling",
        levels: [
            "No reasonable model proposed",
            "One model, weak justification",
            "Baseline then a stronger model, with tradeoffs",
            "Staged architecture (retrieval, ranking) fitted to constraints",
        ],
    },
    Dimension {
        id: "evaluation",
        name: "Evaluation",
        levels: [
            "No evaluation plan",
            "Offline metric only",
            "Offline and online metrics with an A/B test",
            "Metrics tied to business goals, guardrails and slicing",
        ],
    },
    Dimension {
        id: "deployment",
        name: "Deployment",
        levels: [
            "Not discussed",
            "Mentions serving but not how",
            "Serving, monitoring and retraining covered",
            "Also covers rollout, drift alerts, cost and failure modes",
        ],
    },
];

const BEHAVIORAL: &[Dimension] = &[
    Dimension {
        id: "situation",
        name: "Situation",
        levels: [
            "No clear context",
            "Context given but long or vague",
            "Concise context with the stakes clear",
            "Vivid, relevant context chosen to fit the question",
        ],
    },
    Dimension {
        id: "task",
        name: "Task",
        levels: [
            "Own role unclear",
            "Role stated but not the goal",
            "Clear responsibility and goal",
            "Clear ownership of a hard, well-scoped goal",
        ],
    },
    Dimension {
        id: "action",
        name: "Action",
        levels: [
            "Says \"we\" throughout, own actions unclear",
            "Some own actions, little reasoning",
            "Specific own actions with reasoning",
            "Specific actions, alternatives weighed, others brought along",
        ],
    },
    Dimension {
        id: "result",
        name: "Result",
        levels: [
            "No outcome",
            "Vague outcome",
            "Measurable outcome",
            "Measurable outcome plus lessons learned and applied since",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_rubric_has_unique_dimensions_with_four_levels() {
        for r in RubricId::ALL {
            let dims = r.dimensions();
            assert!(dims.len() >= 3, "{r:?}");
            let ids: HashSet<&str> = dims.iter().map(|d| d.id).collect();
            assert_eq!(ids.len(), dims.len(), "{r:?} repeats a dimension id");
            for d in dims {
                assert!(d.levels.iter().all(|l| !l.trim().is_empty()), "{}", d.id);
            }
        }
    }

    #[test]
    fn named_dimensions_are_as_specified() {
        let names = |r: RubricId| r.dimensions().iter().map(|d| d.id).collect::<Vec<_>>();
        assert_eq!(
            names(RubricId::Theory),
            ["correctness", "depth", "communication"]
        );
        assert_eq!(
            names(RubricId::SystemDesign),
            [
                "requirements",
                "data",
                "modeling",
                "evaluation",
                "deployment"
            ]
        );
        assert_eq!(
            names(RubricId::Behavioral),
            ["situation", "task", "action", "result"]
        );
        assert_eq!(
            names(RubricId::Coding),
            ["correctness", "complexity", "edge-cases", "code-clarity"]
        );
    }

    #[test]
    fn level_lookup_is_bounded() {
        let d = &RubricId::Theory.dimensions()[0];
        assert_eq!(d.level(1), Some(d.levels[0]));
        assert_eq!(d.level(4), Some(d.levels[3]));
        assert_eq!(d.level(0), None);
        assert_eq!(d.level(5), None);
    }

    #[test]
    fn rubric_id_round_trips_as_slug() {
        for r in RubricId::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.slug()));
            assert_eq!(serde_json::from_str::<RubricId>(&json).unwrap(), r);
        }
    }
}
