//! Interviews the user prepares for, and the plan toward them: which questions matter for
//! each (`select`), how long answers take (`times`), and the plan day by day — Today, the
//! workload forecast, coverage and predicted recall (`simulate`).
//!
//! Stored as one document ([`Plans`], `{"version":1,…}`), read with clear errors.

mod select;
mod simulate;
mod times;

pub use select::{new_in_order, relevant};
pub use simulate::{DayLoad, Outlook, Plan, PlanInput, Today, build};
pub use times::{AnswerTimes, Kind};

use super::calendar::{date_of_day, day_of_date, parse_date};
use super::catalog::Catalog;
use super::rounds::RoundKind;
use super::schedule::{MAX_RETENTION, MIN_RETENTION, REQUEST_RETENTION};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The stored document's format version.
pub const PLANS_VERSION: u32 = 1;
/// Minutes a day an interview may ask for.
pub const MIN_MINUTES: u32 = 5;
pub const MAX_MINUTES: u32 = 600;
/// The workload forecast's length in days.
pub const FORECAST_DAYS: usize = 30;

/// One interview the user prepares for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// Stable id, unique among the user's interviews.
    pub id: String,
    /// A catalog company id; `None`: any company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Local day number of the interview.
    pub day: i64,
    /// The rounds expected.
    pub rounds: Vec<RoundKind>,
    pub minutes_per_day: u32,
}

impl Goal {
    /// The company's name as questions are tagged with it.
    pub fn company_name<'a>(&self, cat: &'a Catalog) -> Option<&'a str> {
        self.company
            .as_deref()
            .and_then(|id| cat.company(id))
            .map(|c| c.name.as_str())
    }

    /// "Meta, 2026-12-09" or "Any company, 2026-12-09".
    pub fn title(&self, cat: &Catalog) -> String {
        format!(
            "{}, {}",
            self.company_name(cat).unwrap_or("Any company"),
            date_of_day(self.day)
        )
    }
}

/// Everything the plan keeps: the interviews, the desired retention and the answer times.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plans {
    pub version: u32,
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Desired recall probability at review time (FSRS), 0.80 ..= 0.97.
    #[serde(default = "default_retention")]
    pub retention: f64,
    #[serde(default)]
    pub times: AnswerTimes,
}

fn default_retention() -> f64 {
    REQUEST_RETENTION
}

impl Default for Plans {
    fn default() -> Self {
        Plans {
            version: PLANS_VERSION,
            goals: Vec::new(),
            retention: REQUEST_RETENTION,
            times: AnswerTimes::default(),
        }
    }
}

impl Plans {
    pub fn from_json(text: &str) -> Result<Plans, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(PLANS_VERSION) => {}
            Some(v) => {
                return Err(format!(
                    "written by a newer version of the app (format {v}; this one reads {PLANS_VERSION})"
                ));
            }
            None => return Err("no format version".to_string()),
        }
        let mut plans: Plans = serde_json::from_value(value).map_err(|e| e.to_string())?;
        if !plans.retention.is_finite() {
            plans.retention = REQUEST_RETENTION;
        }
        plans.retention = plans.retention.clamp(MIN_RETENTION, MAX_RETENTION);
        for g in &mut plans.goals {
            g.minutes_per_day = g.minutes_per_day.clamp(MIN_MINUTES, MAX_MINUTES);
        }
        Ok(plans)
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Interviews on `today` or later, nearest first.
    pub fn upcoming(&self, today: i64) -> Vec<&Goal> {
        let mut goals: Vec<&Goal> = self.goals.iter().filter(|g| g.day >= today).collect();
        goals.sort_by_key(|g| (g.day, g.id.clone()));
        goals
    }

    /// Adds an interview, or replaces the one with the same id.
    pub fn put(&mut self, goal: Goal) {
        match self.goals.iter_mut().find(|g| g.id == goal.id) {
            Some(g) => *g = goal,
            None => self.goals.push(goal),
        }
        self.goals.sort_by_key(|g| (g.day, g.id.clone()));
    }

    /// Removes an interview and returns it (for undo).
    pub fn remove(&mut self, id: &str) -> Option<Goal> {
        let i = self.goals.iter().position(|g| g.id == id)?;
        Some(self.goals.remove(i))
    }

    /// An id not used by any interview, from the time it is made.
    pub fn new_id(&self, now_ms: i64) -> String {
        let mut n = now_ms;
        loop {
            let id = format!("i{n:x}");
            if self.goals.iter().all(|g| g.id != id) {
                return id;
            }
            n += 1;
        }
    }
}

/// The interview form as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoalForm {
    /// A company id, or "" for any company.
    pub company: String,
    /// ISO date from the date input.
    pub date: String,
    pub rounds: Vec<RoundKind>,
    /// Minutes per day as typed.
    pub minutes: String,
}

/// Why the interview form cannot be saved; each names the field to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalError {
    NoDate,
    PastDate(String),
    UnknownCompany(String),
    NoRounds,
    Minutes,
}

impl GoalError {
    /// The form field the message is about.
    pub fn field(&self) -> &'static str {
        match self {
            GoalError::NoDate | GoalError::PastDate(_) => "date",
            GoalError::UnknownCompany(_) => "company",
            GoalError::NoRounds => "rounds",
            GoalError::Minutes => "minutes",
        }
    }
}

impl fmt::Display for GoalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoalError::NoDate => write!(f, "Enter the interview date (year, month and day)."),
            GoalError::PastDate(d) => {
                write!(f, "{d} has already passed: choose today or a later day.")
            }
            GoalError::UnknownCompany(c) => write!(f, "There is no company “{c}” in the guide."),
            GoalError::NoRounds => write!(f, "Choose at least one round you expect."),
            GoalError::Minutes => write!(
                f,
                "Enter the minutes you can practise a day, from {MIN_MINUTES} to {MAX_MINUTES}."
            ),
        }
    }
}

impl GoalForm {
    /// The interview this form describes, checked against the catalog and today's local
    /// day number.
    pub fn to_goal(&self, cat: &Catalog, today: i64, id: String) -> Result<Goal, GoalError> {
        let company = match self.company.trim() {
            "" => None,
            c if cat.company(c).is_some() => Some(c.to_string()),
            c => return Err(GoalError::UnknownCompany(c.to_string())),
        };
        let date = parse_date(&self.date).ok_or(GoalError::NoDate)?;
        let day = day_of_date(date);
        if day < today {
            return Err(GoalError::PastDate(date.to_string()));
        }
        if self.rounds.is_empty() {
            return Err(GoalError::NoRounds);
        }
        let minutes = self
            .minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m))
            .ok_or(GoalError::Minutes)?;
        let mut rounds = self.rounds.clone();
        rounds.sort();
        rounds.dedup();
        Ok(Goal {
            id,
            company,
            day,
            rounds,
            minutes_per_day: minutes,
        })
    }

    /// The form showing a saved interview.
    pub fn of(goal: &Goal) -> GoalForm {
        GoalForm {
            company: goal.company.clone().unwrap_or_default(),
            date: date_of_day(goal.day).to_string(),
            rounds: goal.rounds.clone(),
            minutes: goal.minutes_per_day.to_string(),
        }
    }
}

/// The rounds a company's loop in the guide asks for (phone screen and onsite parts), or
/// the usual onsite mix for any company.
pub fn default_rounds(cat: &Catalog, company: Option<&str>) -> Vec<RoundKind> {
    let mut rounds: Vec<RoundKind> = company
        .and_then(|c| super::company_loop(cat, c).ok())
        .map(|plan| plan.into_iter().map(|r| r.kind).collect())
        .unwrap_or_else(|| {
            vec![
                RoundKind::Fundamentals,
                RoundKind::MlCoding,
                RoundKind::SystemDesign,
                RoundKind::Behavioral,
            ]
        });
    rounds.sort();
    rounds.dedup();
    rounds
}
