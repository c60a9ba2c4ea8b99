//! Combining copies of the progress (another tab, an imported file, the stored parts) and
//! resets that reach every copy.

use super::{Progress, QuestionProgress};
use std::cmp::Ordering;

impl Progress {
    /// Deletes everything, for this device and, through merges, for every copy that is
    /// older than now (other tabs).
    pub fn clear(&mut self, now_ms: i64) {
        let newest = self.questions.values().map(|q| q.modified_ms);
        let previous = self.cleared_ms.into_iter();
        self.cleared_ms = Some(newest.chain(previous).fold(now_ms, i64::max));
        self.questions.clear();
    }

    /// Makes this progress exactly `other`'s entries, as a change made now: everything here
    /// is cleared, and `other`'s entries are stamped just after that, so merges keep them
    /// and drop what was here. Used by "replace" imports and by undoing a reset.
    pub fn replace_with(&mut self, other: &Progress, now_ms: i64) {
        self.clear(now_ms);
        let stamp = self.cleared_ms.unwrap_or(now_ms).saturating_add(1);
        self.questions = other.questions.clone();
        for q in self.questions.values_mut() {
            q.modified_ms = stamp;
        }
    }

    /// Drops entries the reset at `cleared_ms` deleted (see [`Progress::clear`]).
    pub fn drop_cleared(&mut self) {
        if let Some(cleared) = self.cleared_ms {
            self.questions.retain(|_, q| q.modified_ms > cleared);
        }
    }
}

/// Combines two progress records (e.g. this device's and an imported file).
///
/// Per question the entry with the larger `modified_ms` wins whole; on a tie the one whose
/// JSON sorts last wins. That is a total order on entries, so merge is commutative,
/// associative and idempotent.
pub fn merge(a: &Progress, b: &Progress) -> Progress {
    merge_all(vec![a.clone(), b.clone()])
}

impl Progress {
    /// Merges `other` into `self` in place, by the same rule as [`merge`].
    pub fn absorb(&mut self, other: Progress) {
        *self = merge_all(vec![std::mem::take(self), other]);
    }
}

/// Merges many records at once (e.g. the stored parts at start-up): the one place the merge
/// rule is applied. One sort over all entries instead of a merge per part.
pub fn merge_all(parts: Vec<Progress>) -> Progress {
    let cleared_ms = parts.iter().map(|p| p.cleared_ms).max().flatten();
    let mut all: Vec<(String, QuestionProgress)> =
        parts.into_iter().flat_map(|p| p.questions).collect();
    // Stable, and the parts are sorted runs, so this is close to one linear pass.
    all.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<(String, QuestionProgress)> = Vec::with_capacity(all.len());
    for (id, q) in all {
        match out.last_mut() {
            Some(last) if last.0 == id => {
                if q.merge_order(&last.1) == Ordering::Greater {
                    last.1 = q;
                }
            }
            _ => out.push((id, q)),
        }
    }
    let mut merged = Progress {
        questions: out.into_iter().collect(),
        cleared_ms,
    };
    merged.drop_cleared();
    merged
}

/// True when merging `incoming` into `current` would replace `current`.
pub(crate) fn incoming_wins(current: &QuestionProgress, incoming: &QuestionProgress) -> bool {
    incoming.merge_order(current) == Ordering::Greater
}
