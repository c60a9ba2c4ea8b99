//! Drawing questions for a round: reproducible for a seed, preferring questions not
//! practised lately, following a difficulty mix, never repeating a question.
//!
//! Order of preference, per candidate question:
//! 1. never practised, in seeded random order;
//! 2. then practised ones, oldest first by whole days before `now_ms` (a timestamp in
//!    the future counts as today), in seeded random order within a day.
//!
//! The difficulty mix is applied to questions that carry a difficulty (the topic tables).
//! Questions without one (recent interview questions) take as many places as they would
//! win on preference alone among the first `count`; the rest are split by the mix, and
//! within each difficulty the most preferred win. When a difficulty runs short its places
//! go to the others, and when a round's pool runs short the draw returns fewer questions.
//! So the mix outranks recency: a practised easy question beats an unpractised medium one
//! when the round still needs an easy one. The drawn questions are asked easy first, hard
//! last (those without a difficulty count as medium), except that a phone screen asks its
//! coding question first.

use super::catalog::{Catalog, Difficulty, Question};
use super::rng::{SplitMix64, shuffle_key};
use super::rounds::{RoundKind, RoundPlan};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::HashSet;
use std::num::NonZeroU128;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Relative weights of easy, medium and hard questions. All zero means "any mix".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DifficultyMix {
    pub easy: u32,
    pub medium: u32,
    pub hard: u32,
}

impl Default for DifficultyMix {
    fn default() -> Self {
        DifficultyMix::BALANCED
    }
}

impl DifficultyMix {
    /// One easy to two medium to one hard.
    pub const BALANCED: DifficultyMix = DifficultyMix {
        easy: 1,
        medium: 2,
        hard: 1,
    };
    /// No preference: difficulty plays no part in the draw.
    pub const ANY: DifficultyMix = DifficultyMix {
        easy: 0,
        medium: 0,
        hard: 0,
    };

    pub fn weight(self, d: Difficulty) -> u32 {
        match d {
            Difficulty::Easy => self.easy,
            Difficulty::Medium => self.medium,
            Difficulty::Hard => self.hard,
        }
    }

    pub fn is_any(self) -> bool {
        self.easy == 0 && self.medium == 0 && self.hard == 0
    }

    /// How many of `n` questions to take per difficulty (easy, medium, hard) when
    /// `available` of each exist. Largest-remainder split of the weights; places a
    /// difficulty cannot fill go to the others, heaviest weight first (medium before easy
    /// and hard when weights are equal). The result sums to `min(n, total available)`.
    /// With [`DifficultyMix::ANY`] every place is spare, so medium fills first; `draw`
    /// does not use quotas for that mix.
    pub fn quotas(self, n: usize, available: [usize; 3]) -> [usize; 3] {
        // u128: no product of a count and a weight can overflow, even on wasm32.
        let weights = Difficulty::ALL.map(|d| u128::from(self.weight(d)));
        let mut q = [0usize; 3];
        if let Some(total) = NonZeroU128::new(weights.iter().sum()) {
            let mut rems = [(0u128, 0usize); 3];
            for i in 0..3 {
                let share = n as u128 * weights[i];
                q[i] = usize::try_from(share / total).unwrap_or(n);
                rems[i] = (share % total, i);
            }
            let mut left = n - q.iter().sum::<usize>();
            // Largest remainder first; ties go to the easier difficulty.
            rems.sort_by_key(|&(r, i)| (Reverse(r), i));
            for &(_, i) in &rems {
                if left > 0 {
                    q[i] += 1;
                    left -= 1;
                }
            }
        }
        let mut spare = 0;
        for i in 0..3 {
            spare += q[i].saturating_sub(available[i]);
            q[i] = q[i].min(available[i]);
        }
        spare += n.saturating_sub(q.iter().sum::<usize>() + spare);
        let mut order = [0usize, 1, 2];
        // Heaviest weight first; among equals medium, the nearest to either end, first.
        order.sort_by_key(|&i| (Reverse(weights[i]), i != 1, i));
        for i in order {
            let take = spare.min(available[i] - q[i]);
            q[i] += take;
            spare -= take;
        }
        q
    }
}

/// What to draw. `exclude` holds ids already used in this interview.
pub struct DrawRequest<'a> {
    pub kind: RoundKind,
    pub count: usize,
    pub seed: u64,
    pub now_ms: i64,
    pub mix: DifficultyMix,
    /// When each question was last practised (epoch ms), or `None` if never.
    pub last_practised: &'a dyn Fn(&str) -> Option<i64>,
    pub exclude: &'a HashSet<String>,
}

/// Question ids for one round, in asking order, at most `count`, none in `exclude`.
pub fn draw(catalog: &Catalog, req: &DrawRequest) -> Vec<String> {
    let mut used: HashSet<String> = req.exclude.clone();
    let mut out = Vec::new();
    for (kind, n) in req.kind.split(req.count) {
        let part = draw_part(catalog, req, kind, n, &used);
        used.extend(part.iter().cloned());
        out.extend(part);
    }
    out
}

/// Draws every round of a plan with no question repeated across rounds. Each round gets
/// its own seed derived from `seed`.
pub fn draw_rounds(
    catalog: &Catalog,
    plans: &[RoundPlan],
    seed: u64,
    now_ms: i64,
    mix: DifficultyMix,
    last_practised: &dyn Fn(&str) -> Option<i64>,
) -> Vec<Vec<String>> {
    let mut seeds = SplitMix64::new(seed);
    let mut used = HashSet::new();
    let mut out = Vec::with_capacity(plans.len());
    for plan in plans {
        let ids = draw(
            catalog,
            &DrawRequest {
                kind: plan.kind,
                count: plan.question_count,
                seed: seeds.next_u64(),
                now_ms,
                mix,
                last_practised,
                exclude: &used,
            },
        );
        used.extend(ids.iter().cloned());
        out.push(ids);
    }
    out
}

struct Candidate<'c> {
    q: &'c Question,
    /// Smaller is more preferred.
    rank: (bool, Reverse<i64>, u64),
}

fn draw_part(
    catalog: &Catalog,
    req: &DrawRequest,
    kind: RoundKind,
    n: usize,
    used: &HashSet<String>,
) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut pool: Vec<Candidate> = catalog
        .questions
        .iter()
        .filter(|q| kind.accepts(q) && !used.contains(&q.id) && seen.insert(q.id.as_str()))
        .map(|q| Candidate {
            q,
            rank: rank(req, &q.id),
        })
        .collect();
    pool.sort_by_key(|c| c.rank);

    let untagged_on_merit = pool
        .iter()
        .take(n)
        .filter(|c| c.q.difficulty.is_none())
        .count();
    let untagged_total = pool.iter().filter(|c| c.q.difficulty.is_none()).count();
    let tagged_total = pool.len() - untagged_total;
    let tagged_n = (n - untagged_on_merit).min(tagged_total);
    let untagged_n = (n - tagged_n).min(untagged_total);

    let quotas = if req.mix.is_any() {
        let mut q = [0usize; 3];
        for c in pool
            .iter()
            .filter(|c| c.q.difficulty.is_some())
            .take(tagged_n)
        {
            q[difficulty_index(c.q.difficulty)] += 1;
        }
        q
    } else {
        let available =
            Difficulty::ALL.map(|d| pool.iter().filter(|c| c.q.difficulty == Some(d)).count());
        req.mix.quotas(tagged_n, available)
    };

    let mut left = quotas;
    let mut untagged_left = untagged_n;
    let mut picked: Vec<&Candidate> = Vec::with_capacity(n);
    for c in &pool {
        let slot = match c.q.difficulty {
            None => &mut untagged_left,
            Some(_) => &mut left[difficulty_index(c.q.difficulty)],
        };
        if *slot > 0 {
            *slot -= 1;
            picked.push(c);
        }
    }
    picked.sort_by_key(|c| (difficulty_index(c.q.difficulty), c.rank));
    picked.into_iter().map(|c| c.q.id.clone()).collect()
}

/// Preference rank: never practised first, then oldest by whole days, then seeded shuffle.
fn rank(req: &DrawRequest, id: &str) -> (bool, Reverse<i64>, u64) {
    let shuffle = shuffle_key(req.seed, id);
    match (req.last_practised)(id) {
        None => (false, Reverse(0), shuffle),
        Some(at) => (
            true,
            Reverse(req.now_ms.saturating_sub(at).max(0) / DAY_MS),
            shuffle,
        ),
    }
}

/// Easy 0, medium 1, hard 2; questions without a difficulty sort with medium.
fn difficulty_index(d: Option<Difficulty>) -> usize {
    match d {
        Some(Difficulty::Easy) => 0,
        Some(Difficulty::Medium) | None => 1,
        Some(Difficulty::Hard) => 2,
    }
}

#[cfg(test)]
mod tests;
