//! What the user typed, as search units, and what each unit matches in an index.
//!
//! A query is cut into words. A run of words that is a phrase of an abbreviation group
//! ("reinforcement learning", "cnn") becomes one unit matching any phrase of its group;
//! any other word is a unit of its own. Every unit must match somewhere in a question.
//! A typed word matches a word of the text when they share a stem (quality
//! [`EXACT`]), when it is the start of it and the user is still typing it ([`PREFIX`]), or
//! within the allowed typing errors ([`FUZZY`]).

use super::abbreviations::GROUPS;
use super::index::FieldIndex;
use super::index::Term;
use super::terms::{allowed_edits, american, is_stop_word, letter_mask, stem, tokens};
use std::sync::OnceLock;

pub const EXACT: u8 = 3;
pub const PREFIX: u8 = 2;
pub const FUZZY: u8 = 1;

/// A word as typed, in the forms search compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// Lowercased, accents folded: what the user sees as the word.
    pub token: String,
    /// American spelling.
    pub surface: String,
    pub stem: String,
    /// The last word, not yet followed by a space: it may be the start of a longer word.
    pub prefix: bool,
    /// [`letter_mask`] of the surface.
    pub letters: u32,
    /// While typing a British "-is-" word ("regularisat"), its American start
    /// ("regularizat"), which the text's words may begin with.
    pub american_start: Option<String>,
}

impl QueryWord {
    fn new(token: String, prefix: bool) -> QueryWord {
        let surface = american(&token);
        let stem = stem(&surface);
        let american_start = if prefix {
            american_start(&surface)
        } else {
            None
        };
        QueryWord {
            token,
            letters: letter_mask(&surface),
            surface,
            stem,
            prefix,
            american_start,
        }
    }
}

/// The American start of a partly typed British word: an "is" whose rest could grow into
/// an "-ise" / "-isation" ending becomes "iz".
fn american_start(word: &str) -> Option<String> {
    let at = word.rfind("is")?;
    let rest = &word[at..];
    let endings = ["isation", "ise", "ised", "ising", "iser"];
    (at >= 2 && endings.iter().any(|e| e.starts_with(rest)))
        .then(|| format!("{}iz{}", &word[..at], &rest[2..]))
}

/// One thing every result must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The single word typed, which may match by prefix or with typing errors. `None` for
    /// a typed phrase ("large language model").
    pub typed: Option<QueryWord>,
    /// What the unit also matches exactly: stem sequences (the typed word's own stem, or
    /// every phrase of its abbreviation group).
    pub phrases: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub units: Vec<Unit>,
}

fn stems_of(phrase: &str) -> Vec<String> {
    tokens(phrase)
        .into_iter()
        .map(|t| stem(&american(&t.word)))
        .collect()
}

/// The abbreviation groups as stems, worked out once.
fn group_stems() -> &'static [Vec<Vec<String>>] {
    static STEMS: OnceLock<Vec<Vec<Vec<String>>>> = OnceLock::new();
    STEMS.get_or_init(|| {
        GROUPS
            .iter()
            .map(|g| g.iter().map(|p| stems_of(p)).collect())
            .collect()
    })
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let still_typing = !text.ends_with(char::is_whitespace);
        let toks = tokens(text);
        let n = toks.len();
        let words: Vec<QueryWord> = toks
            .into_iter()
            .enumerate()
            .map(|(i, t)| QueryWord::new(t.word, still_typing && i + 1 == n))
            .collect();
        let groups = group_stems();
        let mut units = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // The longest group phrase starting here.
            let mut best: Option<(usize, usize)> = None;
            for (g, phrases) in groups.iter().enumerate() {
                for p in phrases {
                    let len = p.len();
                    let fits = len > 0
                        && i + len <= words.len()
                        && words[i..i + len].iter().zip(p).all(|(w, s)| &w.stem == s);
                    if fits && best.is_none_or(|(_, l)| len > l) {
                        best = Some((g, len));
                    }
                }
            }
            match best {
                Some((g, len)) => {
                    units.push(Unit {
                        typed: (len == 1).then(|| words[i].clone()),
                        phrases: groups[g].clone(),
                    });
                    i += len;
                }
                None => {
                    let w = words[i].clone();
                    units.push(Unit {
                        phrases: vec![vec![w.stem.clone()]],
                        typed: Some(w),
                    });
                    i += 1;
                }
            }
        }
        let is_stop = |u: &Unit| {
            u.phrases.len() == 1 && u.typed.as_ref().is_some_and(|w| is_stop_word(&w.token))
        };
        if units.iter().any(|u| !is_stop(u)) {
            units.retain(|u| !is_stop(u));
        }
        Query { units }
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

/// A query's units looked up in one index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Per unit, per term of the index: how well the term matches (0 when it does not).
    pub quality: Vec<Vec<u8>>,
    /// Per unit, the phrases of two or more words that the index can hold, as stem
    /// numbers.
    pub phrases: Vec<Vec<Vec<u32>>>,
}

impl Resolved {
    pub fn new(query: &Query, ix: &FieldIndex) -> Resolved {
        let mut quality = Vec::with_capacity(query.units.len());
        let mut phrases = Vec::with_capacity(query.units.len());
        for unit in &query.units {
            let mut single: Vec<u32> = Vec::new();
            let mut long: Vec<Vec<u32>> = Vec::new();
            for p in &unit.phrases {
                let nos: Option<Vec<u32>> = p.iter().map(|s| ix.stem_no(s)).collect();
                match nos {
                    Some(nos) if nos.len() == 1 => single.extend(nos),
                    Some(nos) if nos.len() > 1 => long.push(nos),
                    _ => {}
                }
            }
            let q: Vec<u8> = ix
                .terms
                .iter()
                .map(|t| {
                    if single.contains(&t.stem) {
                        return EXACT;
                    }
                    match &unit.typed {
                        Some(w) => typed_quality(w, t),
                        None => 0,
                    }
                })
                .collect();
            quality.push(q);
            phrases.push(long);
        }
        Resolved { quality, phrases }
    }

    /// True when `words` (term numbers of one text) contain one of the unit's phrases.
    pub fn has_phrase(&self, unit: usize, ix: &FieldIndex, words: &[u32]) -> bool {
        let Some(phrases) = self.phrases.get(unit) else {
            return false;
        };
        phrases.iter().any(|p| {
            words.windows(p.len()).any(|win| {
                win.iter()
                    .zip(p)
                    .all(|(&t, &s)| ix.terms.get(t as usize).is_some_and(|t| t.stem == s))
            })
        })
    }

    /// True when the term is part of what some unit matches (for marking words).
    pub fn marks(&self, ix: &FieldIndex, term: u32) -> bool {
        let t = term as usize;
        if self
            .quality
            .iter()
            .any(|q| q.get(t).is_some_and(|&v| v > 0))
        {
            return true;
        }
        let Some(stem) = ix.terms.get(t).map(|t| t.stem) else {
            return false;
        };
        self.phrases.iter().flatten().any(|p| p.contains(&stem))
    }
}

/// How well a typed word matches a word of the text: the same word, the start of it while
/// typing, or within the allowed typing errors.
pub fn typed_quality(w: &QueryWord, t: &Term) -> u8 {
    let surface = t.surface.as_str();
    if w.surface == surface {
        return EXACT;
    }
    if w.prefix
        && w.surface.len() >= 2
        && (surface.starts_with(w.surface.as_str())
            || w.american_start
                .as_deref()
                .is_some_and(|s| surface.starts_with(s)))
    {
        return PREFIX;
    }
    let k = allowed_edits(&w.surface);
    if k == 0 || surface.len() < 4 {
        return 0;
    }
    if surface.len().abs_diff(w.surface.len()) <= k
        && (w.letters ^ t.letters).count_ones() as usize <= 2 * k
        && strsim::osa_distance(&w.surface, surface) <= k
    {
        return FUZZY;
    }
    // While typing, a typing error in the start of a longer word ("tranf" for "transf").
    if w.prefix
        && let Some(start) = surface.get(..w.surface.len())
        && start.len() < surface.len()
        && (w.letters ^ letter_mask(start)).count_ones() as usize <= 2 * k
        && strsim::osa_distance(&w.surface, start) <= k
    {
        return FUZZY;
    }
    0
}
