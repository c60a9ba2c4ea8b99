//! Ranking: which documents contain every unit of a query, and in what order.
//!
//! Each unit's best match in a document scores `field weight × 4 + quality`, so a match in
//! a higher field always outranks one in a lower field, and within a field an exact match
//! outranks a prefix, which outranks a typing error. A document's score is the sum over the
//! units; equal scores keep the documents' own order.

use super::index::{Field, FieldIndex};
use super::query::{EXACT, Query, Resolved};

/// A document that matches every unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub doc: u32,
    pub score: u32,
    /// Per unit: its best score in this document, and the field it came from.
    pub best: Vec<(u8, Field)>,
}

impl Hit {
    /// The field to show as "where it matched" when the question's text alone does not
    /// explain the match: the best-scoring unit found outside the text.
    pub fn shown_field(&self) -> Option<Field> {
        self.best
            .iter()
            .filter(|(_, f)| *f != Field::Text)
            .max_by_key(|(s, _)| *s)
            .map(|(_, f)| *f)
    }
}

/// Every searched index with the query looked up in it.
pub struct Searched<'a> {
    pub index: &'a FieldIndex,
    pub resolved: Resolved,
}

/// The documents (numbered below `docs`) that match every unit of `query`, best first.
pub fn rank(searched: &[Searched<'_>], docs: usize, query: &Query) -> Vec<Hit> {
    let units = query.units.len();
    if units == 0 {
        return Vec::new();
    }
    let mut best: Vec<(u8, Field)> = vec![(0, Field::Text); docs * units];
    for s in searched {
        let ix = s.index;
        for e in &ix.entries {
            let doc = e.doc as usize;
            if doc >= docs {
                continue;
            }
            let words = ix.words_of(e);
            let base = e.field.weight() * 4;
            for (u, quality) in s.resolved.quality.iter().enumerate() {
                let mut q = 0u8;
                for &t in words {
                    let v = quality.get(t as usize).copied().unwrap_or(0);
                    if v > q {
                        q = v;
                        if q == EXACT {
                            break;
                        }
                    }
                }
                if q < EXACT && s.resolved.has_phrase(u, ix, words) {
                    q = EXACT;
                }
                if q > 0 {
                    let slot = &mut best[doc * units + u];
                    if base + q > slot.0 {
                        *slot = (base + q, e.field);
                    }
                }
            }
        }
    }
    let mut hits: Vec<Hit> = best
        .chunks(units)
        .enumerate()
        .filter(|(_, b)| b.iter().all(|(s, _)| *s > 0))
        .map(|(doc, b)| Hit {
            doc: doc as u32,
            score: b.iter().map(|(s, _)| u32::from(*s)).sum(),
            best: b.to_vec(),
        })
        .collect();
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}
