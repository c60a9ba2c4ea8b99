//! Which questions matter for an interview, and in what order new ones are taken up.

use super::Goal;
use crate::domain::catalog::{Catalog, Question};
use crate::domain::progress::Progress;
use std::collections::HashMap;

/// Whether a question has been practised: rated at least once or given a status.
pub fn practised(progress: &Progress, id: &str) -> bool {
    progress
        .get(id)
        .is_some_and(|p| !p.ratings.is_empty() || p.status != Default::default())
}

/// The questions relevant to `goal`, in catalog order: those its rounds can ask, and every
/// recent question from its company.
pub fn relevant<'a>(cat: &'a Catalog, goal: &Goal) -> Vec<&'a Question> {
    let company = goal.company_name(cat);
    cat.questions
        .iter()
        .filter(|q| {
            company.is_some_and(|c| q.has_company(c))
                || goal.rounds.iter().any(|r| r.source().accepts(q))
        })
        .collect()
}

/// How well the user knows each section, 0 (every answer forgotten) ..= 1 (every answer
/// easy), from the latest rating of each rated question (mock-interview scores arrive as
/// ratings). Sections without a rating are not listed.
pub fn section_strength<'a>(cat: &'a Catalog, progress: &Progress) -> HashMap<&'a str, f64> {
    let mut sums: HashMap<&str, (f64, u32)> = HashMap::new();
    for q in &cat.questions {
        if let Some(last) = progress.get(&q.id).and_then(|p| p.ratings.last()) {
            let e = sums.entry(q.section.as_str()).or_default();
            e.0 += last.rating.index() as f64 / 3.0;
            e.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(s, (sum, n))| (s, sum / f64::from(n)))
        .collect()
}

/// A section nobody has rated yet sits between weak and strong.
const UNKNOWN_STRENGTH: f64 = 0.5;

/// The relevant questions not yet practised, best first: the target company's own recent
/// questions (newest first), then recent questions of the expected round types, then the
/// topic tables by section, weakest section first.
pub fn new_in_order<'a>(cat: &'a Catalog, goal: &Goal, progress: &Progress) -> Vec<&'a Question> {
    let company = goal.company_name(cat);
    let strength = section_strength(cat, progress);
    let mut list: Vec<(u8, i64, f64, usize, &Question)> = relevant(cat, goal)
        .into_iter()
        .enumerate()
        .filter(|(_, q)| !practised(progress, &q.id))
        .map(|(i, q)| {
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
            (tier, newest, weakness, i, q)
        })
        .collect();
    list.sort_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then(a.2.total_cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    list.into_iter().map(|(.., q)| q).collect()
}
