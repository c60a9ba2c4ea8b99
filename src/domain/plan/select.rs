//! Which questions matter for an interview, and in what order new ones are taken up.
//!
//! The plan works on catalog positions, with each question's progress entry looked up once
//! ([`entries`]): it runs over every question several times.

use super::Goal;
use crate::domain::catalog::{Catalog, Question};
use crate::domain::progress::{Progress, QuestionProgress, Status};
use crate::domain::search::index::Fnv;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Each catalog question's progress entry, by position.
pub(super) fn entries<'a>(
    cat: &Catalog,
    progress: &'a Progress,
) -> Vec<Option<&'a QuestionProgress>> {
    let mut out = vec![None; cat.questions.len()];
    if progress.questions.is_empty() {
        return out;
    }
    let at: HashMap<&str, usize, BuildHasherDefault<Fnv>> = cat
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    for (id, entry) in &progress.questions {
        if let Some(&i) = at.get(id.as_str()) {
            out[i] = Some(entry);
        }
    }
    out
}

fn is_practised(entry: Option<&QuestionProgress>) -> bool {
    entry.is_some_and(|p| !p.ratings.is_empty() || p.status != Status::New)
}

/// Positions of the questions relevant to `goal`, in catalog order: those its rounds can ask,
/// and every recent question from its company.
pub(super) fn relevant_at(cat: &Catalog, goal: &Goal) -> Vec<usize> {
    let company = goal.company_name(cat);
    let sources: Vec<_> = goal.rounds.iter().map(|r| r.source()).collect();
    cat.questions
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            company.is_some_and(|c| q.has_company(c)) || sources.iter().any(|s| s.accepts(q))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The questions relevant to `goal`, in catalog order.
pub fn relevant<'a>(cat: &'a Catalog, goal: &Goal) -> Vec<&'a Question> {
    relevant_at(cat, goal)
        .into_iter()
        .map(|i| &cat.questions[i])
        .collect()
}

/// How well the user knows each section, 0 (every answer forgotten) ..= 1 (every answer
/// easy), from the latest rating of each rated question (mock-interview scores arrive as
/// ratings). Sections without a rating are not listed.
pub(super) fn strength_of<'a>(
    cat: &'a Catalog,
    entries: &[Option<&QuestionProgress>],
) -> HashMap<&'a str, f64> {
    // A handful of sections: a list is quicker than hashing each question's.
    let mut sums: Vec<(&str, f64, u32)> = Vec::new();
    for (q, entry) in cat.questions.iter().zip(entries) {
        if let Some(last) = entry.and_then(|p| p.ratings.last()) {
            let value = last.rating.index() as f64 / 3.0;
            match sums.iter_mut().find(|(s, ..)| *s == q.section) {
                Some(e) => {
                    e.1 += value;
                    e.2 += 1;
                }
                None => sums.push((q.section.as_str(), value, 1)),
            }
        }
    }
    sums.into_iter()
        .map(|(s, sum, n)| (s, sum / f64::from(n)))
        .collect()
}

/// A section nobody has rated yet sits between weak and strong.
const UNKNOWN_STRENGTH: f64 = 0.5;

/// The relevant questions not yet practised, best first: the target company's own recent
/// questions (newest first), then recent questions of the expected round types, then the
/// topic tables by section, weakest section first.
pub fn new_in_order<'a>(cat: &'a Catalog, goal: &Goal, progress: &Progress) -> Vec<&'a Question> {
    let entries = entries(cat, progress);
    let strength = strength_of(cat, &entries);
    order_new(cat, goal, &entries, &relevant_at(cat, goal), &strength)
        .into_iter()
        .map(|i| &cat.questions[i])
        .collect()
}

/// [`new_in_order`] as positions, from the goal's relevant positions and the section
/// strengths.
pub(super) fn order_new(
    cat: &Catalog,
    goal: &Goal,
    entries: &[Option<&QuestionProgress>],
    relevant: &[usize],
    strength: &HashMap<&str, f64>,
) -> Vec<usize> {
    let company = goal.company_name(cat);
    let mut list: Vec<(u8, i64, f64, usize)> = relevant
        .iter()
        .copied()
        .filter(|&i| !is_practised(entries[i]))
        .map(|i| {
            let q = &cat.questions[i];
            let tier = if company.is_some_and(|c| q.has_company(c)) {
                0
            } else if q.round_type.is_some() {
                1
            } else {
                2
            };
            let newest = -i64::from(q.year.unwrap_or(0));
            let weakness = strength
                .get(q.section.as_str())
                .copied()
                .unwrap_or(UNKNOWN_STRENGTH);
            (tier, newest, weakness, i)
        })
        .collect();
    list.sort_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then(a.2.total_cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    list.into_iter().map(|(.., i)| i).collect()
}

/// Whether the question at a position has been practised.
pub(super) fn practised_at(entries: &[Option<&QuestionProgress>], i: usize) -> bool {
    is_practised(entries[i])
}
