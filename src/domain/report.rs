//! The report on a finished (or abandoned) interview: time against the allotment, average
//! rubric scores, the weakest sections and the questions to send to review.
//!
//! Scoring rules:
//! - A scored question's normalized score (0-1) is the mean of its rubric part,
//!   `(mean score - 1) / 3`, and its key-point part, `ticked / total`. A question without
//!   key points uses the rubric part alone.
//! - A skipped question scores 0: in an interview, a skip is a miss.
//! - Questions never reached, or answered but not scored (abandoned while scoring), do not
//!   count.
//! - A question goes to review when it was skipped, scored below [`WEAK_SCORE`], or scored
//!   1 on any rubric dimension.

use super::interview::{AskedQuestion, Interview, Outcome, Phase};
use super::rounds::RoundKind;
use super::rubric::RubricId;
use std::collections::BTreeMap;
use std::fmt;

pub use super::history::{History, HistoryError, InterviewSummary};

/// Below this normalized score a question goes to review.
pub const WEAK_SCORE: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub interview_id: String,
    pub title: String,
    pub abandoned: bool,
    pub questions: Vec<QuestionTime>,
    pub rounds: Vec<RoundTime>,
    /// Per rubric dimension that was scored, in rubric order.
    pub dimensions: Vec<DimensionAverage>,
    /// Every section with a counted question, weakest first, ties by section id.
    pub sections: Vec<SectionScore>,
    /// Question ids to send to review, in the order they were asked.
    pub review: Vec<String>,
    /// Mean normalized score of the counted questions, 0-100; `None` if none counted.
    pub overall: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTime {
    pub id: String,
    pub round: usize,
    pub outcome: Outcome,
    pub spent_ms: i64,
    /// The round's time shared equally among its questions.
    pub allotted_ms: i64,
    /// Normalized 0-1; `None` when the question does not count.
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoundTime {
    pub kind: RoundKind,
    pub allotted_ms: i64,
    /// Answering time of its questions (the round clock runs only while answering).
    pub spent_ms: i64,
    /// How far past the allotment, or 0.
    pub overtime_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionAverage {
    pub rubric: RubricId,
    pub dimension: &'static str,
    pub name: &'static str,
    /// Mean 1-4 score.
    pub average: f64,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionScore {
    pub section: String,
    /// Mean normalized score, 0-1.
    pub average: f64,
    pub count: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportError {
    /// The interview is still in this phase.
    NotFinished(Phase),
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::NotFinished(p) => {
                write!(f, "the interview is {p}; the report comes at the end")
            }
        }
    }
}

impl std::error::Error for ReportError {}

impl Report {
    /// The `n` weakest sections.
    pub fn weakest_sections(&self, n: usize) -> &[SectionScore] {
        &self.sections[..n.min(self.sections.len())]
    }
}

/// The normalized 0-1 score of one question, or `None` when it does not count.
pub fn normalized_score(q: &AskedQuestion) -> Option<f64> {
    match q.outcome {
        Outcome::Skipped => Some(0.0),
        Outcome::Pending => None,
        Outcome::Answered => {
            let s = q.score.as_ref()?;
            if s.dimensions.is_empty() {
                return None;
            }
            let mean =
                s.dimensions.iter().map(|&d| f64::from(d)).sum::<f64>() / s.dimensions.len() as f64;
            let rubric = ((mean - 1.0) / 3.0).clamp(0.0, 1.0);
            if q.key_points_total == 0 {
                Some(rubric)
            } else {
                let ticked = s.key_points_ticked.min(q.key_points_total);
                Some((rubric + ticked as f64 / q.key_points_total as f64) / 2.0)
            }
        }
    }
}

/// True when `q` should go to review.
pub fn needs_review(q: &AskedQuestion) -> bool {
    let lowest = q.score.as_ref().and_then(|s| s.dimensions.iter().min());
    q.outcome == Outcome::Skipped
        || normalized_score(q).is_some_and(|s| s < WEAK_SCORE)
        || lowest.is_some_and(|&d| d <= 1)
}

/// The report for an interview in the `Report` phase.
pub fn report(iv: &Interview) -> Result<Report, ReportError> {
    if iv.phase() != Phase::Report {
        return Err(ReportError::NotFinished(iv.phase()));
    }
    let mut questions = Vec::new();
    let mut rounds = Vec::with_capacity(iv.rounds.len());
    for (i, r) in iv.rounds.iter().enumerate() {
        let share = r.allotted_ms / r.questions.len().max(1) as i64;
        let spent = r
            .questions
            .iter()
            .fold(0i64, |acc, q| acc.saturating_add(q.spent_ms));
        rounds.push(RoundTime {
            kind: r.kind,
            allotted_ms: r.allotted_ms,
            spent_ms: spent,
            overtime_ms: spent.saturating_sub(r.allotted_ms).max(0),
        });
        questions.extend(r.questions.iter().map(|q| QuestionTime {
            id: q.id.clone(),
            round: i,
            outcome: q.outcome,
            spent_ms: q.spent_ms,
            allotted_ms: share,
            score: normalized_score(q),
        }));
    }
    let asked = || iv.rounds.iter().flat_map(|r| r.questions.iter());
    let counted: Vec<f64> = questions.iter().filter_map(|q| q.score).collect();
    let overall = (!counted.is_empty())
        .then(|| (counted.iter().sum::<f64>() / counted.len() as f64 * 100.0).round() as u8);
    Ok(Report {
        interview_id: iv.id.clone(),
        title: iv.title.clone(),
        abandoned: iv.abandoned,
        dimensions: dimension_averages(asked()),
        sections: section_scores(asked()),
        review: asked()
            .filter(|q| needs_review(q))
            .map(|q| q.id.clone())
            .collect(),
        questions,
        rounds,
        overall,
    })
}

fn dimension_averages<'a>(asked: impl Iterator<Item = &'a AskedQuestion>) -> Vec<DimensionAverage> {
    // (rubric, dimension index) -> (sum, count); BTreeMap keeps rubric and rubric order.
    let mut sums: BTreeMap<(RubricId, usize), (u32, usize)> = BTreeMap::new();
    for q in asked.filter(|q| q.outcome == Outcome::Answered) {
        let Some(s) = &q.score else { continue };
        for (i, &d) in s.dimensions.iter().enumerate() {
            let e = sums.entry((q.rubric, i)).or_default();
            e.0 += u32::from(d);
            e.1 += 1;
        }
    }
    sums.into_iter()
        .filter_map(|((rubric, i), (sum, count))| {
            let dim = rubric.dimensions().get(i)?;
            Some(DimensionAverage {
                rubric,
                dimension: dim.id,
                name: dim.name,
                average: f64::from(sum) / count as f64,
                count,
            })
        })
        .collect()
}

fn section_scores<'a>(asked: impl Iterator<Item = &'a AskedQuestion>) -> Vec<SectionScore> {
    let mut sums: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for q in asked {
        if let Some(s) = normalized_score(q) {
            let e = sums.entry(q.section.as_str()).or_default();
            e.0 += s;
            e.1 += 1;
        }
    }
    let mut out: Vec<SectionScore> = sums
        .into_iter()
        .map(|(section, (sum, count))| SectionScore {
            section: section.to_string(),
            average: sum / count as f64,
            count,
        })
        .collect();
    out.sort_by(|a, b| {
        a.average
            .total_cmp(&b.average)
            .then_with(|| a.section.cmp(&b.section))
    });
    out
}

#[cfg(test)]
mod tests;
