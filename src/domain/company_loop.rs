//! A company's interview loop, as the guide describes it, mapped onto [`RoundKind`]s.
//!
//! Mapping decisions:
//! - Stages without parts (resume screening, application review) are skipped: there is
//!   nothing to practise.
//! - Every stage before the onsite that has parts becomes one phone-screen round, whatever
//!   its parts say ("Coding question" + "Basic ML concepts", or Amazon's "Online coding
//!   assessment or Technical phone screen"). Its length is the stage's lower bound
//!   (45 of "45–60 minutes"), or the phone-screen default when the guide gives none.
//! - Each onsite part becomes one round, in the guide's order. A part that names a range
//!   ("2-3 Coding interviews", "1-2 ML Algorithm & Theory rounds") becomes one round: the
//!   loop shows each kind of round once rather than repeating it.
//! - Coding parts that are data structures & algorithms, not ML, map to ML coding with a
//!   note: the catalog has no DS&A questions, and ML coding is the closest practice.
//! - "Product sense" (Meta) maps to system design: it asks how ML fits a product.
//! - "Applied ML / Domain-specific" (Amazon), "Team-specific technical questions"
//!   (Microsoft, Apple) and "Research Understanding & Paper Discussion" (OpenAI) map to
//!   advanced topics: depth beyond the fundamentals.
//! - "Ethics and Alignment" (OpenAI) maps to LLM, whose questions on RLHF and
//!   hallucinations are the catalog's closest material, with a note.
//! - "Bar Raiser", leadership, team-fit and behavioral parts map to behavioral.
//! - A part that matches none of these is practised as fundamentals, with a note, so a
//!   new catalog entry never silently drops a round.

use super::catalog::{Catalog, Stage};
use super::rounds::RoundKind;
use crate::domain::quoted::Quoted;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One round of a planned interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundPlan {
    pub kind: RoundKind,
    pub minutes: u32,
    pub question_count: usize,
    /// The guide's text this round stands for (a stage name or an onsite part), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why the practice round differs from the real one, when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RoundPlan {
    /// A round of `kind` with its default length and question count.
    pub fn standard(kind: RoundKind) -> RoundPlan {
        RoundPlan {
            kind,
            minutes: kind.default_minutes(),
            question_count: kind.default_question_count(),
            source: None,
            note: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// No company with this id in the catalog.
    UnknownCompany(String),
    /// The company is listed but none of its stages describes a round.
    NoRounds(String),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::UnknownCompany(id) => write!(f, "no company {} in the catalog", Quoted(id)),
            PlanError::NoRounds(name) => {
                write!(f, "the guide lists no interview rounds for {name}")
            }
        }
    }
}

impl std::error::Error for PlanError {}

const DSA_NOTE: &str = "The guide lists a data-structures-and-algorithms coding round; the \
     catalog has no such questions, so it is practised with ML coding questions.";
const ETHICS_NOTE: &str = "The catalog has no ethics questions; practised with LLM questions \
     (RLHF, hallucinations), the closest material.";
const UNKNOWN_NOTE: &str = "This part of the loop is not recognised; practised as fundamentals.";

/// The rounds of `company_id`'s loop, phone screen first, then the onsite in the guide's order.
pub fn company_loop(catalog: &Catalog, company_id: &str) -> Result<Vec<RoundPlan>, PlanError> {
    let company = catalog
        .company(company_id)
        .ok_or_else(|| PlanError::UnknownCompany(company_id.to_string()))?;
    let mut out = Vec::new();
    for stage in company.stages.iter().filter(|s| !s.parts.is_empty()) {
        if is_onsite(stage) {
            out.extend(stage.parts.iter().map(|p| onsite_round(p)));
        } else {
            out.push(screen_round(stage));
        }
    }
    if out.is_empty() {
        return Err(PlanError::NoRounds(company.name.clone()));
    }
    Ok(out)
}

fn is_onsite(stage: &Stage) -> bool {
    let name = stage.name.to_lowercase();
    name.contains("onsite") || name.contains("on-site")
}

fn screen_round(stage: &Stage) -> RoundPlan {
    let kind = RoundKind::PhoneScreen;
    let minutes = stage
        .duration
        .as_ref()
        .and_then(|d| d.min_minutes)
        .filter(|m| *m > 0)
        .unwrap_or(kind.default_minutes());
    RoundPlan {
        minutes,
        source: Some(stage.name.clone()),
        ..RoundPlan::standard(kind)
    }
}

fn onsite_round(part: &str) -> RoundPlan {
    let (kind, note) = classify_part(part);
    RoundPlan {
        source: Some(part.to_string()),
        note: note.map(str::to_string),
        ..RoundPlan::standard(kind)
    }
}

/// The round kind for one onsite part, and a note when the practice differs from it.
/// Checks run from most to least specific: "ML System Design or Research Design" is
/// design, "ML Coding round (implementing ML algorithms)" is coding.
pub fn classify_part(part: &str) -> (RoundKind, Option<&'static str>) {
    let p = part.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| p.contains(w));
    if has(&["system design", "research design", "product sense"]) {
        (RoundKind::SystemDesign, None)
    } else if has(&["coding", "implementation"]) {
        let ml = has(&["ml coding", "ml implementation", "ml algorithm"]);
        (RoundKind::MlCoding, if ml { None } else { Some(DSA_NOTE) })
    } else if has(&[
        "behavioral",
        "bar raiser",
        "leadership",
        "team fit",
        "culture",
    ]) {
        (RoundKind::Behavioral, None)
    } else if has(&["ethic", "alignment", "safety"]) {
        (RoundKind::Llm, Some(ETHICS_NOTE))
    } else if has(&["llm", "language model"]) {
        (RoundKind::Llm, None)
    } else if has(&["research", "paper", "applied", "domain", "team-specific"]) {
        (RoundKind::Advanced, None)
    } else if has(&["mlops", "deployment", "production"]) {
        (RoundKind::Mlops, None)
    } else if has(&["theory", "fundamental", "concept", "algorithm"]) {
        (RoundKind::Fundamentals, None)
    } else {
        (RoundKind::Fundamentals, Some(UNKNOWN_NOTE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::catalog;

    fn kinds(company: &str) -> Vec<RoundKind> {
        company_loop(&catalog(), company)
            .unwrap()
            .into_iter()
            .map(|r| r.kind)
            .collect()
    }

    #[test]
    fn all_six_companies_start_with_a_phone_screen() {
        let c = catalog();
        assert_eq!(c.companies.len(), 6);
        for company in &c.companies {
            let plan = company_loop(&c, &company.id).unwrap();
            assert!(plan.len() >= 4, "{}", company.id);
            assert_eq!(plan[0].kind, RoundKind::PhoneScreen, "{}", company.id);
            assert_eq!(plan[0].minutes, 45, "{}", company.id);
            assert!(
                plan[1..].iter().all(|r| r.kind != RoundKind::PhoneScreen),
                "{}",
                company.id
            );
            assert!(plan.iter().any(|r| r.kind == RoundKind::SystemDesign));
            assert!(plan.iter().any(|r| r.kind == RoundKind::Behavioral));
            assert!(
                plan.iter()
                    .all(|r| r.question_count >= 1 && r.minutes >= 30)
            );
        }
    }

    #[test]
    fn google_follows_the_guide_order() {
        use RoundKind::*;
        assert_eq!(
            kinds("google"),
            [
                PhoneScreen,
                MlCoding,
                Fundamentals,
                SystemDesign,
                Behavioral
            ]
        );
        let plan = company_loop(&catalog(), "google").unwrap();
        assert_eq!(plan[0].source.as_deref(), Some("Technical Phone Screen"));
        assert_eq!(plan[1].note.as_deref(), Some(DSA_NOTE));
    }

    #[test]
    fn other_loops_map_as_documented() {
        use RoundKind::*;
        assert_eq!(
            kinds("meta"),
            [
                PhoneScreen,
                Fundamentals,
                SystemDesign,
                SystemDesign,
                MlCoding,
                Behavioral
            ]
        );
        assert_eq!(
            kinds("amazon"),
            [
                PhoneScreen,
                MlCoding,
                Fundamentals,
                SystemDesign,
                Advanced,
                Behavioral
            ]
        );
        assert_eq!(
            kinds("openai"),
            [
                PhoneScreen,
                Fundamentals,
                Advanced,
                SystemDesign,
                MlCoding,
                Llm,
                Behavioral
            ]
        );
        assert_eq!(
            kinds("apple"),
            [
                PhoneScreen,
                MlCoding,
                Fundamentals,
                MlCoding,
                SystemDesign,
                Advanced,
                Behavioral
            ]
        );
        assert_eq!(kinds("microsoft").len(), 6);
    }

    #[test]
    fn ml_coding_parts_carry_no_substitution_note() {
        assert_eq!(
            classify_part("ML Coding round (implementing ML algorithms)"),
            (RoundKind::MlCoding, None)
        );
        assert_eq!(
            classify_part("Coding interview (algorithmic and ML implementation)"),
            (RoundKind::MlCoding, None)
        );
        assert_eq!(
            classify_part("Something nobody planned for"),
            (RoundKind::Fundamentals, Some(UNKNOWN_NOTE))
        );
    }

    #[test]
    fn unknown_company_and_empty_loop_are_errors() {
        let mut c = catalog();
        assert_eq!(
            company_loop(&c, "initech"),
            Err(PlanError::UnknownCompany("initech".into()))
        );
        c.companies[0].stages.retain(|s| s.parts.is_empty());
        let err = company_loop(&c, "google").unwrap_err();
        assert_eq!(err, PlanError::NoRounds("Google".into()));
        assert!(err.to_string().contains("Google"));
    }
}
