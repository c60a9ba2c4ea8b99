//! The search index: every word of every searched field, as term numbers, with a
//! vocabulary of the distinct words (their American spelling and stem). Built once per
//! set of texts (the catalog with its key points; the user's notes) and searched on every
//! keystroke by `rank`.

use super::terms::{american, letter_mask, scan, stem};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the index hashes many short words, where it is several times faster than the
/// standard library's DoS-resistant hasher (not needed for the app's own texts).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Where in a question a text comes from. Matches rank by field: the question's own
/// words first, then its section and company, then its key points, then the user's note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Text,
    Section,
    Company,
    /// The key point with this position in the question's list.
    KeyPoint(u16),
    Note,
}

impl Field {
    /// The field's rank: a match in a higher one always outranks one in a lower one.
    pub fn weight(self) -> u8 {
        match self {
            Field::Text => 4,
            Field::Section | Field::Company => 3,
            Field::KeyPoint(_) => 2,
            Field::Note => 1,
        }
    }
}

/// One distinct word of the indexed texts.
#[derive(Debug, Clone)]
pub struct Term {
    /// The word in American spelling, lowercased.
    pub surface: String,
    /// Its stem's number in [`FieldIndex::stems`].
    pub stem: u32,
    /// In how many fields it appears (for "did you mean", the commoner word first).
    pub fields: u32,
    /// [`letter_mask`] of the surface.
    pub letters: u32,
}

/// One indexed text: whose, which field, and its words as a range of `FieldIndex::words`.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub doc: u32,
    pub field: Field,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, Default)]
pub struct FieldIndex {
    pub terms: Vec<Term>,
    /// Token (lowercased, accents folded) -> term number.
    by_token: Map<u32>,
    pub stems: Vec<String>,
    by_stem: Map<u32>,
    pub entries: Vec<Entry>,
    /// The term numbers of every entry's words, one entry after another.
    pub words: Vec<u32>,
}

impl FieldIndex {
    /// Indexes `(document number, field, text)` triples. Empty texts are skipped.
    pub fn build<'a>(texts: impl IntoIterator<Item = (u32, Field, &'a str)>) -> FieldIndex {
        let mut ix = FieldIndex::default();
        // The last entry each term was counted in, so `fields` counts each text once.
        let mut counted: Vec<u32> = Vec::new();
        for (doc, field, text) in texts {
            let start = ix.words.len() as u32;
            let entry = ix.entries.len() as u32 + 1;
            scan(text, |_, _, word| {
                let term = ix.term_of(word);
                ix.words.push(term);
                let t = term as usize;
                if counted.len() <= t {
                    counted.resize(t + 1, 0);
                }
                if counted[t] != entry {
                    counted[t] = entry;
                    if let Some(term) = ix.terms.get_mut(t) {
                        term.fields += 1;
                    }
                }
            });
            let end = ix.words.len() as u32;
            if end > start {
                ix.entries.push(Entry {
                    doc,
                    field,
                    start,
                    end,
                });
            }
        }
        ix
    }

    fn term_of(&mut self, token: &str) -> u32 {
        if let Some(&t) = self.by_token.get(token) {
            return t;
        }
        let surface = american(token);
        let stem_text = stem(&surface);
        let stem_no = match self.by_stem.get(&stem_text) {
            Some(&s) => s,
            None => {
                let s = self.stems.len() as u32;
                self.by_stem.insert(stem_text.clone(), s);
                self.stems.push(stem_text);
                s
            }
        };
        let t = self.terms.len() as u32;
        self.terms.push(Term {
            letters: letter_mask(&surface),
            surface,
            stem: stem_no,
            fields: 0,
        });
        self.by_token.insert(token.to_string(), t);
        t
    }

    /// The term number of a token (lowercased, accents folded), if the texts have it.
    pub fn term(&self, token: &str) -> Option<u32> {
        self.by_token.get(token).copied()
    }

    /// The number of a stem, if any indexed word has it.
    pub fn stem_no(&self, stem: &str) -> Option<u32> {
        self.by_stem.get(stem).copied()
    }

    /// The words of an entry.
    pub fn words_of(&self, e: &Entry) -> &[u32] {
        self.words
            .get(e.start as usize..e.end as usize)
            .unwrap_or_default()
    }
}
